//! The directory index: what the reader answers from the written files equals what the
//! in-memory reference (`find_alumni`, `facets::counts`, `suggest`) answers over the sample.

mod common;

use common::{Loaded, SMALL};
use homecoming_core::facets::{Dimension, Selection};
use homecoming_core::index::*;
use homecoming_core::search;

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
    for idx in [Loaded::new(&all), Loaded::small(&all)] {
        finds_what_find_alumni_finds(&idx);
    }
    // The small layout cut some two-letter starts into pieces.
    let small = Loaded::small(&all);
    let cut: usize = small.vocab.parts.values().map(|p| p.split.len()).sum();
    assert!(cut > 5, "{cut} starts cut");
    assert_ne!(small.vocab.shard_of("wang"), shard_key("wang", 2));
    assert_eq!(
        unhex(&small.vocab.shard_of("wang"))
            .unwrap()
            .chars()
            .count(),
        3
    );
}

fn finds_what_find_alumni_finds(idx: &Loaded) {
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
    let idx = Loaded::small(&all);
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
    selections.push(s.clone());
    // Cities are in one file per country.
    let city = idx
        .meta
        .dims
        .iter()
        .find(|d| d.name == Dimension::City)
        .unwrap();
    let two: Vec<String> = city.values.iter().take(2).map(|v| v.id.clone()).collect();
    s.insert(Dimension::City, two);
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
            let pass = passing(idx.meta.people, &chosen, |d, v| idx.facet(d, v), None);
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
    let idx = Loaded::small(&sample());
    for q in ["w", "wa", "m", "ma", "o"] {
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
    // Every first screen of every next/ file is the start of its query's results, filed under
    // the prefix before it; the commonest continuations are there.
    let mut screens = 0;
    for (file, bytes) in idx.files.iter().filter(|(f, _)| f.contains("/next/")) {
        let next: NextPages = serde_json::from_slice(bytes).unwrap();
        for (q, first) in &next.pages {
            assert_eq!(next_file(parent_of(q)), *file, "{q}");
            let hits = idx.search(q);
            assert_eq!(first.total, hits.len(), "{q}");
            let want: Vec<u32> = hits.iter().take(FIRST).map(|h| h.person).collect();
            assert_eq!(first.people, want, "{q}");
            assert_eq!(first.cards.len(), want.len(), "{q}");
            screens += 1;
        }
    }
    assert!(screens > 40, "{screens}");
    for (parent, q) in [("", "w"), ("w", "wa"), ("wa", "wan")] {
        let next: NextPages = serde_json::from_slice(&idx.files[&next_file(parent)]).unwrap();
        assert!(next.pages.contains_key(q), "{q} under {parent:?}");
    }
    // top/ and next/ files exist exactly for the prefixes the vocabulary says have pages: those
    // finding enough people.
    for prefix in ["w", "wa", "王", "wx", "zz", "q"] {
        let has = idx.vocab.has_pages(prefix);
        assert_eq!(
            idx.files.contains_key(&next_file(prefix)),
            has,
            "{prefix:?}"
        );
        let top = idx
            .files
            .contains_key(&top_file(&shard_key(prefix, PAGE_LETTERS)));
        assert_eq!(top, has, "{prefix:?}");
        if has {
            assert!(idx.search(prefix).len() >= SMALL.pages_from, "{prefix}");
        }
    }
    assert!(
        !idx.vocab.has_pages("wan"),
        "three letters have no page of their own"
    );
    assert!(idx.files.contains_key(&next_file("")));
    assert_eq!(parent_of("王小"), "王");
    assert_eq!(next_file(""), "data/directory/next/root.json");
    assert_eq!(idx.vocab.top_for("wang"), None);
    assert_eq!(idx.vocab.top_for("wan"), None);
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
    bundles_hold_each_shard(&Loaded::new(&sample()));
    // The small layout cuts starts, so a cut start's bundle is checked, not only its absence.
    assert!(bundles_hold_each_shard(&Loaded::small(&sample())) > 0);
}

/// Checks every bundle against the shards alone; returns how many two-letter starts are cut.
fn bundles_hold_each_shard(idx: &Loaded) -> usize {
    let mut seen = 0;
    for (file, bytes) in &idx.files {
        let Some(key) = file
            .strip_prefix("data/directory/t/")
            .and_then(|f| f.strip_suffix(".bin"))
            .filter(|k| !k.starts_with('p'))
        else {
            continue;
        };
        // Only a–z have shards of their own.
        let start = unhex(key).unwrap();
        assert!(
            start.starts_with(|c: char| c.is_ascii_lowercase()),
            "{start}"
        );
        assert_eq!(shard_pack(key), None);
        // A piece of a cut start is in its start's bundle, a two-letter shard in its letter's.
        let bundle = bundle_of(key).unwrap();
        if start.chars().count() == 3 {
            assert_eq!(bundle, shards_after_file(&start[..2]), "{start}");
        }
        assert_eq!(idx.in_bundle(&bundle, key), bytes.as_slice(), "{key}");
        seen += 1;
    }
    let bundled: usize = idx
        .files
        .iter()
        .filter(|(f, _)| f.starts_with("data/directory/after/"))
        .map(|(_, b)| bundle_ranges(b).unwrap().len())
        .sum();
    assert_eq!(bundled, seen);
    // Every word's shard is where the reader looks for it.
    for (w, _) in idx.vocab.words() {
        let key = idx.vocab.shard_of(w);
        assert!(Shard::read(idx.shard_bytes(&key)).is_some(), "{w}");
    }
    assert_eq!(bundle_of("77").unwrap(), shards_after_file(""));
    assert_eq!(bundle_of("7761").unwrap(), shards_after_file("w"));
    assert_eq!(shards_after_file("w"), "data/directory/after/77.bin");
    let pack = shard_pack(&shard_key("王", 1)).unwrap();
    assert_eq!(bundle_of(&shard_key("王", 1)), Some(pack.clone()));
    assert_eq!(bundle_of(&shard_key("王小", 2)), Some(pack.clone()));
    assert_eq!(shards_after_file("王"), pack);
    // A bundle exists exactly where some longer word extends the parent; under two letters,
    // where the start is cut (its pieces).
    for parent in ["", "w", "王", "z", "q"] {
        let exists = idx.files.contains_key(&shards_after_file(parent));
        assert_eq!(exists, idx.vocab.extends(parent), "{parent:?}");
    }
    let mut cut = 0;
    for a in 'a'..='z' {
        for b in 'a'..='z' {
            let two = format!("{a}{b}");
            let pieces = idx.vocab.pieces(&two).unwrap_or_default();
            let file = shards_after_file(&two);
            assert_eq!(
                file,
                format!("data/directory/after/{}.bin", shard_key(&two, 2))
            );
            assert_eq!(idx.files.contains_key(&file), !pieces.is_empty(), "{two}");
            for p in pieces {
                let key = shard_key(p, 3);
                assert_eq!(idx.in_bundle(&file, &key), idx.shard_bytes(&key), "{p}");
            }
            cut += usize::from(!pieces.is_empty());
        }
    }
    let two_letter_bundles = (idx.files.keys())
        .filter_map(|f| {
            f.strip_prefix("data/directory/after/")?
                .strip_suffix(".bin")
        })
        .filter(|k| k.len() == 4 && *k != "root")
        .count();
    assert_eq!(two_letter_bundles, cut);
    // meta.json says which two-letter starts of a–z have a shard, and which have none.
    let mut with_shard = 0;
    for a in 'a'..='z' {
        for b in 'a'..='z' {
            let two = format!("{a}{b}");
            let key = shard_key(&two, 2);
            let exists = idx.files.contains_key(&shard_file(&key));
            assert_eq!(idx.meta.has_start(&two), Some(exists), "{two}");
            assert_eq!(exists, idx.vocab.shards_for_word(&two) == [key], "{two}");
            with_shard += usize::from(exists);
        }
    }
    assert!(with_shard > 20, "{with_shard}");
    cut
}

#[test]
fn a_query_needs_only_its_first_letters_parts_of_the_vocabulary() {
    let all = sample();
    let idx = Loaded::small(&all);
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
        for w in search::words(q) {
            assert_eq!(mine.shard_of(&w), idx.vocab.shard_of(&w), "{w}");
            assert_eq!(mine.has_pages(&w), idx.vocab.has_pages(&w), "{w}");
        }
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
