//! Facets over the index: every value's set of people, who passes the chosen values, counts.

use super::codec::{read_bits, read_set};
use super::*;

/// One facet value's people as kept in memory: a bitmap when many have it, else their numbers.
/// 10,000 cities as bitmaps of 100,000 people would be 120 MB; as lists they are 400 KB.
#[derive(Clone, Debug)]
pub enum Set {
    Dense(Bits),
    Sparse(Vec<u32>),
}

impl Set {
    /// How many of the set are in `base`.
    pub fn count_in(&self, base: &Bits) -> usize {
        match self {
            Set::Dense(bits) => base.count_and(bits),
            Set::Sparse(list) => list.iter().filter(|p| base.has(**p)).count(),
        }
    }

    /// The set as a bitmap of `people`.
    pub fn bits(&self, people: usize) -> Bits {
        match self {
            Set::Dense(bits) => bits.clone(),
            Set::Sparse(list) => {
                let mut bits = Bits::none(people);
                list.iter().for_each(|p| bits.insert(*p));
                bits
            }
        }
    }
}

/// Every person's facet values, as one set per value, dimension by dimension in `Meta` order.
pub struct Columns {
    pub people: usize,
    pub dims: Vec<Vec<Set>>,
}

impl Columns {
    /// `cols.bin`: every facet value's set of people, dimension by dimension in `Meta` order
    /// (the same sets as the `f/` files: a stored bitmap is copied, a stored list kept a list).
    pub fn read(data: &[u8], meta: &Meta) -> Option<Columns> {
        let mut b = Bytes::new(data);
        let mut dims = Vec::new();
        for dim in &meta.dims {
            let mut values = Vec::with_capacity(dim.len());
            for _ in 0..dim.len() {
                values.push(if b.data.get(b.at) == Some(&1) {
                    Set::Dense(read_bits(&mut b, meta.people)?)
                } else {
                    let mut list = Vec::new();
                    read_set(&mut b, |p| list.push(p))?;
                    Set::Sparse(list)
                });
            }
            dims.push(values);
        }
        b.done().then_some(Columns {
            people: meta.people,
            dims,
        })
    }

    /// The people with value `v` of dimension `d`, as a bitmap.
    pub fn value(&self, d: usize, v: usize) -> Option<Bits> {
        Some(self.dims.get(d)?.get(v)?.bits(self.people))
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
    let value = |d: usize, v: usize| cols.value(d, v);
    cols.dims
        .iter()
        .enumerate()
        .map(|(d, values)| {
            let mut base = passing(meta.people, chosen, value, Some(d));
            base.and(&m);
            values.iter().map(|set| set.count_in(&base)).collect()
        })
        .collect()
}
