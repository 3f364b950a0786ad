//! The bytes of the index files: LEB128 varints and sets of people (a gap list, or a bitmap when
//! that is smaller). The writer (build time) and the reader (browser) share these, so the format
//! is defined once.

/// Appends `v` as a LEB128 varint.
pub fn put(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A reader over one file's bytes; every read fails softly with `None` on a truncated file.
pub struct Bytes<'a> {
    pub(crate) data: &'a [u8],
    pub(crate) at: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data, at: 0 }
    }
    pub(crate) fn done(&self) -> bool {
        self.at >= self.data.len()
    }
    pub(crate) fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    pub(crate) fn num(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            v |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.data.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
}

/// A set of people numbers as a bitmap.
#[derive(Clone, Debug, PartialEq)]
pub struct Bits(pub Vec<u64>);

impl Bits {
    pub fn none(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }
    pub fn all(n: usize) -> Self {
        let mut b = Bits(vec![u64::MAX; n.div_ceil(64)]);
        if n % 64 != 0 {
            if let Some(last) = b.0.last_mut() {
                *last = (1u64 << (n % 64)) - 1;
            }
        }
        b
    }
    pub fn insert(&mut self, i: u32) {
        if let Some(w) = self.0.get_mut(i as usize / 64) {
            *w |= 1 << (i % 64);
        }
    }
    pub fn has(&self, i: u32) -> bool {
        self.0
            .get(i as usize / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    pub fn and(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }
    pub fn or(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros();
                    w &= w - 1;
                    (i * 64) as u32 + bit
                })
            })
        })
    }
    /// How many of `self ∧ other`.
    pub fn count_and(&self, other: &Bits) -> usize {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }
}

/// A set as stored: sorted people numbers.
pub fn put_set(out: &mut Vec<u8>, people: &[u32], n: usize) {
    let mut list = Vec::new();
    let mut last = 0;
    for (i, &p) in people.iter().enumerate() {
        put(&mut list, if i == 0 { p } else { p - last });
        last = p;
    }
    let bitmap_len = n.div_ceil(8);
    if list.len() + 4 > bitmap_len {
        out.push(1);
        let mut bytes = vec![0u8; bitmap_len];
        for &p in people {
            bytes[p as usize / 8] |= 1 << (p % 8);
        }
        put(out, bitmap_len as u32);
        out.extend(bytes);
    } else {
        out.push(0);
        put(out, people.len() as u32);
        out.extend(list);
    }
}

/// Calls `f` for each person of a stored set.
pub(crate) fn read_set(b: &mut Bytes, f: impl FnMut(u32)) -> Option<()> {
    read_set_within(b, None, f)
}

/// `read_set`, visiting only the members also in `within`: a stored bitmap is masked a byte at
/// a time, so a broad set costs little when facets leave few people.
pub(crate) fn read_set_within(
    b: &mut Bytes,
    within: Option<&Bits>,
    mut f: impl FnMut(u32),
) -> Option<()> {
    match b.byte()? {
        0 => {
            let count = b.num()?;
            let mut p = 0u32;
            for i in 0..count {
                let gap = b.num()?;
                p = if i == 0 { gap } else { p.checked_add(gap)? };
                f(p);
            }
        }
        1 => {
            let len = b.num()? as usize;
            for (i, byte) in b.take(len)?.iter().enumerate() {
                let mask = within.map_or(u8::MAX, |w| {
                    w.0.get(i / 8)
                        .map_or(0, |word| (word >> ((i % 8) * 8)) as u8)
                });
                let mut byte = *byte & mask;
                while byte != 0 {
                    let bit = byte.trailing_zeros();
                    f((i * 8) as u32 + bit);
                    byte &= byte - 1;
                }
            }
        }
        _ => return None,
    }
    Some(())
}

/// A facet value file read into a bitmap of `n` people.
pub fn read_facet(data: &[u8], n: usize) -> Option<Bits> {
    read_bits(&mut Bytes::new(data), n)
}

/// A stored set as a bitmap; a stored bitmap is copied, not visited bit by bit.
pub(crate) fn read_bits(b: &mut Bytes, n: usize) -> Option<Bits> {
    let mut bits = Bits::none(n);
    if b.data.get(b.at) == Some(&1) {
        b.at += 1;
        let len = b.num()? as usize;
        let bytes = b.take(len)?;
        for (i, chunk) in bytes.chunks(8).enumerate() {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            *bits.0.get_mut(i)? = u64::from_le_bytes(word);
        }
        return Some(bits);
    }
    read_set(b, |p| bits.insert(p))?;
    Some(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_round_trip_as_lists_and_bitmaps() {
        for people in [
            vec![],
            vec![0u32],
            vec![3, 9, 700],
            (0..900).step_by(2).collect(),
        ] {
            let mut out = Vec::new();
            put_set(&mut out, &people, 1000);
            let mut back = Vec::new();
            read_set(&mut Bytes::new(&out), |p| back.push(p)).unwrap();
            assert_eq!(back, people);
        }
        // A cut-off file is refused, not misread.
        let mut out = Vec::new();
        put_set(&mut out, &[1, 2, 3], 1000);
        assert!(read_set(&mut Bytes::new(&out[..out.len() - 1]), |_| {}).is_none());
    }
}
