//! The directory index: what the reader answers from the written files equals what the
//! in-memory reference (`find_alumni`, `facets::counts`, `suggest`) answers over the sample.

mod common;

use homecoming_build::index::{order, write};
use homecoming_core::facets::{Dimension, Selection};
use homecoming_core::index::*;
use homecoming_core::model::PublicAlumnus;
use homecoming_core::search;
use std::collections::HashMap;

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
        let mut meta: Meta = serde_json::from_slice(&files[META_FILE]).unwrap();
        // The values kept apart, as the reader fills them in when a query needs them.
        for dim in APART {
            let values: Vec<homecoming_core::facets::Count> =
                serde_json::from_slice(&files[&dim_file(dim)]).unwrap();
            assert!(meta
                .dims
                .iter()
                .any(|d| d.name == dim && d.values.is_empty()));
            meta = meta.with_values(dim, &values);
        }
        // Every part, as if every query had asked for its own.
        let prefix = vocab_file("");
        let parts = files
            .iter()
            .filter_map(|(path, bytes)| {
                let part = path
                    .strip_prefix(&prefix[..prefix.len() - 4])?
                    .strip_suffix(".bin")?;
                Some((
                    part.to_string(),
                    std::sync::Arc::new(VocabPart::read(bytes)?),
                ))
            })
            .collect();
        let vocab = Vocab { parts };
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

use common::sample;

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
    s.insert(
        Dimension::Industry,
        vec!["software".into(), "finance".into()],
    );
    selections.push(s.clone());
    s.insert(Dimension::Decade, vec!["1990".into()]);
    selections.push(s.clone());
    s.insert(Dimension::Chapter, vec!["shanghai".into()]);
    selections.push(s);
    for q in ["", "wang", "e", "engineer"] {
        for sel in &selections {
            let hits = idx.search(q);
            let chosen = chosen_indexes(&idx.meta, sel);
            let got = counts(&idx.meta, &cols, &hits, &chosen);
            let matched: Vec<usize> = hits.iter().map(|h| h.person as usize).collect();
            let want = homecoming_core::facets::counts(&idx.people, &matched, sel);
            for (d, (name, list)) in want.iter().enumerate() {
                let want_n: Vec<usize> = list.iter().map(|c| c.count).collect();
                assert_eq!(got[d], want_n, "{q:?} {sel:?} {name:?}");
            }
            // Filtering through the per-value files gives who passes.
            let pass = passing(
                idx.meta.people,
                &chosen,
                |d, v| {
                    read_facet(
                        &idx.files[&facet_file(idx.meta.dims[d].name, v)],
                        idx.meta.people,
                    )
                },
                None,
            );
            let want_pass: Vec<u32> = (0..idx.people.len())
                .filter(|&i| homecoming_core::facets::passes(&idx.people[i], sel, None))
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
                || idx.vocab.words().any(|(w, _)| *w == format!("wa{c}"))
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
        let Some(bundle) = bundle_of(key) else {
            // Only a one-letter shard outside a–z is in no bundle.
            let start = unhex(key).unwrap();
            assert_eq!(start.chars().count(), 1, "{start}");
            assert!(!start.chars().all(|c| c.is_ascii_lowercase()), "{start}");
            continue;
        };
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
    assert_eq!(bundle_of(&shard_key("王", 1)), None);
    assert!(bundle_of(&shard_key("王小", 2)).is_some());
    // A bundle exists exactly where a next/ file does: some longer word extends the parent.
    for parent in ["", "w", "王", "z", "q"] {
        let exists = idx.files.contains_key(&shards_after_file(parent));
        assert_eq!(exists, idx.vocab.extends(parent), "{parent:?}");
    }
}

#[test]
fn a_query_needs_only_its_first_letters_parts_of_the_vocabulary() {
    let all = sample();
    let idx = Loaded::new(&all);
    assert!(
        idx.vocab.parts.len() > 1,
        "the sample's words fill several parts"
    );
    let extra = [
        "wnag",
        "margret",
        "ostergard",
        "xyzzy qq",
        "peggy",
        "wang xiaomng",
    ];
    for q in QUERIES.iter().chain(&extra) {
        let parts = vocab_parts_for(q);
        let mine = Vocab {
            parts: (parts.iter())
                .map(|p| (p.clone(), idx.vocab.parts[p].clone()))
                .collect(),
        };
        assert_eq!(mine.shards_for(q), idx.vocab.shards_for(q), "{q}");
        assert_eq!(mine.top_for(q), idx.vocab.top_for(q), "{q}");
        assert_eq!(mine.suggest(q), idx.vocab.suggest(q), "{q}");
        let last = search::words(q).pop().unwrap_or_default();
        assert_eq!(
            mine.next_letters(&last),
            idx.vocab.next_letters(&last),
            "{q}"
        );
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
