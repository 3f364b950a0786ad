//! Facets over the index: every value's set of people, who passes the chosen values, counts.

use super::codec::read_bits;
use super::*;

/// Every person's facet values, as one bitmap per value, dimension by dimension in `Meta` order.
pub struct Columns {
    pub dims: Vec<Vec<Bits>>,
}

impl Columns {
    /// `cols.bin`: every facet value's set of people, dimension by dimension in `Meta` order
    /// (the same sets as the `f/` files, so reading is mostly copying bitmaps).
    pub fn read(data: &[u8], meta: &Meta) -> Option<Columns> {
        let mut b = Bytes::new(data);
        let mut dims = Vec::new();
        for dim in &meta.dims {
            let mut values = Vec::with_capacity(dim.len());
            for _ in 0..dim.len() {
                values.push(read_bits(&mut b, meta.people)?);
            }
            dims.push(values);
        }
        b.done().then_some(Columns { dims })
    }
}

/// The chosen values as (dimension index, value indexes), from ids in the address.
pub fn chosen_indexes(meta: &Meta, chosen: &crate::facets::Selection) -> Vec<(usize, Vec<usize>)> {
    meta.dims
        .iter()
        .enumerate()
        .filter_map(|(d, dim)| {
            let ids = chosen.get(&dim.name).filter(|v| !v.is_empty())?;
            let idx = dim
                .values
                .iter()
                .enumerate()
                .filter(|(_, v)| ids.contains(&v.id))
                .map(|(i, _)| i)
                .collect();
            Some((d, idx))
        })
        .collect()
}

/// Who passes the chosen facets (AND across, OR within), from a value's bitmap per choice.
pub fn passing(
    people: usize,
    chosen: &[(usize, Vec<usize>)],
    value: impl Fn(usize, usize) -> Option<Bits>,
    skip: Option<usize>,
) -> Bits {
    let mut pass = Bits::all(people);
    for (d, values) in chosen {
        if Some(*d) == skip {
            continue;
        }
        let mut any = Bits::none(people);
        for &v in values {
            if let Some(bits) = value(*d, v) {
                any.or(&bits);
            }
        }
        pass.and(&any);
    }
    pass
}

/// For every dimension and value (in `Meta` order), how many of `matched` pass the other
/// dimensions' choices and have that value: what `facets::counts` gives.
pub fn counts(
    meta: &Meta,
    cols: &Columns,
    matched: &[Hit],
    chosen: &[(usize, Vec<usize>)],
) -> Vec<Vec<usize>> {
    let mut m = Bits::none(meta.people);
    for h in matched {
        m.insert(h.person);
    }
    let value = |d: usize, v: usize| cols.dims.get(d).and_then(|vs| vs.get(v)).cloned();
    cols.dims
        .iter()
        .enumerate()
        .map(|(d, values)| {
            let mut base = passing(meta.people, chosen, value, Some(d));
            base.and(&m);
            values.iter().map(|bits| base.count_and(bits)).collect()
        })
        .collect()
}
