//! The directory index: the published alumni cut into small files so that a phone downloads only
//! what a query needs, and the reader that answers `search::find_alumni` and `facets::counts`
//! from those files with the same results. Plain Rust: the build writes it (`write`, feature
//! `cli`), the browser reads it, and `cargo test` checks both against the in-memory reference.
//!
//! Files under `data/directory/` (format in ARCHITECTURE.md):
//! - `meta.json`: people count, card chunk size, every facet value with its label and its count
//!   for the empty query (so the panel draws before anything else arrives);
//! - `vocab.bin`: every indexed word (front-coded), with how often it occurs in names, so the
//!   reader knows which shards exist, can find typo candidates and can suggest a spelling;
//! - `t/<hex>.bin`: one shard per two-letter word start (words and their postings per field
//!   class), and one per first letter holding, per class, everyone with a word starting so;
//! - `f/<dim>/<n>.bin`: the people with one facet value;
//! - `cols.bin`: every person's facet values, for counts (loaded after the first results);
//! - `c/<n>.json`: cards of 16 people in directory order.
//!
//! People are numbered in directory order (by name), so a result list is ordered by score and
//! then by number.

use crate::search::{self, Level, Score};
use std::collections::{BTreeMap, HashMap};

/// People per card chunk.
pub const CHUNK: usize = 16;

/// Field classes: own names (and pinyin forms), nickname, other fields; `FORMER + k` is former
/// name `k`.
pub const OWN: u8 = 0;
pub const NICK: u8 = 1;
pub const OTHER: u8 = 2;
pub const FORMER: u8 = 3;
/// Former names beyond this many are not indexed.
pub const MAX_FORMER: usize = 4;

/// The shard a word lives in: its first two characters (its one character for one-letter
/// shards), as hex of the UTF-8 bytes, so any script makes a safe file name.
pub fn shard_key(word: &str, letters: usize) -> String {
    word.chars()
        .take(letters)
        .collect::<String>()
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn shard_file(key: &str) -> String {
    format!("data/directory/t/{key}.bin")
}
pub fn facet_file(dim: &str, value: usize) -> String {
    format!("data/directory/f/{dim}/{value}.bin")
}
pub fn chunk_file(chunk: usize) -> String {
    format!("data/directory/c/{chunk}.json")
}
/// The first page of results of a query of one to three letters, ready to show.
pub fn top_file(key: &str) -> String {
    format!("data/directory/top/{key}.json")
}
/// The file with the first screens of every one-letter-longer prefix of `parent` (a folded
/// word of up to two letters; "" for the one-letter prefixes).
pub fn next_file(parent: &str) -> String {
    match shard_key(parent, TOP_LETTERS) {
        key if key.is_empty() => "data/directory/next/root.json".to_string(),
        key => format!("data/directory/next/{key}.json"),
    }
}

/// The file holding, together, the shards of every word start one letter longer than
/// `parent` (a folded word of at most one letter): `after/root.bin` for the one-letter shards,
/// `after/<hex>.bin` for the two-letter shards under one letter. With a facet chosen, the
/// reader fetches it while `parent` is on screen, so the next letter finds its shard here.
pub fn shards_after_file(parent: &str) -> String {
    match shard_key(parent, 1) {
        key if key.is_empty() => "data/directory/after/root.bin".to_string(),
        key => format!("data/directory/after/{key}.bin"),
    }
}

/// The word start a shard key names (the key is its UTF-8 bytes in hex).
fn unhex(key: &str) -> Option<String> {
    let bytes = (0..key.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(key.get(i..i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes).ok()
}

/// The `shards_after_file` that holds the shard `key`.
pub fn bundle_of(key: &str) -> Option<String> {
    unhex(key).map(|start| shards_after_file(parent_of(&start)))
}

/// Where each shard of a `shards_after_file` lies in it, by shard key. Only the headers are
/// read: a shard is read (`Shard::read`) when a query first needs it.
pub fn bundle_ranges(data: &[u8]) -> Option<HashMap<String, std::ops::Range<usize>>> {
    let mut b = Bytes::new(data);
    let mut out = HashMap::new();
    while !b.done() {
        let len = b.num()? as usize;
        let key = String::from_utf8(b.take(len)?.to_vec()).ok()?;
        let len = b.num()? as usize;
        let start = b.at;
        b.take(len)?;
        out.insert(key, start..start + len);
    }
    Some(out)
}

/// People shown first for a query of one to three letters with no facets chosen: the most
/// common query (someone starts typing a name) answered without fetching 40 card chunks.
pub const TOP: usize = 50;
/// The longest query with a ready first page. Longer prefixes match few enough people.
pub const TOP_LETTERS: usize = 3;
/// People in a first screen of `NextPages`: more than a phone or a laptop shows at once.
pub const FIRST: usize = 12;

/// What a `next/<key>.json` file holds: for each prefix one letter longer than the file's,
/// its first page cut to `FIRST` people (with the full total). The reader fetches it while
/// the shorter prefix is on screen, so the next keystroke's results are already here.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NextPages {
    pub pages: BTreeMap<String, TopPage>,
}

/// The one word of a query with a ready first page, when it has one (see `Vocab::top_for`).
pub fn prefix_word(query: &str) -> Option<String> {
    match search::words(query).as_slice() {
        [q] if (1..=TOP_LETTERS).contains(&q.chars().count()) => Some(q.clone()),
        _ => None,
    }
}

/// A word without its last letter.
pub fn parent_of(word: &str) -> &str {
    word.char_indices().last().map_or("", |(i, _)| &word[..i])
}

/// What a `top/<key>.json` file holds: the first `TOP` people of the query, with the former
/// name that matched (when only that did) and their cards, and how many the query finds in
/// all. Enough to show a first page before any shard arrives.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TopPage {
    pub total: usize,
    pub people: Vec<u32>,
    pub former: Vec<Option<u8>>,
    pub cards: Vec<crate::model::Card>,
}

impl TopPage {
    /// The page's people as search hits (without their scores, which lists do not show).
    pub fn hits(&self) -> Vec<Hit> {
        self.people
            .iter()
            .zip(&self.former)
            .map(|(&person, &former)| Hit {
                person,
                score: None,
                former,
            })
            .collect()
    }
}

pub const META_FILE: &str = "data/directory/meta.json";
pub const VOCAB_FILE: &str = "data/directory/vocab.bin";
pub const COLS_FILE: &str = "data/directory/cols.bin";

/// What `meta.json` holds.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub people: usize,
    pub chunk: usize,
    pub dims: Vec<Dim>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dim {
    pub name: String,
    /// In display order; `count` is for the empty query with nothing chosen.
    pub values: Vec<crate::facets::Count>,
}

// ---------------------------------------------------------------------------------------------
// Bytes: LEB128 varints and sets of people (a gap list, or a bitmap when that is smaller).

#[cfg(feature = "cli")]
fn put(out: &mut Vec<u8>, mut v: u32) {
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
    data: &'a [u8],
    at: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data, at: 0 }
    }
    fn done(&self) -> bool {
        self.at >= self.data.len()
    }
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    fn num(&mut self) -> Option<u32> {
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
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.data.get(self.at..self.at + n)?;
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
#[cfg(feature = "cli")]
fn put_set(out: &mut Vec<u8>, people: &[u32], n: usize) {
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
fn read_set(b: &mut Bytes, f: impl FnMut(u32)) -> Option<()> {
    read_set_within(b, None, f)
}

/// `read_set`, visiting only the members also in `within`: a stored bitmap is masked a byte at
/// a time, so a broad set costs little when facets leave few people.
fn read_set_within(b: &mut Bytes, within: Option<&Bits>, mut f: impl FnMut(u32)) -> Option<()> {
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

// ---------------------------------------------------------------------------------------------
// Reading: vocabulary and shards.

/// Every indexed word, sorted, with how often it occurs in names (0 for other fields only).
#[derive(Clone, Debug, Default)]
pub struct Vocab {
    pub words: Vec<(String, u32)>,
}

impl Vocab {
    pub fn read(data: &[u8]) -> Option<Vocab> {
        let mut b = Bytes::new(data);
        let count = b.num()?;
        let mut words = Vec::with_capacity(count as usize);
        let mut last: Vec<u8> = Vec::new();
        for _ in 0..count {
            let shared = b.num()? as usize;
            let len = b.num()? as usize;
            let mut w = last.get(..shared)?.to_vec();
            w.extend_from_slice(b.take(len)?);
            let freq = b.num()?;
            words.push((String::from_utf8(w.clone()).ok()?, freq));
            last = w;
        }
        Some(Vocab { words })
    }

    /// The words starting with `prefix` (a slice of the sorted list).
    fn starting(&self, prefix: &str) -> &[(String, u32)] {
        let from = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        let to = from
            + self.words[from..]
                .partition_point(|(w, _)| w.starts_with(prefix) || w.as_str() < prefix);
        &self.words[from..to]
    }

    /// Whether some word starts with `prefix` and is longer: a `next/` file exists for it.
    pub fn extends(&self, prefix: &str) -> bool {
        self.starting(prefix)
            .iter()
            .any(|(w, _)| w.len() > prefix.len())
    }

    /// The letters that follow `prefix` in the words that start with it and are longer, in
    /// order, each once: what the next keystroke can be, for a word being typed.
    pub fn next_letters(&self, prefix: &str) -> Vec<char> {
        let mut letters: Vec<char> = self
            .starting(prefix)
            .iter()
            .filter_map(|(w, _)| w.get(prefix.len()..)?.chars().next())
            .collect();
        letters.dedup();
        letters
    }

    /// The shards a query needs: for each word, its own start's shard when some word starts so,
    /// and from four letters the shards of every word within its typo allowance.
    pub fn shards_for(&self, query: &str) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for q in search::words(query) {
            let letters = q.chars().count();
            if !self.starting(&q).is_empty() {
                keys.push(shard_key(&q, letters.min(2)));
            }
            if search::allowed_edits(letters) > 0 {
                keys.extend(
                    self.words
                        .iter()
                        .filter(|(w, _)| search::match_word(&q, w) == Some(Level::Fuzzy))
                        .map(|(w, _)| shard_key(w, 2)),
                );
            }
        }
        keys.sort();
        keys.dedup();
        keys
    }

    /// The key of the `top/` file answering this query, when it is one word of at most
    /// `TOP_LETTERS` letters that some word starts with.
    pub fn top_for(&self, query: &str) -> Option<String> {
        prefix_word(query)
            .filter(|q| !self.starting(q).is_empty())
            .map(|q| shard_key(&q, TOP_LETTERS))
    }

    /// "Did you mean": as `search::suggest`, over the name words of the whole directory.
    pub fn suggest(&self, query: &str) -> Option<String> {
        let freq: HashMap<&str, usize> = self
            .words
            .iter()
            .filter(|(_, f)| *f > 0)
            .map(|(w, f)| (w.as_str(), *f as usize))
            .collect();
        search::suggest_from(&freq, query)
    }
}

/// One shard: words with, per field class, the people who have them.
#[derive(Clone, Debug, Default)]
pub struct Shard {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug)]
struct Entry {
    word: String,
    /// A first-letter shard's "everyone with a word starting with this letter".
    union: bool,
    /// (class, encoded set) pairs, decoded on use.
    groups: Vec<(u8, Vec<u8>)>,
}

impl Shard {
    pub fn read(data: &[u8]) -> Option<Shard> {
        let mut b = Bytes::new(data);
        let mut entries = Vec::new();
        while !b.done() {
            let len = b.num()? as usize;
            let word = String::from_utf8(b.take(len)?.to_vec()).ok()?;
            let union = b.byte()? == 1;
            let groups_n = b.num()?;
            let mut groups = Vec::new();
            for _ in 0..groups_n {
                let class = b.byte()?;
                let len = b.num()? as usize;
                groups.push((class, b.take(len)?.to_vec()));
            }
            entries.push(Entry {
                word,
                union,
                groups,
            });
        }
        Some(Shard { entries })
    }
}

/// One person found, in result order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub person: u32,
    pub score: Option<Score>,
    /// Which former name matched, when only a former name did.
    pub former: Option<u8>,
}

const NONE: u8 = u8::MAX;

/// The best match of one query word for every person: over own names and nickname as
/// `level * 4 + rank`, over the other fields as a level, and per former name as a level.
struct Best {
    names: Vec<u8>,
    others: Vec<u8>,
    formers: HashMap<u32, [u8; MAX_FORMER]>,
    /// Everyone this word matched at all.
    touched: Bits,
}

fn lower(slot: &mut u8, v: u8) {
    if v < *slot {
        *slot = v;
    }
}

fn level_of(code: u8) -> Level {
    match code {
        0 => Level::Exact,
        1 => Level::Prefix,
        _ => Level::Fuzzy,
    }
}

/// Listed alumni matching every word of `query`, best first: the same people in the same order
/// as `search::find_alumni` over the whole list, from the shards `Vocab::shards_for` named.
/// With `within` (those who pass the chosen facets), only those are scored and returned: the
/// same list as filtering afterwards, for a fraction of the work when facets narrow it.
pub fn search(people: usize, shards: &[&Shard], query: &str, within: Option<&Bits>) -> Vec<Hit> {
    let q = search::words(query);
    let everyone = || Bits::all(people);
    if q.is_empty() {
        let all = within.cloned().unwrap_or_else(everyone);
        return all
            .iter()
            .map(|person| Hit {
                person,
                score: None,
                former: None,
            })
            .collect();
    }
    let bests: Vec<Best> = q
        .iter()
        .map(|w| best_for(people, shards, w, within))
        .collect();
    // Whoever matches every word was touched by each: visit only those, in order.
    let mut candidates = within.cloned().unwrap_or_else(everyone);
    for b in &bests {
        candidates.and(&b.touched);
    }
    // Buckets by score; people are visited in order, so each bucket is already sorted.
    let mut buckets: BTreeMap<Score, Vec<(u32, Option<u8>)>> = BTreeMap::new();
    if let [b] = bests.as_slice() {
        // One word, the commonest query while typing: its best match is the score, so people
        // go straight into one of twelve buckets (level × field) without a map lookup each.
        let mut quick: Vec<Vec<(u32, Option<u8>)>> = vec![Vec::new(); 12];
        let mut rest = Vec::new();
        for p in candidates.iter() {
            let (names, others) = (b.names[p as usize], b.others[p as usize]);
            let code = names.min(if others == NONE {
                NONE
            } else {
                others * 4 + OTHER
            });
            if code == NONE {
                rest.push(p);
            } else {
                quick[usize::from(code)].push((p, None));
            }
        }
        for (code, list) in quick.into_iter().enumerate() {
            if !list.is_empty() {
                let level = level_of(code as u8 / 4);
                let score = Score {
                    level,
                    field: code as u8 % 4,
                    total: level as u16,
                };
                buckets.insert(score, list);
            }
        }
        candidates = Bits::none(people);
        for p in rest {
            candidates.insert(p);
        }
    }
    for p in candidates.iter().map(|p| p as usize) {
        let own = search::combine(bests.iter().map(|b| {
            let names = b.names[p];
            let others = b.others[p];
            let a = (names != NONE).then(|| (level_of(names / 4), names % 4));
            let o = (others != NONE).then(|| (level_of(others), OTHER));
            a.into_iter().chain(o).min()
        }));
        if let Some(score) = own {
            buckets.entry(score).or_default().push((p as u32, None));
            continue;
        }
        // Only an earlier name: the first that matches, with the other fields.
        let former = (0..MAX_FORMER).find_map(|k| {
            search::combine(bests.iter().map(|b| {
                let f = b
                    .formers
                    .get(&(p as u32))
                    .map(|f| f[k])
                    .filter(|&l| l != NONE)
                    .map(|l| (level_of(l), OWN));
                let others = b.others[p];
                let o = (others != NONE).then(|| (level_of(others), OTHER));
                f.into_iter().chain(o).min()
            }))
            .map(|s| (s, k as u8))
        });
        if let Some((score, k)) = former {
            buckets.entry(score).or_default().push((p as u32, Some(k)));
        }
    }
    // Former-name matches join the one-word buckets after them: restore number order.
    for list in buckets.values_mut() {
        if !list.is_sorted_by_key(|(p, _)| *p) {
            list.sort_unstable_by_key(|(p, _)| *p);
        }
    }
    buckets
        .into_iter()
        .flat_map(|(score, list)| {
            list.into_iter().map(move |(person, former)| Hit {
                person,
                score: Some(score),
                former,
            })
        })
        .collect()
}

fn best_for(people: usize, shards: &[&Shard], q: &str, within: Option<&Bits>) -> Best {
    let mut best = Best {
        names: vec![NONE; people],
        others: vec![NONE; people],
        formers: HashMap::new(),
        touched: Bits::none(people),
    };
    let one_letter = q.chars().count() == 1;
    for entry in shards.iter().flat_map(|s| &s.entries) {
        let level = if entry.union {
            if !(one_letter && entry.word == q) {
                continue;
            }
            Level::Prefix
        } else {
            match search::match_word(q, &entry.word) {
                Some(l) => l,
                None => continue,
            }
        };
        let l = level as u8;
        for (class, set) in &entry.groups {
            let class = *class;
            let mut b = Bytes::new(set);
            let _ = read_set_within(&mut b, within, |p| {
                let p_i = p as usize;
                if p_i >= people || within.is_some_and(|w| !w.has(p)) {
                    return;
                }
                best.touched.insert(p);
                match class {
                    OWN | NICK => lower(&mut best.names[p_i], l * 4 + class),
                    OTHER => lower(&mut best.others[p_i], l),
                    k => {
                        let slot = best.formers.entry(p).or_insert([NONE; MAX_FORMER]);
                        if let Some(s) = slot.get_mut(usize::from(k - FORMER)) {
                            lower(s, l);
                        }
                    }
                }
            });
        }
    }
    best
}

// ---------------------------------------------------------------------------------------------
// Facets over the index.

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
            let mut values = Vec::with_capacity(dim.values.len());
            for _ in &dim.values {
                values.push(read_bits(&mut b, meta.people)?);
            }
            dims.push(values);
        }
        b.done().then_some(Columns { dims })
    }
}

/// A stored set as a bitmap; a stored bitmap is copied, not visited bit by bit.
fn read_bits(b: &mut Bytes, n: usize) -> Option<Bits> {
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

// ---------------------------------------------------------------------------------------------
// Writing (build time).

#[cfg(feature = "cli")]
pub use writer::*;

#[cfg(feature = "cli")]
mod writer {
    use super::*;
    use crate::model::{Card, PublicAlumnus};

    /// A person as their profile shows them: the pinyin forms are for the index only.
    pub fn profile_person(p: &PublicAlumnus) -> PublicAlumnus {
        PublicAlumnus {
            name_keys: Vec::new(),
            ..p.clone()
        }
    }

    /// The directory order: by name, as `find_alumni` breaks ties.
    pub fn order(all: &[PublicAlumnus]) -> Vec<PublicAlumnus> {
        let mut sorted = all.to_vec();
        sorted.sort_by(|a, b| a.name.cmp(&b.name));
        sorted
    }

    /// The words of one person with their field class, as `find_alumni` reads the fields.
    pub fn person_words(p: &PublicAlumnus) -> Vec<(String, u8)> {
        let mut out = Vec::new();
        let mut add = |text: &str, class: u8| {
            out.extend(search::words(text).into_iter().map(|w| (w, class)));
        };
        add(&p.name, OWN);
        p.name_latin.iter().for_each(|t| add(t, OWN));
        p.name_keys.iter().for_each(|t| add(t, OWN));
        p.nickname.iter().for_each(|t| add(t, NICK));
        for t in search::other_fields(p).into_iter().flatten() {
            add(t, OTHER);
        }
        for (k, f) in p.former_names.iter().take(MAX_FORMER).enumerate() {
            add(f, FORMER + k as u8);
        }
        out
    }

    fn put_groups(out: &mut Vec<u8>, groups: &BTreeMap<u8, Vec<u32>>, n: usize) {
        put(out, groups.len() as u32);
        for (class, people) in groups {
            out.push(*class);
            let mut set = Vec::new();
            put_set(&mut set, people, n);
            put(out, set.len() as u32);
            out.extend(set);
        }
    }

    fn put_entry(
        out: &mut Vec<u8>,
        word: &str,
        union: bool,
        groups: &BTreeMap<u8, Vec<u32>>,
        n: usize,
    ) {
        put(out, word.len() as u32);
        out.extend(word.as_bytes());
        out.push(u8::from(union));
        put_groups(out, groups, n);
    }

    /// Every file of the index, as (path under `dist/`, bytes). `people` is in directory order.
    pub fn write(people: &[PublicAlumnus]) -> Vec<(String, Vec<u8>)> {
        let n = people.len();
        // word → class → people (sorted, as people are visited in order).
        let mut words: BTreeMap<String, BTreeMap<u8, Vec<u32>>> = BTreeMap::new();
        let mut name_freq: HashMap<String, u32> = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            for (w, class) in person_words(p) {
                let list = words.entry(w).or_default().entry(class).or_default();
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            }
            for w in search::name_words(p) {
                *name_freq.entry(w).or_default() += 1;
            }
        }
        let mut files = Vec::new();

        // Vocabulary, front-coded.
        let mut vocab = Vec::new();
        put(&mut vocab, words.len() as u32);
        let mut last: &[u8] = &[];
        for w in words.keys() {
            let b = w.as_bytes();
            let shared = last.iter().zip(b).take_while(|(x, y)| x == y).count();
            put(&mut vocab, shared as u32);
            put(&mut vocab, (b.len() - shared) as u32);
            vocab.extend(&b[shared..]);
            put(&mut vocab, name_freq.get(w).copied().unwrap_or(0));
            last = b;
        }
        files.push((VOCAB_FILE.to_string(), vocab));

        // Two-letter shards, and first-letter shards with the unions.
        let mut shards: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        let mut unions: BTreeMap<String, (String, BTreeMap<u8, Vec<u32>>)> = BTreeMap::new();
        for (w, groups) in &words {
            let letters = w.chars().count();
            put_entry(
                shards.entry(shard_key(w, letters.min(2))).or_default(),
                w,
                false,
                groups,
                n,
            );
            let first: String = w.chars().take(1).collect();
            let union = unions
                .entry(shard_key(w, 1))
                .or_insert_with(|| (first, BTreeMap::new()));
            for (class, people) in groups {
                union.1.entry(*class).or_default().extend(people);
            }
        }
        for (key, (first, mut groups)) in unions {
            for people in groups.values_mut() {
                people.sort_unstable();
                people.dedup();
            }
            put_entry(shards.entry(key).or_default(), &first, true, &groups, n);
        }
        // First pages of one-, two- and three-letter queries, scored by the reader itself.
        let mut starts: Vec<String> = Vec::new();
        for w in words.keys() {
            for letters in 1..=TOP_LETTERS {
                if w.chars().count() >= letters {
                    starts.push(w.chars().take(letters).collect());
                }
            }
        }
        starts.sort();
        starts.dedup();
        let mut parsed: HashMap<String, Shard> = HashMap::new();
        let mut next: BTreeMap<String, NextPages> = BTreeMap::new();
        for q in starts {
            let key = shard_key(&q, q.chars().count().min(2));
            if !parsed.contains_key(&key) {
                let Some(shard) = shards.get(&key).and_then(|b| Shard::read(b)) else {
                    continue;
                };
                parsed.insert(key.clone(), shard);
            }
            let hits = search(n, &[&parsed[&key]], &q, None);
            let page = |n: usize| {
                let top = &hits[..hits.len().min(n)];
                TopPage {
                    total: hits.len(),
                    people: top.iter().map(|h| h.person).collect(),
                    former: top.iter().map(|h| h.former).collect(),
                    cards: top
                        .iter()
                        .map(|h| Card::from(&people[h.person as usize]))
                        .collect(),
                }
            };
            files.push((
                top_file(&shard_key(&q, TOP_LETTERS)),
                serde_json::to_vec(&page(TOP)).expect("top page serialises"),
            ));
            next.entry(parent_of(&q).to_string())
                .or_default()
                .pages
                .insert(q.clone(), page(FIRST));
        }
        for (parent, pages) in next {
            files.push((
                next_file(&parent),
                serde_json::to_vec(&pages).expect("first screens serialise"),
            ));
        }
        // Each shard once on its own, and once in the bundle of its parent's continuations.
        let mut bundles: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for (key, bytes) in &shards {
            let start = unhex(key).expect("shard keys are hex of UTF-8");
            let out = bundles
                .entry(shards_after_file(parent_of(&start)))
                .or_default();
            put(out, key.len() as u32);
            out.extend(key.as_bytes());
            put(out, bytes.len() as u32);
            out.extend(bytes);
        }
        files.extend(bundles);
        files.extend(shards.into_iter().map(|(k, b)| (shard_file(&k), b)));

        // Facets: values in display order with their counts for the empty query.
        let everyone: Vec<usize> = (0..n).collect();
        let dims: Vec<Dim> = crate::facets::counts(people, &everyone, &Default::default())
            .into_iter()
            .map(|(name, values)| Dim {
                name: name.to_string(),
                values,
            })
            .collect();
        let mut cols = Vec::new();
        for dim in &dims {
            let index: HashMap<&str, usize> = dim
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| (v.id.as_str(), i))
                .collect();
            let mut per_value: Vec<Vec<u32>> = vec![Vec::new(); dim.values.len()];
            for (i, p) in people.iter().enumerate() {
                for (id, _) in crate::facets::values(p, &dim.name) {
                    per_value[index[id.as_str()]].push(i as u32);
                }
            }
            for (v, list) in per_value.iter().enumerate() {
                let mut set = Vec::new();
                put_set(&mut set, list, n);
                cols.extend(&set);
                files.push((facet_file(&dim.name, v), set));
            }
        }
        files.push((COLS_FILE.to_string(), cols));
        let meta = Meta {
            people: n,
            chunk: CHUNK,
            dims,
        };
        files.push((
            META_FILE.to_string(),
            serde_json::to_vec(&meta).expect("meta serialises"),
        ));

        // Cards in directory order.
        for (c, chunk) in people.chunks(CHUNK).enumerate() {
            let cards: Vec<Card> = chunk.iter().map(Card::from).collect();
            files.push((
                chunk_file(c),
                serde_json::to_vec(&cards).expect("cards serialise"),
            ));
        }
        files
    }
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;
    use crate::facets::Selection;
    use crate::model::PublicAlumnus;
    use std::path::Path;

    /// The index as the browser would see it: the files, read back.
    struct Loaded {
        people: Vec<PublicAlumnus>,
        files: HashMap<String, Vec<u8>>,
        meta: Meta,
        vocab: Vocab,
    }

    impl Loaded {
        fn new(all: &[PublicAlumnus]) -> Loaded {
            let people = order(all);
            let files: HashMap<String, Vec<u8>> = write(&people).into_iter().collect();
            let meta = serde_json::from_slice(&files[META_FILE]).unwrap();
            let vocab = Vocab::read(&files[VOCAB_FILE]).unwrap();
            Loaded {
                people,
                files,
                meta,
                vocab,
            }
        }
        fn search(&self, q: &str) -> Vec<Hit> {
            self.search_in(q, None)
        }
        fn search_in(&self, q: &str, within: Option<&Bits>) -> Vec<Hit> {
            let shards: Vec<Shard> = self
                .vocab
                .shards_for(q)
                .iter()
                .map(|k| Shard::read(&self.files[&shard_file(k)]).unwrap())
                .collect();
            let refs: Vec<&Shard> = shards.iter().collect();
            search(self.people.len(), &refs, q, within)
        }
    }

    fn sample() -> Vec<PublicAlumnus> {
        crate::check::check(Path::new("content"))
            .data
            .expect("sample content")
            .alumni
    }

    const QUERIES: &[&str] = &[
        "",
        "w",
        "wa",
        "wan",
        "wang",
        "wang xiaoming",
        "wangxiaoming",
        "wxm",
        "王",
        "王小明",
        "bjorn",
        "østergaard",
        "ostergard",
        "adeyemi",
        "margaret adeyemi",
        "peggy",
        "peg",
        "o'brien",
        "obrien",
        "smith-jones",
        "smith jones",
        "jose",
        "munoz",
        "engineer",
        "enginer",
        "finance",
        "kestrel",
        "shanghai",
        "s",
        "m",
        "zz",
        "xyzzy",
        "class",
        "northbrook",
        "ana",
        "anna",
        "mueller",
        "straßmann",
        "strassman",
        "lagos",
        "london",
        "zeng",
        "ceng",
        "a b",
        "1998",
    ];

    #[test]
    fn the_index_finds_what_find_alumni_finds_in_the_same_order() {
        let all = sample();
        let idx = Loaded::new(&all);
        for q in QUERIES {
            let want: Vec<(String, Option<String>)> = search::find_alumni(&idx.people, q)
                .into_iter()
                .map(|f| (idx.people[f.index].id.clone(), f.former))
                .collect();
            let got: Vec<(String, Option<String>)> = idx
                .search(q)
                .into_iter()
                .map(|h| {
                    let p = &idx.people[h.person as usize];
                    (
                        p.id.clone(),
                        h.former.map(|k| p.former_names[k as usize].clone()),
                    )
                })
                .collect();
            assert_eq!(got, want, "query {q:?}");
        }
    }

    #[test]
    fn counts_match_the_reference_for_queries_and_choices() {
        let all = sample();
        let idx = Loaded::new(&all);
        let cols = Columns::read(&idx.files[COLS_FILE], &idx.meta).unwrap();
        let mut selections = vec![Selection::new()];
        let mut s = Selection::new();
        s.insert("industry".into(), vec!["software".into(), "finance".into()]);
        selections.push(s.clone());
        s.insert("decade".into(), vec!["1990".into()]);
        selections.push(s.clone());
        s.insert("chapter".into(), vec!["shanghai".into()]);
        selections.push(s);
        for q in ["", "wang", "e", "engineer"] {
            for sel in &selections {
                let hits = idx.search(q);
                let chosen = chosen_indexes(&idx.meta, sel);
                let got = counts(&idx.meta, &cols, &hits, &chosen);
                let matched: Vec<usize> = hits.iter().map(|h| h.person as usize).collect();
                let want = crate::facets::counts(&idx.people, &matched, sel);
                for (d, (name, list)) in want.iter().enumerate() {
                    let want_n: Vec<usize> = list.iter().map(|c| c.count).collect();
                    assert_eq!(got[d], want_n, "{q:?} {sel:?} {name}");
                }
                // Filtering through the per-value files gives who passes.
                let pass = passing(
                    idx.meta.people,
                    &chosen,
                    |d, v| {
                        read_facet(
                            &idx.files[&facet_file(&idx.meta.dims[d].name, v)],
                            idx.meta.people,
                        )
                    },
                    None,
                );
                let want_pass: Vec<u32> = (0..idx.people.len())
                    .filter(|&i| crate::facets::passes(&idx.people[i], sel, None))
                    .map(|i| i as u32)
                    .collect();
                let got_pass: Vec<u32> = (0..idx.people.len() as u32)
                    .filter(|&p| pass.has(p))
                    .collect();
                assert_eq!(got_pass, want_pass, "{sel:?}");
                // Searching within those who pass is filtering the results afterwards.
                let filtered: Vec<Hit> = hits
                    .iter()
                    .filter(|h| pass.has(h.person))
                    .copied()
                    .collect();
                assert_eq!(idx.search_in(q, Some(&pass)), filtered, "{q:?} {sel:?}");
            }
        }
    }

    #[test]
    fn top_pages_are_the_first_results() {
        let idx = Loaded::new(&sample());
        for q in ["w", "wa", "wan", "m", "ma", "mar", "王", "王小", "o"] {
            let key = idx.vocab.top_for(q).expect(q);
            let page: TopPage = serde_json::from_slice(&idx.files[&top_file(&key)]).unwrap();
            let hits = idx.search(q);
            let want: Vec<u32> = hits.iter().take(TOP).map(|h| h.person).collect();
            assert!(!want.is_empty(), "{q}");
            assert_eq!(page.people, want, "{q}");
            assert_eq!(page.total, hits.len(), "{q}");
            let formers: Vec<Option<u8>> = hits.iter().take(TOP).map(|h| h.former).collect();
            assert_eq!(page.former, formers, "{q}");
            let ids = |people: &[u32]| -> Vec<String> {
                people
                    .iter()
                    .map(|&p| idx.people[p as usize].id.clone())
                    .collect()
            };
            assert_eq!(
                page.cards.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
                ids(&want)
            );
        }
        // Each first screen is the start of its first page, filed under the prefix before it.
        for q in ["w", "wa", "wan", "王", "王小", "o"] {
            let file = &idx.files[&next_file(parent_of(q))];
            let next: NextPages = serde_json::from_slice(file).unwrap();
            let key = idx.vocab.top_for(q).unwrap();
            let page: TopPage = serde_json::from_slice(&idx.files[&top_file(&key)]).unwrap();
            let first = &next.pages[q];
            assert_eq!(first.total, page.total, "{q}");
            let n = page.people.len().min(FIRST);
            assert_eq!(first.people, page.people[..n], "{q}");
            assert_eq!(first.former, page.former[..n], "{q}");
            assert_eq!(first.cards, page.cards[..n], "{q}");
        }
        // A next/ file exists exactly for the prefixes that some longer word extends.
        for parent in ["", "w", "wa", "王", "wx", "zz"] {
            let exists = idx.files.contains_key(&next_file(parent));
            assert_eq!(exists, idx.vocab.extends(parent), "{parent:?}");
        }
        assert_eq!(parent_of("王小"), "王");
        assert_eq!(next_file(""), "data/directory/next/root.json");
        assert_eq!(idx.vocab.top_for("wang"), None);
        // The sorted vocabulary gives each next letter once, in order.
        let after_wa = idx.vocab.next_letters("wa");
        assert!(after_wa.contains(&'n'), "{after_wa:?}");
        assert!(after_wa.windows(2).all(|p| p[0] < p[1]), "{after_wa:?}");
        for c in &after_wa {
            assert!(
                idx.vocab.extends(&format!("wa{c}"))
                    || idx.vocab.words.iter().any(|(w, _)| *w == format!("wa{c}"))
            );
        }
        assert_eq!(idx.vocab.next_letters("zzzz"), Vec::<char>::new());
        assert_eq!(idx.vocab.top_for("w x"), None);
    }

    #[test]
    fn bundles_hold_each_shard_once_as_it_is_alone() {
        let idx = Loaded::new(&sample());
        let mut seen = 0;
        for (file, bytes) in &idx.files {
            let Some(key) = file
                .strip_prefix("data/directory/t/")
                .and_then(|f| f.strip_suffix(".bin"))
            else {
                continue;
            };
            let bundle = bundle_of(key).expect(key);
            let data = &idx.files[&bundle];
            let at = bundle_ranges(data).expect(&bundle);
            assert_eq!(
                &data[at[key].clone()],
                bytes.as_slice(),
                "{key} in {bundle}"
            );
            seen += 1;
        }
        let bundled: usize = idx
            .files
            .iter()
            .filter(|(f, _)| f.starts_with("data/directory/after/"))
            .map(|(_, b)| bundle_ranges(b).unwrap().len())
            .sum();
        assert_eq!(bundled, seen);
        assert_eq!(bundle_of("77").unwrap(), shards_after_file(""));
        assert_eq!(bundle_of("7761").unwrap(), shards_after_file("w"));
        assert_eq!(shards_after_file("w"), "data/directory/after/77.bin");
        // A bundle exists exactly where a next/ file does: some longer word extends the parent.
        for parent in ["", "w", "王", "z", "q"] {
            let exists = idx.files.contains_key(&shards_after_file(parent));
            assert_eq!(exists, idx.vocab.extends(parent), "{parent:?}");
        }
    }

    #[test]
    fn suggestions_match_the_reference() {
        let all = sample();
        let idx = Loaded::new(&all);
        for q in ["wnag", "margret", "ostergard", "xyzzy qq", "peggy"] {
            assert_eq!(idx.vocab.suggest(q), search::suggest(&idx.people, q), "{q}");
        }
    }

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

    #[test]
    fn unlisted_people_are_in_no_file() {
        let all = sample();
        let idx = Loaded::new(&all);
        for (path, bytes) in &idx.files {
            let text = String::from_utf8_lossy(bytes);
            assert!(!text.contains("Vestergaard"), "{path}");
            assert!(!text.contains("vestergaard"), "{path}");
        }
        assert!(idx.search("ingrid vestergaard").is_empty());
    }
}
