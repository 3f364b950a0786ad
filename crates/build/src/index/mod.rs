//! The directory index's writer: the published alumni cut into the files the browser's reader
//! (`homecoming_core::index`) reads, with the format defined there. One function per kind of
//! file; `write` puts them together.

use homecoming_core::facets::{Count, Dimension};
use homecoming_core::index::*;
use homecoming_core::model::{Card, PublicAlumnus};
use homecoming_core::search;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
/// A person as their profile shows them: the pinyin forms are for the index only.
pub fn profile_person(p: &PublicAlumnus) -> PublicAlumnus {
    PublicAlumnus {
        name_keys: Vec::new(),
        ..p.clone()
    }
}

/// The directory order: by name, as `find_alumni` breaks ties. `check` gives the alumni in
/// this order already, so this copies them only when they are not (a million alumni are
/// a gigabyte).
pub fn order(all: &[PublicAlumnus]) -> std::borrow::Cow<'_, [PublicAlumnus]> {
    if all.is_sorted_by(|a, b| a.name <= b.name) {
        return std::borrow::Cow::Borrowed(all);
    }
    let mut sorted = all.to_vec();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    std::borrow::Cow::Owned(sorted)
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

/// word → field class → people (sorted, as people are visited in order).
type Words = BTreeMap<String, BTreeMap<u8, Vec<u32>>>;
/// Files of the index, as (path under `dist/`, bytes).
type Files = Vec<(String, Vec<u8>)>;

/// Where the writer cuts: the sizes that decide which two-letter starts are cut into pieces and
/// which prefixes get first pages. The reader reads the outcome from the vocabulary, so tests
/// can write the small sample with small figures and reach every kind of file.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// A two-letter start whose shard would be larger than this many bytes is cut by its third
    /// letter into pieces of about this size.
    pub cut_bytes: usize,
    /// A one- or two-letter prefix finding at least this many people gets `top/` and `next/`.
    pub pages_from: usize,
}

impl Layout {
    /// The layout the site is built with: pieces of 8 KB, first pages for prefixes finding at
    /// least `index::pages_from(people)`.
    pub fn for_people(people: usize) -> Layout {
        Layout {
            cut_bytes: 8 * 1024,
            pages_from: pages_from(people),
        }
    }
}

/// Every file of the index, as (path under `dist/`, bytes). `people` is in directory order.
pub fn write(people: &[PublicAlumnus]) -> Files {
    write_with(people, Layout::for_people(people.len()))
}

/// `write` with the cuts of `layout`.
pub fn write_with(people: &[PublicAlumnus], layout: Layout) -> Files {
    let n = people.len();
    let (table, name_freq) = word_table(people);
    let words: Words = table.into_iter().collect();
    let (shards, split) = shards(&words, n, layout.cut_bytes);
    let mut parts = vocab(&words, &name_freq, &split);
    let cards: Vec<Card> = people.par_iter().map(Card::from).collect();
    let (mut files, pages) = first_pages(&words, &shards, &parts, &cards, layout.pages_from);
    for page in pages {
        if let Some(part) = page
            .chars()
            .next()
            .and_then(|c| parts.get_mut(&vocab_part(c)))
        {
            Arc::make_mut(part).pages.push(page);
        }
    }
    files.extend(
        parts
            .iter()
            .map(|(part, v)| (vocab_file(part), v.to_bytes())),
    );
    files.extend(bundles(&shards));
    let starts = starts_bits(shards.keys().map(String::as_str));
    files.extend(
        (shards.into_iter())
            .filter(|(k, _)| shard_pack(k).is_none())
            .map(|(k, b)| (shard_file(&k), b)),
    );
    files.extend(facets(people, starts));
    files.extend(card_chunks(&cards));
    files
}

/// word → field class → people, and how often each word occurs in names.
type Table = (
    FxHashMap<String, BTreeMap<u8, Vec<u32>>>,
    FxHashMap<String, u32>,
);

/// Every person's words, in slices of people in parallel (folding text is most of the work), each
/// slice a table of its own; the tables are then joined in slice order, so every list of people
/// comes out sorted. One table filled from every person in turn was a sixth of the build at
/// 100,000 alumni, on one core.
fn word_table(people: &[PublicAlumnus]) -> Table {
    let slice = people
        .len()
        .div_ceil(rayon::current_num_threads() * 4)
        .max(256);
    let tables: Vec<Table> = people
        .par_chunks(slice)
        .enumerate()
        .map(|(c, chunk)| {
            let (mut table, mut name_freq) = Table::default();
            for (j, p) in chunk.iter().enumerate() {
                let i = (c * slice + j) as u32;
                for (w, class) in person_words(p) {
                    let list = table.entry(w).or_default().entry(class).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
                for w in search::name_words(p) {
                    *name_freq.entry(w).or_default() += 1;
                }
            }
            (table, name_freq)
        })
        .collect();
    let mut tables = tables.into_iter();
    let (mut table, mut name_freq) = tables.next().unwrap_or_default();
    for (more, freq) in tables {
        for (w, groups) in more {
            let into = table.entry(w).or_default();
            for (class, list) in groups {
                into.entry(class).or_default().extend(list);
            }
        }
        for (w, k) in freq {
            *name_freq.entry(w).or_default() += k;
        }
    }
    (table, name_freq)
}

/// `v/`: the words cut into parts by first letter (`vocab_part`), with how often each occurs in
/// names and which two-letter starts are cut (`pages` are filled in by `write`).
fn vocab(
    words: &Words,
    name_freq: &FxHashMap<String, u32>,
    split: &BTreeMap<String, Vec<String>>,
) -> BTreeMap<String, Arc<VocabPart>> {
    // Words come sorted, so each part's list is sorted too.
    let mut parts: BTreeMap<String, VocabPart> = BTreeMap::new();
    for w in words.keys() {
        if let Some(first) = w.chars().next() {
            let freq = name_freq.get(w).copied().unwrap_or(0);
            parts
                .entry(vocab_part(first))
                .or_default()
                .words
                .push((w.clone(), freq));
        }
    }
    for (start, pieces) in split {
        if let Some(part) = start
            .chars()
            .next()
            .and_then(|c| parts.get_mut(&vocab_part(c)))
        {
            part.split.push((start.clone(), pieces.clone()));
        }
    }
    (parts.into_iter()).map(|(k, v)| (k, Arc::new(v))).collect()
}

/// Everyone in `lists`, per class, sorted.
fn union<'a>(lists: impl Iterator<Item = &'a BTreeMap<u8, Vec<u32>>>) -> BTreeMap<u8, Vec<u32>> {
    let mut out: BTreeMap<u8, Vec<u32>> = BTreeMap::new();
    for groups in lists {
        for (class, people) in groups {
            out.entry(*class).or_default().extend(people);
        }
    }
    for people in out.values_mut() {
        people.sort_unstable();
        people.dedup();
    }
    out
}

/// The `t/` shards by key: first-letter shards (the union and the one-letter words), two-letter
/// shards, and for a two-letter start over `cut` bytes (a long word then reads one piece, not
/// "ma"'s 67 KB) its union and two-letter word with the
/// pieces its longer words are cut into. Also which starts are cut, with their pieces' starts.
fn shards(
    words: &Words,
    n: usize,
    cut: usize,
) -> (BTreeMap<String, Vec<u8>>, BTreeMap<String, Vec<String>>) {
    let mut shards: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut firsts: BTreeMap<String, Vec<&BTreeMap<u8, Vec<u32>>>> = BTreeMap::new();
    type Start<'a> = Vec<(&'a String, &'a BTreeMap<u8, Vec<u32>>, Vec<u8>)>;
    let mut starts: BTreeMap<String, Start> = BTreeMap::new();
    for (w, groups) in words {
        let mut entry = Vec::new();
        put_entry(&mut entry, w, false, groups, n);
        firsts
            .entry(w.chars().take(1).collect())
            .or_default()
            .push(groups);
        if w.chars().count() == 1 {
            shards.entry(shard_key(w, 1)).or_default().extend(entry);
        } else {
            let start: String = w.chars().take(2).collect();
            starts.entry(start).or_default().push((w, groups, entry));
        }
    }
    for (first, lists) in firsts {
        let all = union(lists.into_iter());
        put_entry(
            shards.entry(shard_key(&first, 1)).or_default(),
            &first,
            true,
            &all,
            n,
        );
    }
    let mut split = BTreeMap::new();
    for (start, list) in starts {
        if list.iter().map(|(_, _, e)| e.len()).sum::<usize>() <= cut {
            let shard = shards.entry(shard_key(&start, 2)).or_default();
            list.iter().for_each(|(_, _, e)| shard.extend(e));
            continue;
        }
        let own = shards.entry(shard_key(&start, 2)).or_default();
        let all = union(list.iter().map(|(_, g, _)| *g));
        put_entry(own, &start, true, &all, n);
        let mut pieces: Vec<(String, Vec<u8>)> = Vec::new();
        let mut last_three = String::new();
        for (w, _, entry) in &list {
            if w.chars().count() == 2 {
                own.extend(entry);
                continue;
            }
            let three: String = w.chars().take(3).collect();
            match pieces.last_mut() {
                Some((_, bytes)) if bytes.len() < cut || three == last_three => bytes.extend(entry),
                _ => pieces.push((three.clone(), entry.clone())),
            }
            last_three = three;
        }
        let own = std::mem::take(own);
        shards.insert(shard_key(&start, 2), own);
        let mut names = Vec::new();
        for (three, bytes) in pieces {
            shards.insert(shard_key(&three, 3), bytes);
            names.push(three);
        }
        split.insert(start, names);
    }
    (shards, split)
}

/// Everyone a one-word prefix query finds, by prefix of one to `TOP_LETTERS` letters: how
/// many people have a word starting so.
fn totals(words: &Words) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for letters in 1..=TOP_LETTERS {
        let mut current: Option<(String, Vec<u32>)> = None;
        let mut finish = |c: Option<(String, Vec<u32>)>| {
            if let Some((p, mut people)) = c {
                people.sort_unstable();
                people.dedup();
                out.insert(p, people.len());
            }
        };
        for (w, groups) in words.iter().filter(|(w, _)| w.chars().count() >= letters) {
            let prefix: String = w.chars().take(letters).collect();
            if current.as_ref().is_none_or(|(p, _)| *p != prefix) {
                finish(current.take());
                current = Some((prefix, Vec::new()));
            }
            if let Some((_, people)) = current.as_mut() {
                groups.values().for_each(|g| people.extend(g));
            }
        }
        finish(current);
    }
    out
}

/// `top/` and `next/`: first pages of the one- and two-letter queries that find at least
/// `min` people, and the first screens of the commonest one-letter-longer prefixes
/// of each of them (and of the empty query), scored by the reader itself from the shards.
/// Also which prefixes got pages, for the vocabulary.
fn first_pages(
    words: &Words,
    shards: &BTreeMap<String, Vec<u8>>,
    parts: &BTreeMap<String, Arc<VocabPart>>,
    cards: &[Card],
    min: usize,
) -> (Files, Vec<String>) {
    let n = cards.len();
    let totals = totals(words);
    let vocab = Vocab {
        parts: parts.clone().into_iter().collect(),
    };
    let hits_of = |q: &str| -> Vec<Hit> {
        let read: Vec<Shard> = (vocab.shards_for(q).iter())
            .filter_map(|k| Shard::read(shards.get(k)?))
            .collect();
        let refs: Vec<&Shard> = read.iter().collect();
        search(n, &refs, q, None)
    };
    let mut pages: Vec<String> = (totals.iter())
        .filter(|(p, t)| p.chars().count() <= PAGE_LETTERS && **t >= min)
        .map(|(p, _)| p.clone())
        .collect();
    pages.sort();
    let mut children: BTreeMap<&str, Vec<(usize, &str)>> = BTreeMap::new();
    for (p, t) in &totals {
        children.entry(parent_of(p)).or_default().push((*t, p));
    }
    let parents: Vec<&str> = std::iter::once("")
        .chain(pages.iter().map(String::as_str))
        .collect();
    // The most common continuations only: the root file would otherwise carry a first screen
    // for each of ~2,000 first letters (every hanzi a family name starts with). A prefix left
    // out is answered from shards.
    let nexts: Vec<(&str, Vec<&str>)> = (parents.iter())
        .map(|&parent| {
            let mut next = children.get(parent).cloned().unwrap_or_default();
            next.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            (
                parent,
                next.into_iter().take(NEXT_PAGES).map(|(_, q)| q).collect(),
            )
        })
        .collect();
    // Every query a file needs is searched once, all of them in parallel (by parent, the root's
    // forty first letters were one long task): a page's own prefix for its `top/` file, and the
    // continuations of each `next/` file, which are often pages too.
    let mut wanted: BTreeMap<&str, usize> = BTreeMap::new();
    for &page in &parents[1..] {
        wanted.insert(page, TOP);
    }
    for q in nexts.iter().flat_map(|(_, next)| next) {
        wanted.entry(q).or_insert(FIRST);
    }
    // Each with its total and first hits; written with the cards of `cards`, borrowed (a card
    // per result of ~40,000 first screens, cloned, was a tenth of the build).
    let found: HashMap<&str, (usize, Vec<Hit>)> = (wanted.into_par_iter())
        .map(|(q, size)| {
            let hits = hits_of(q);
            (q, (hits.len(), hits.into_iter().take(size).collect()))
        })
        .collect();
    let out = |q: &str, size: usize| {
        let (total, hits) = &found[q];
        let top = &hits[..hits.len().min(size)];
        PageOut {
            total: *total,
            people: top.iter().map(|h| h.person).collect(),
            former: top.iter().map(|h| h.former).collect(),
            cards: top.iter().map(|h| &cards[h.person as usize]).collect(),
        }
    };
    let files = nexts.par_iter().flat_map_iter(|(parent, next)| {
        let mut files = Vec::new();
        if !parent.is_empty() {
            files.push((
                top_file(&shard_key(parent, PAGE_LETTERS)),
                serde_json::to_vec(&out(parent, TOP)).expect("top page serialises"),
            ));
        }
        let pages = NextOut {
            pages: next.iter().map(|q| (*q, out(q, FIRST))).collect(),
        };
        files.push((
            next_file(parent),
            serde_json::to_vec(&pages).expect("first screens serialise"),
        ));
        files
    });
    (files.collect(), pages)
}

/// `TopPage` as written, with borrowed cards: the same JSON.
#[derive(serde::Serialize)]
struct PageOut<'a> {
    total: usize,
    people: Vec<u32>,
    former: Vec<Option<u8>>,
    cards: Vec<&'a Card>,
}

/// `NextPages` as written.
#[derive(serde::Serialize)]
struct NextOut<'a> {
    pages: BTreeMap<&'a str, PageOut<'a>>,
}

/// The first screens a `next/` file holds at most.
const NEXT_PAGES: usize = 40;

/// `after/` and the packs: each shard in the bundle `bundle_of` names.
fn bundles(shards: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    let mut bundles: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for (key, bytes) in shards {
        if let Some(bundle) = bundle_of(key) {
            put_in_bundle(bundles.entry(bundle).or_default(), key, bytes);
        }
    }
    bundles
}

/// `f/`, `cols.bin` and `meta.json`: facet values in display order with their counts for the
/// empty query, and each value's people.
fn facets(people: &[PublicAlumnus], starts: String) -> Files {
    let n = people.len();
    type Tally = (Dimension, Vec<(Count, Vec<u32>)>);
    let tallied: Vec<Tally> = (Dimension::ALL.par_iter())
        .map(|&dim| (dim, homecoming_core::facets::members(people, dim)))
        .collect();
    let mut files = Vec::new();
    let mut cols = Vec::new();
    let mut packs: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut dims = Vec::new();
    for (name, values) in tallied {
        let mut counts = Vec::with_capacity(values.len());
        for (value, list) in values {
            let mut set = Vec::new();
            put_set(&mut set, &list, n);
            cols.extend(&set);
            match facet_home(name, &value.id) {
                (file, Some(key)) => put_in_bundle(packs.entry(file).or_default(), &key, &set),
                (file, None) => files.push((file, set)),
            }
            counts.push(value);
        }
        dims.push(Dim {
            name,
            values: counts,
            apart: None,
        });
    }
    files.extend(packs);
    files.push((COLS_FILE.to_string(), cols));
    for dim in dims.iter_mut().filter(|d| APART.contains(&d.name)) {
        files.push((
            dim_file(dim.name),
            serde_json::to_vec(&dim.values).expect("values serialise"),
        ));
        dim.apart = Some(dim.values.len());
        dim.values.clear();
    }
    let meta = Meta {
        people: n,
        dims,
        starts,
    };
    files.push((
        META_FILE.to_string(),
        serde_json::to_vec(&meta).expect("meta serialises"),
    ));
    files
}

/// `c/`: cards in directory order, `CHUNK` to a file.
fn card_chunks(cards: &[Card]) -> Files {
    cards
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(c, chunk)| {
            (
                chunk_file(c),
                serde_json::to_vec(chunk).expect("cards serialise"),
            )
        })
        .collect()
}
