//! The directory index's writer: the published alumni cut into the files the browser's reader
//! (`homecoming_core::index`) reads, with the format defined there. One function per kind of
//! file; `write` puts them together.

use homecoming_core::index::*;
use homecoming_core::model::{Card, PublicAlumnus};
use homecoming_core::search;
use std::collections::{BTreeMap, HashMap};
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

/// word → field class → people (sorted, as people are visited in order).
type Words = BTreeMap<String, BTreeMap<u8, Vec<u32>>>;
/// Files of the index, as (path under `dist/`, bytes).
type Files = Vec<(String, Vec<u8>)>;

/// Every file of the index, as (path under `dist/`, bytes). `people` is in directory order.
pub fn write(people: &[PublicAlumnus]) -> Files {
    let n = people.len();
    let mut words: Words = BTreeMap::new();
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
    let mut files = vocab(&words, &name_freq);
    let shards = shards(&words, n);
    files.extend(first_pages(&words, &shards, people));
    files.extend(bundles(&shards));
    files.extend(shards.into_iter().map(|(k, b)| (shard_file(&k), b)));
    files.extend(facets(people));
    files.extend(cards(people));
    files
}

/// `v/`: the words cut into parts by first letter (`vocab_part`), each part front-coded with
/// how often each word occurs in names.
fn vocab(words: &Words, name_freq: &HashMap<String, u32>) -> Files {
    // Words come sorted, so each part's list is sorted too.
    let mut parts: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    for w in words.keys() {
        if let Some(first) = w.chars().next() {
            parts.entry(vocab_part(first)).or_default().push(w);
        }
    }
    (parts.into_iter())
        .map(|(part, list)| {
            let mut out = Vec::new();
            put(&mut out, list.len() as u32);
            let mut last: &[u8] = &[];
            for w in list {
                let b = w.as_bytes();
                let shared = last.iter().zip(b).take_while(|(x, y)| x == y).count();
                put(&mut out, shared as u32);
                put(&mut out, (b.len() - shared) as u32);
                out.extend(&b[shared..]);
                put(&mut out, name_freq.get(w).copied().unwrap_or(0));
                last = b;
            }
            (vocab_file(&part), out)
        })
        .collect()
}

/// The `t/` shards by key: two-letter shards, and first-letter shards with the unions.
fn shards(words: &Words, n: usize) -> BTreeMap<String, Vec<u8>> {
    let mut shards: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut unions: BTreeMap<String, (String, BTreeMap<u8, Vec<u32>>)> = BTreeMap::new();
    for (w, groups) in words {
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
    shards
}

/// `top/` and `next/`: first pages of one-, two- and three-letter queries, scored by the reader
/// itself from the shards.
fn first_pages(
    words: &Words,
    shards: &BTreeMap<String, Vec<u8>>,
    people: &[PublicAlumnus],
) -> Files {
    let n = people.len();
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
    let mut files = Vec::new();
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
    for (parent, mut pages) in next {
        // The most common continuations only: the root file would otherwise carry a first
        // screen for each of ~2,000 first letters (every hanzi a family name starts with). A
        // prefix left out is answered from its `top/` page.
        if pages.pages.len() > NEXT_PAGES {
            let mut by_total: Vec<(usize, String)> = (pages.pages.iter())
                .map(|(q, p)| (p.total, q.clone()))
                .collect();
            by_total.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let keep: std::collections::HashSet<String> = by_total
                .into_iter()
                .take(NEXT_PAGES)
                .map(|(_, q)| q)
                .collect();
            pages.pages.retain(|q, _| keep.contains(q));
        }
        files.push((
            next_file(&parent),
            serde_json::to_vec(&pages).expect("first screens serialise"),
        ));
    }
    files
}

/// The first screens a `next/` file holds at most.
const NEXT_PAGES: usize = 40;

/// `after/`: each shard again, in the bundle of its parent's continuations.
fn bundles(shards: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    let mut bundles: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for (key, bytes) in shards {
        let Some(bundle) = bundle_of(key) else {
            continue;
        };
        let out = bundles.entry(bundle).or_default();
        put(out, key.len() as u32);
        out.extend(key.as_bytes());
        put(out, bytes.len() as u32);
        out.extend(bytes);
    }
    bundles
}

/// `f/`, `cols.bin` and `meta.json`: facet values in display order with their counts for the
/// empty query, and each value's people.
fn facets(people: &[PublicAlumnus]) -> Files {
    let n = people.len();
    let everyone: Vec<usize> = (0..n).collect();
    let dims: Vec<Dim> = homecoming_core::facets::counts(people, &everyone, &Default::default())
        .into_iter()
        .map(|(name, values)| Dim {
            name,
            values,
            apart: None,
        })
        .collect();
    let mut files = Vec::new();
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
            for (id, _) in homecoming_core::facets::values(p, dim.name) {
                per_value[index[id.as_str()]].push(i as u32);
            }
        }
        for (v, list) in per_value.iter().enumerate() {
            let mut set = Vec::new();
            put_set(&mut set, list, n);
            cols.extend(&set);
            files.push((facet_file(dim.name, v), set));
        }
    }
    files.push((COLS_FILE.to_string(), cols));
    let mut dims = dims;
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
        chunk: CHUNK,
        dims,
    };
    files.push((
        META_FILE.to_string(),
        serde_json::to_vec(&meta).expect("meta serialises"),
    ));
    files
}

/// `c/`: cards in directory order, `CHUNK` to a file.
fn cards(people: &[PublicAlumnus]) -> Files {
    people
        .chunks(CHUNK)
        .enumerate()
        .map(|(c, chunk)| {
            let cards: Vec<Card> = chunk.iter().map(Card::from).collect();
            (
                chunk_file(c),
                serde_json::to_vec(&cards).expect("cards serialise"),
            )
        })
        .collect()
}
