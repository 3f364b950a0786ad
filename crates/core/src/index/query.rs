//! Reading the vocabulary and the shards, and scoring a query from them.

use super::codec::read_set_within;
use super::*;
use crate::search::{Level, Score};
use std::sync::Arc;

/// One part of the vocabulary (`vocab_part`): its words, sorted, each with how often it
/// occurs in names (0 for other fields only); the two-letter starts of this part whose shard
/// is cut by the third letter, each with the three-letter start of each piece; and the one-
/// and two-letter prefixes that have `top/` and `next/` files.
#[derive(Clone, Debug, Default)]
pub struct VocabPart {
    pub words: Vec<(String, u32)>,
    pub split: Vec<(String, Vec<String>)>,
    pub pages: Vec<String>,
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put(out, s.len() as u32);
    out.extend(s.as_bytes());
}

fn read_str(b: &mut Bytes) -> Option<String> {
    let len = b.num()? as usize;
    String::from_utf8(b.take(len)?.to_vec()).ok()
}

fn read_list<T>(b: &mut Bytes, mut one: impl FnMut(&mut Bytes) -> Option<T>) -> Option<Vec<T>> {
    let count = b.num()?;
    (0..count).map(|_| one(b)).collect()
}

impl VocabPart {
    /// The file's bytes: the word count, then three columns, one value per word: the bytes
    /// shared with the previous word, the rest of the word ended by a 0 byte, and the name
    /// frequency; then the split starts (each with its pieces) and the pages, as counted lists
    /// of strings. Like values sit together, which brotli packs about 10% smaller than one
    /// record per word; words never hold a 0 byte (`search::fold` turns controls into spaces).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, self.words.len() as u32);
        let mut shared = Vec::with_capacity(self.words.len());
        let mut last: &[u8] = &[];
        for (w, _) in &self.words {
            let b = w.as_bytes();
            shared.push(last.iter().zip(b).take_while(|(x, y)| x == y).count());
            last = b;
        }
        shared.iter().for_each(|&n| put(&mut out, n as u32));
        for ((w, _), &n) in self.words.iter().zip(&shared) {
            debug_assert!(!w.as_bytes().contains(&0), "{w:?}");
            out.extend(&w.as_bytes()[n..]);
            out.push(0);
        }
        self.words.iter().for_each(|(_, freq)| put(&mut out, *freq));
        put(&mut out, self.split.len() as u32);
        for (start, pieces) in &self.split {
            put_str(&mut out, start);
            put(&mut out, pieces.len() as u32);
            pieces.iter().for_each(|p| put_str(&mut out, p));
        }
        put(&mut out, self.pages.len() as u32);
        self.pages.iter().for_each(|p| put_str(&mut out, p));
        out
    }

    pub fn read(data: &[u8]) -> Option<VocabPart> {
        let mut b = Bytes::new(data);
        let count = b.num()? as usize;
        // Each word takes three bytes at least (shared, end, frequency): a count beyond that
        // is a broken file, not a reason to ask for gigabytes.
        if count > data.len() / 3 {
            return None;
        }
        let shared = (0..count)
            .map(|_| b.num().map(|n| n as usize))
            .collect::<Option<Vec<_>>>()?;
        let mut words = Vec::with_capacity(count);
        let mut last: Vec<u8> = Vec::new();
        for n in shared {
            let rest = b.data.get(b.at..)?;
            let len = rest.iter().position(|&x| x == 0)?;
            let mut w = last.get(..n)?.to_vec();
            w.extend_from_slice(b.take(len + 1)?.get(..len)?);
            words.push(String::from_utf8(w.clone()).ok()?);
            last = w;
        }
        let words = words
            .into_iter()
            .map(|w| Some((w, b.num()?)))
            .collect::<Option<Vec<_>>>()?;
        let split = read_list(&mut b, |b| Some((read_str(b)?, read_list(b, read_str)?)))?;
        let pages = read_list(&mut b, read_str)?;
        b.done().then_some(VocabPart {
            words,
            split,
            pages,
        })
    }

    /// The words starting with `prefix` (a slice of the sorted list).
    fn starting(&self, prefix: &str) -> &[(String, u32)] {
        let from = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        let to = from
            + self.words[from..]
                .partition_point(|(w, _)| w.starts_with(prefix) || w.as_str() < prefix);
        &self.words[from..to]
    }
}

/// The vocabulary as far as a query needs it: the parts of its words' first letters
/// (`vocab_parts_for`). Each method answers for words whose part is here, which is
/// every word the query can match; a word whose part is missing matches nothing.
#[derive(Clone, Debug, Default)]
pub struct Vocab {
    pub parts: HashMap<String, Arc<VocabPart>>,
}

impl Vocab {
    /// The words of `prefix`'s first letter's part that start with `prefix`.
    fn starting(&self, prefix: &str) -> &[(String, u32)] {
        prefix
            .chars()
            .next()
            .and_then(|c| self.parts.get(&vocab_part(c)))
            .map_or(&[], |p| p.starting(prefix))
    }

    fn part_of(&self, prefix: &str) -> Option<&VocabPart> {
        let first = prefix.chars().next()?;
        self.parts.get(&vocab_part(first)).map(|p| p.as_ref())
    }

    /// The three-letter starts of the pieces the shard of the two-letter start `start` is cut
    /// into, when it is cut.
    pub fn pieces(&self, start: &str) -> Option<&[String]> {
        let part = self.part_of(start)?;
        let i = part
            .split
            .binary_search_by(|(s, _)| s.as_str().cmp(start))
            .ok()?;
        Some(&part.split[i].1)
    }

    /// The shard holding the word (or the words starting with) `word`: its first letter's for
    /// one letter, else its two-letter start's; when that is cut, for three letters or more
    /// the piece whose range holds its first three letters (the two-letter start's own shard
    /// keeps the union of all its words, and the two-letter word itself).
    pub fn shard_of(&self, word: &str) -> String {
        let letters = word.chars().count();
        if letters < 3 {
            return shard_key(word, letters);
        }
        let start: String = word.chars().take(2).collect();
        match self.pieces(&start) {
            Some(pieces) if !pieces.is_empty() => {
                let three: String = word.chars().take(3).collect();
                let i = pieces
                    .partition_point(|p| p.as_str() <= three.as_str())
                    .saturating_sub(1);
                shard_key(&pieces[i], 3)
            }
            _ => shard_key(word, 2),
        }
    }

    /// Whether `prefix` has a `top/` page and a `next/` file (the empty prefix has
    /// `next/root.json`).
    pub fn has_pages(&self, prefix: &str) -> bool {
        prefix.is_empty()
            || self
                .part_of(prefix)
                .is_some_and(|p| p.pages.binary_search_by(|s| s.as_str().cmp(prefix)).is_ok())
    }

    /// The words of the parts here that start with `first`.
    fn with_first(&self, first: char) -> impl Iterator<Item = &(String, u32)> {
        let mut buf = [0; 4];
        self.starting(first.encode_utf8(&mut buf)).iter()
    }

    /// Every word of the parts here.
    pub fn words(&self) -> impl Iterator<Item = &(String, u32)> {
        self.parts.values().flat_map(|p| p.words.iter())
    }

    /// Whether some word starts with `prefix` and is longer: a `next/` file exists for it.
    pub fn extends(&self, prefix: &str) -> bool {
        // Asked for the empty prefix only once a list with people shows: some word exists.
        if prefix.is_empty() {
            return true;
        }
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

    /// The shards a query needs: those of each of its words (`shards_for_word`).
    pub fn shards_for(&self, query: &str) -> Vec<String> {
        let mut keys: Vec<String> = (search::words(query).iter())
            .flat_map(|q| self.shards_for_word(q))
            .collect();
        keys.sort();
        keys.dedup();
        keys
    }

    /// The shards one query word needs: its own start's shard when some word starts so, and
    /// from four letters the shards of every word within its typo allowance (all of which
    /// share its first letter), sorted. It depends on the word's first letter's part alone,
    /// so a reader may keep it for the session; finding the typos scans that part.
    pub fn shards_for_word(&self, q: &str) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        let letters = q.chars().count();
        if !self.starting(q).is_empty() {
            keys.push(self.shard_of(q));
        }
        if let Some(first) = q
            .chars()
            .next()
            .filter(|_| search::allowed_edits(letters) > 0)
        {
            keys.extend(
                self.with_first(first)
                    .filter(|(w, _)| search::match_word(q, w) == Some(Level::Fuzzy))
                    .map(|(w, _)| self.shard_of(w)),
            );
        }
        keys.sort();
        keys.dedup();
        keys
    }

    /// The key of the `top/` file answering this query, when it is one word of at most
    /// `PAGE_LETTERS` letters that has pages (`has_pages`).
    pub fn top_for(&self, query: &str) -> Option<String> {
        prefix_word(query)
            .filter(|q| q.chars().count() <= PAGE_LETTERS && self.has_pages(q))
            .map(|q| shard_key(&q, PAGE_LETTERS))
    }

    /// "Did you mean": as `search::suggest`, over the name words that share a first letter
    /// with a query word (the only ones `suggest` can pick).
    pub fn suggest(&self, query: &str) -> Option<String> {
        let mut firsts: Vec<char> = search::words(query)
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        let freq: HashMap<&str, usize> = firsts
            .into_iter()
            .flat_map(|c| self.with_first(c))
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
    /// A first-letter shard's (or a cut two-letter start's) "everyone with a word starting
    /// so".
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
    for entry in shards.iter().flat_map(|s| &s.entries) {
        let level = if entry.union {
            if entry.word != q {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocab_parts_round_trip_and_refuse_broken_bytes() {
        let part = VocabPart {
            words: vec![
                ("li".into(), 40),
                ("liang".into(), 3),
                ("lin".into(), 0),
                ("łódź".into(), 1),
                ("lü".into(), 2),
            ],
            split: vec![("li".into(), vec!["lia".into(), "lin".into()])],
            pages: vec!["l".into(), "li".into()],
        };
        let bytes = part.to_bytes();
        let back = VocabPart::read(&bytes).expect("reads what it wrote");
        assert_eq!(back.words, part.words);
        assert_eq!(back.split, part.split);
        assert_eq!(back.pages, part.pages);
        for cut in 0..bytes.len() {
            assert!(VocabPart::read(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        assert!(VocabPart::read(&[0xff, 0xff, 0xff, 0x0f]).is_none());
    }
}
