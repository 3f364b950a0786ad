//! The directory index: the published alumni cut into small files so that a phone downloads only
//! what a query needs, and the reader that answers `search::find_alumni` and `facets::counts`
//! from those files with the same results. Plain Rust: the build writes it (`write`, feature
//! `cli`), the browser reads it, and `cargo test` checks both against the in-memory reference.
//!
//! Files under `data/directory/` (format in ARCHITECTURE.md):
//! - `meta.json`: people count, card chunk size, every facet value with its label and its count
//!   for the empty query (so the panel draws before anything else arrives);
//! - `v/<part>.bin`: the indexed words (front-coded) whose first letter belongs to the part
//!   (`vocab_part`), with how often each occurs in names, so the reader knows which shards
//!   exist, can find typo candidates and can suggest a spelling from the query's first letters
//!   alone;
//! - `t/<hex>.bin`: one shard per two-letter word start (words and their postings per field
//!   class; a large one is cut by its third letter), and one per first letter holding, per
//!   class, everyone with a word starting so; other scripts' shards are in packs;
//! - `f/<dim>/<hex>.bin`: the people with one facet value (cities: a file per country);
//! - `cols.bin`: every person's facet values, for counts (loaded after the first results);
//! - `c/<n>.json`: cards of 16 people in directory order.
//!
//! People are numbered in directory order (by name), so a result list is ordered by score and
//! then by number.

mod codec;
mod columns;
mod query;

pub use codec::{put, put_set, read_facet, Bits, Bytes};
pub use columns::{chosen_indexes, counts, passing, Columns, Set};
pub use query::{search, Hit, Shard, Vocab, VocabPart};

use crate::search;
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

/// The file of the shard `key` when it has one of its own: a word start whose first letter is
/// one of `OWN_PARTS`. Other scripts' shards live in packs (`shard_pack`); for them this is
/// only the name the reader keeps the shard under.
pub fn shard_file(key: &str) -> String {
    format!("data/directory/t/{key}.bin")
}

/// Packs holding the shards of the first letters outside `OWN_PARTS`, by a hash of the letter.
pub const SHARD_PACKS: u32 = 256;

/// FNV-1a of a code point: the same in the build and in the browser.
fn letter_hash(first: char) -> u32 {
    (first as u32)
        .to_le_bytes()
        .iter()
        .fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
        })
}

/// The pack holding the shard `key`, when its first letter is outside `OWN_PARTS`: every
/// shard of a letter of another script (each hanzi a family name starts with has a few) is
/// in one file with those of the letters that hash alike, so 1,800 first letters make 256
/// files, not 12,000.
pub fn shard_pack(key: &str) -> Option<String> {
    let first = unhex(key)?.chars().next()?;
    (!OWN_PARTS.contains(first))
        .then(|| format!("data/directory/t/p{}.bin", letter_hash(first) % SHARD_PACKS))
}

/// The file of the people with facet value `id` of `dim`, and the key they have in it when it
/// is a bundle: a city's people are in one file with the other cities of its country
/// (`f/city/<country>.bin`), every other value has a file of its own. Named by the value, so
/// a page opened with values chosen fetches them before `meta.json` has arrived.
pub fn facet_home(dim: crate::facets::Dimension, id: &str) -> (String, Option<String>) {
    let hex = |s: &str| shard_key(s, usize::MAX);
    match dim {
        crate::facets::Dimension::City => {
            // A city with no country (its id starts with ":") goes in `_.bin`: never a
            // file name starting with a dot, which some hosts do not serve.
            let country = match id.split(':').next().unwrap_or_default() {
                "" => "_".to_string(),
                code => hex(code),
            };
            (
                format!("data/directory/f/city/{country}.bin"),
                Some(hex(id)),
            )
        }
        _ => (
            format!("data/directory/f/{}/{}.bin", dim.name(), hex(id)),
            None,
        ),
    }
}

pub fn chunk_file(chunk: usize) -> String {
    format!("data/directory/c/{chunk}.json")
}
/// The first page of results of a query of one or two letters (`PAGE_LETTERS`), ready to
/// show, for the prefixes the vocabulary says have one (`Vocab::has_pages`).
pub fn top_file(key: &str) -> String {
    format!("data/directory/top/{key}.json")
}
/// The file with the first screens of the commonest one-letter-longer prefixes of `parent`
/// (a folded word of up to `PAGE_LETTERS` letters; "" for the one-letter prefixes).
pub fn next_file(parent: &str) -> String {
    match shard_key(parent, PAGE_LETTERS) {
        key if key.is_empty() => "data/directory/next/root.json".to_string(),
        key => format!("data/directory/next/{key}.json"),
    }
}

/// The file holding, together, the shards of every word start one letter longer than
/// `parent` (a folded word of at most two letters): `after/root.bin` for the one-letter shards
/// of a–z, `after/<hex>.bin` for the two-letter shards under one of a–z, and under a cut
/// two-letter start (`Vocab::shard_of`) its pieces (`after/6d61.bin`: "ma"'s); for a letter of
/// another script its pack (`shard_pack`), which holds all its shards. With a facet chosen,
/// the reader fetches it while `parent` is on screen, so the next letter finds its shard here:
/// in one request, where a cut start's pieces were four to eight, each costing a phone's main
/// thread a few milliseconds to issue and to take in.
pub fn shards_after_file(parent: &str) -> String {
    match shard_key(parent, 2) {
        key if key.is_empty() => "data/directory/after/root.bin".to_string(),
        key => shard_pack(&key).unwrap_or_else(|| format!("data/directory/after/{key}.bin")),
    }
}

/// The word start a shard key names (the key is its UTF-8 bytes in hex).
pub fn unhex(key: &str) -> Option<String> {
    let bytes = (0..key.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(key.get(i..i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes).ok()
}

/// The bundle that holds the shard `key`, if one does: its pack for a letter outside
/// `OWN_PARTS` (the only place it is); for a–z, `after/root.bin` for a one-letter shard, the
/// first letter's `after/` file for a two-letter one, and the cut start's `after/` file for
/// one of the three-letter pieces a large two-letter start is cut into (`Vocab::shard_of`).
pub fn bundle_of(key: &str) -> Option<String> {
    if let Some(pack) = shard_pack(key) {
        return Some(pack);
    }
    let start = unhex(key)?;
    match start.chars().count() {
        1..=3 => Some(shards_after_file(parent_of(&start))),
        _ => None,
    }
}

/// Appends one file to a bundle: the key's length, the key, the length of the bytes, the bytes.
pub fn put_in_bundle(out: &mut Vec<u8>, key: &str, bytes: &[u8]) {
    put(out, key.len() as u32);
    out.extend(key.as_bytes());
    put(out, bytes.len() as u32);
    out.extend(bytes);
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

/// People shown first for a query of one or two letters with no facets chosen: the most
/// common query (someone starts typing a name) answered without fetching 40 card chunks.
pub const TOP: usize = 50;
/// The longest query with a ready first screen (in its parent's `next/` file).
pub const TOP_LETTERS: usize = 3;
/// The longest prefix with a `top/` page and a `next/` file of its own.
pub const PAGE_LETTERS: usize = 2;
/// A prefix has a `top/` page and a `next/` file when it finds at least one in a thousand of
/// all people (every prefix, below 2,000): rarer prefixes have small shards, which answer
/// them about as fast. Keeps those files about a thousand at any size (1,019 at 100,000).
pub fn pages_from(people: usize) -> usize {
    (people / 1000).max(1)
}
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

/// The file of one part of the vocabulary (`vocab_part`).
pub fn vocab_file(part: &str) -> String {
    format!("data/directory/v/{part}.bin")
}

/// The letters (folded) with a vocabulary part of their own: they start most words.
pub const OWN_PARTS: &str = "abcdefghijklmnopqrstuvwxyz";
/// The parts every other first letter (other scripts, digits) shares, by a hash of the letter.
pub const SHARED_PARTS: u32 = 64;

/// The part holding the words that start with `first`: its hex for a letter of `OWN_PARTS`,
/// else `s<n>`. Fixed, not read from a file, so a query's parts are fetched together with
/// `meta.json`. A typo is never in the first letter (`search::match_word`), so a query needs
/// only its first letters' parts.
pub fn vocab_part(first: char) -> String {
    if OWN_PARTS.contains(first) {
        shard_key(first.encode_utf8(&mut [0; 4]), 1)
    } else {
        format!("s{}", letter_hash(first) % SHARED_PARTS)
    }
}

/// The parts a query needs: one per distinct first letter of its words.
pub fn vocab_parts_for(query: &str) -> Vec<String> {
    let mut parts: Vec<String> = search::words(query)
        .iter()
        .filter_map(|w| w.chars().next())
        .map(vocab_part)
        .collect();
    parts.sort();
    parts.dedup();
    parts
}

pub const COLS_FILE: &str = "data/directory/cols.bin";

/// What `meta.json` holds.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub people: usize,
    pub dims: Vec<Dim>,
    /// Which two-letter word starts of a–z have a shard (`t/<key>.bin`), as `starts_bits`
    /// writes them: with a facet chosen, a query of two letters is scored from that shard
    /// alone, and knowing it exists lets the reader ask for it (or for the letter's `after/`
    /// bundle) without the letter's vocabulary part. Empty from a build that did not write it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub starts: String,
}

/// The bit of the two-letter start `ab` (both of a–z) in `Meta::starts`: `26·a + b`.
fn start_bit(two: &str) -> Option<usize> {
    let letter = |b: u8| b.is_ascii_lowercase().then(|| usize::from(b - b'a'));
    match two.as_bytes() {
        [a, b] => Some(letter(*a)? * 26 + letter(*b)?),
        _ => None,
    }
}

/// `Meta::starts` for these shard keys (`shard_key`): of each two-letter start of a–z among
/// them a bit, four to a hex digit, lowest first; 676 bits in 169 digits.
pub fn starts_bits<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    let mut bits = [false; 26 * 26];
    for bit in keys.filter_map(|k| start_bit(&unhex(k)?)) {
        bits[bit] = true;
    }
    bits.chunks(4)
        .map(|nibble| {
            let v = (nibble.iter().enumerate()).fold(0, |v, (i, on)| v | (u32::from(*on) << i));
            char::from_digit(v, 16).expect("a nibble")
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dim {
    pub name: crate::facets::Dimension,
    /// In display order; `count` is for the empty query with nothing chosen. Empty in
    /// `meta.json` for a dimension kept apart.
    pub values: Vec<crate::facets::Count>,
    /// For a dimension whose values grow with the directory (cities: thousands at 100,000
    /// alumni), how many values it has: they are in `dim_file(name)`, not in `meta.json`, so
    /// a first query does not wait for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apart: Option<usize>,
}

impl Dim {
    /// How many values the dimension has, whether they are here or apart.
    pub fn len(&self) -> usize {
        self.apart.unwrap_or(self.values.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether its values are apart and not here yet.
    pub fn missing(&self) -> bool {
        self.apart.is_some_and(|n| self.values.len() != n)
    }
}

/// The dimensions whose values `meta.json` leaves to a file of their own (`Dim::apart`).
pub const APART: [crate::facets::Dimension; 1] = [crate::facets::Dimension::City];

/// The values of a dimension kept apart, as a JSON list of `facets::Count`.
pub fn dim_file(dim: crate::facets::Dimension) -> String {
    format!("data/directory/d/{}.json", dim.name())
}

impl Meta {
    /// Whether some word starts with `two` (two letters of a–z), when the build said so:
    /// `None` for other words and from a build that did not write `starts`.
    pub fn has_start(&self, two: &str) -> Option<bool> {
        let bit = start_bit(two)?;
        let digit = self.starts.as_bytes().get(bit / 4)?;
        let v = char::from(*digit).to_digit(16)?;
        Some(v >> (bit % 4) & 1 == 1)
    }

    /// Whether answering `chosen` needs values that are apart and not here yet.
    pub fn needs_apart(&self, chosen: &crate::facets::Selection) -> bool {
        self.dims
            .iter()
            .any(|d| d.missing() && chosen.get(&d.name).is_some_and(|v| !v.is_empty()))
    }

    /// This meta with the values of `dim` filled in (from `dim_file`).
    pub fn with_values(
        &self,
        dim: crate::facets::Dimension,
        values: &[crate::facets::Count],
    ) -> Meta {
        let mut whole = self.clone();
        for d in whole.dims.iter_mut().filter(|d| d.name == dim) {
            d.values = values.to_vec();
        }
        whole
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_say_which_two_letter_starts_have_a_shard() {
        let keys = ["ch", "c", "zz", "aa", "wan", "é", "王"].map(|w| shard_key(w, 2));
        let meta = Meta {
            people: 0,
            dims: Vec::new(),
            starts: starts_bits(keys.iter().map(String::as_str)),
        };
        assert_eq!(meta.starts.len(), 169);
        for (two, has) in [
            ("ch", true),
            ("aa", true),
            ("zz", true),
            ("wa", true),
            ("ci", false),
        ] {
            assert_eq!(meta.has_start(two), Some(has), "{two}");
        }
        for other in ["c", "cha", "éa", "Ch", ""] {
            assert_eq!(meta.has_start(other), None, "{other}");
        }
        let older = Meta {
            starts: String::new(),
            ..meta
        };
        assert_eq!(older.has_start("ch"), None);
    }
}
