//! The three targets and the seeds they start from.

use crate::mutate::{self, Rng};
use homecoming_check::content::Collection;
use homecoming_check::Seg;
use homecoming_core::facets::{Dimension, Selection};
use homecoming_core::index::*;
use homecoming_core::model::PublicAlumnus;
use homecoming_core::routes::Route;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// Seeds for `check`: every file of the checker's base fixture and of its snapshot cases, and
/// a few of each collection from the sample, each with its collection.
pub struct CheckSeeds(Vec<(Collection, Vec<u8>)>);

impl CheckSeeds {
    pub fn load() -> CheckSeeds {
        let mut seeds = Vec::new();
        let mut add = |dir: &Path, per_folder: usize| {
            for c in Collection::ALL {
                if c == Collection::Site {
                    if let Ok(b) = std::fs::read(dir.join("site.json")) {
                        seeds.push((c, b));
                    }
                    continue;
                }
                let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(c.name()))
                    .into_iter()
                    .flatten()
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "json"))
                    .collect();
                files.sort();
                for f in files.into_iter().take(per_folder) {
                    seeds.push((c, std::fs::read(f).unwrap_or_default()));
                }
            }
        };
        add(&repo("crates/check/tests/fixtures/base"), usize::MAX);
        let cases = repo("crates/check/tests/fixtures/check");
        for case in std::fs::read_dir(&cases).into_iter().flatten().flatten() {
            add(&case.path(), usize::MAX);
        }
        add(&repo("content"), 6);
        assert!(seeds.len() > 40, "{} seeds", seeds.len());
        CheckSeeds(seeds)
    }

    /// A mutated seed, its collection in the first byte.
    pub fn input(&self, rng: &mut Rng) -> Vec<u8> {
        let (c, seed) = rng.pick(&self.0);
        let mut out = vec![Collection::ALL.iter().position(|x| x == c).unwrap_or(0) as u8];
        out.extend(mutate::mutate(seed, rng));
        out
    }
}

/// `check`: bytes → problems, every problem written out, and the locator asked about paths
/// that may or may not be in the text.
pub fn check(bytes: &[u8]) {
    let Some((&c, rest)) = bytes.split_first() else {
        return;
    };
    let collection = Collection::ALL[c as usize % Collection::ALL.len()];
    let text = String::from_utf8_lossy(rest);
    for p in homecoming_check::fuzz_record(collection, &text, &homecoming_build::RENDER) {
        std::hint::black_box(p.to_string());
    }
    for path in [
        vec![Seg::key("photos"), Seg::Index(0), Seg::key("file")],
        vec![Seg::key("consent"), Seg::key("public"), Seg::Index(2)],
        vec![Seg::key("name")],
        vec![Seg::Index(3)],
    ] {
        std::hint::black_box(homecoming_check::locate(&text, &path));
    }
}

/// The sample's directory index, written in memory as the build writes it, and read back.
pub struct Index {
    pub people: Vec<PublicAlumnus>,
    pub files: Vec<(String, Vec<u8>)>,
    pub by_name: HashMap<String, Vec<u8>>,
    pub meta: Meta,
    pub vocab: Vocab,
    pub cols: Columns,
}

impl Index {
    pub fn load() -> Index {
        let report = homecoming_check::check(&repo("content"), &homecoming_build::RENDER);
        let all = report.data.expect("the sample content checks").alumni;
        let people = homecoming_build::index::order(&all).into_owned();
        let files: Vec<(String, Vec<u8>)> = homecoming_build::index::write(&people);
        let by_name: HashMap<String, Vec<u8>> = files.iter().cloned().collect();
        let mut meta: Meta = serde_json::from_slice(&by_name[META_FILE]).expect("meta");
        for dim in APART {
            let values: Vec<homecoming_core::facets::Count> =
                serde_json::from_slice(&by_name[&dim_file(dim)]).expect("values");
            meta = meta.with_values(dim, &values);
        }
        let prefix = vocab_file("");
        let stem = &prefix[..prefix.len() - 4];
        let parts = files
            .iter()
            .filter_map(|(path, bytes)| {
                let part = path.strip_prefix(stem)?.strip_suffix(".bin")?;
                Some((part.to_string(), Arc::new(VocabPart::read(bytes)?)))
            })
            .collect();
        let cols = Columns::read(&by_name[COLS_FILE], &meta).expect("columns");
        Index {
            people,
            files,
            by_name,
            meta,
            vocab: Vocab { parts },
            cols,
        }
    }

    /// A mutated index file.
    pub fn input(&self, rng: &mut Rng) -> Vec<u8> {
        let (_, seed) = rng.pick(&self.files);
        mutate::mutate(seed, rng)
    }

    /// The shards a query reads, from their files or packs, as the app finds them.
    fn shards(&self, q: &str) -> Vec<Shard> {
        self.vocab
            .shards_for(q)
            .iter()
            .filter_map(|key| {
                let bytes = match shard_pack(key) {
                    Some(pack) => {
                        let data = self.by_name.get(&pack)?;
                        let at = bundle_ranges(data)?.get(key)?.clone();
                        data.get(at)?.to_vec()
                    }
                    None => self.by_name.get(&shard_file(key))?.clone(),
                };
                Shard::read(&bytes)
            })
            .collect()
    }
}

const QUERIES: [&str; 6] = ["wang", "a", "smith jones", "ø", "王", "zz"];

/// `index`: any bytes, read as every kind of index file; what reads is searched and counted.
pub fn index(ix: &Index, bytes: &[u8]) {
    let n = ix.meta.people;
    if let Some(part) = VocabPart::read(bytes) {
        let vocab = Vocab {
            parts: [(vocab_part('w'), Arc::new(part))].into(),
        };
        for q in QUERIES {
            std::hint::black_box((vocab.shards_for(q), vocab.top_for(q), vocab.suggest(q)));
            std::hint::black_box((vocab.next_letters(q), vocab.has_pages(q), vocab.extends(q)));
        }
    }
    if let Some(shard) = Shard::read(bytes) {
        for q in QUERIES {
            std::hint::black_box(search(n, &[&shard], q, None));
        }
    }
    if let Some(bits) = read_facet(bytes, n) {
        std::hint::black_box(bits.iter().count());
    }
    if let Some(ranges) = bundle_ranges(bytes) {
        for r in ranges.values() {
            std::hint::black_box(bytes.get(r.clone()));
        }
    }
    if let Some(cols) = Columns::read(bytes, &ix.meta) {
        let hits = search(n, &[], "", None);
        let chosen = vec![(0, vec![0, 1]), (1, vec![0])];
        std::hint::black_box(counts(&ix.meta, &cols, &hits, &chosen));
    }
    if let Ok(meta) = serde_json::from_slice::<Meta>(bytes) {
        // Its choices against the real columns (its own count of people is not used to size
        // anything: a broken meta.json saying 10^12 people is a broken file).
        let chosen: Selection = [(Dimension::Country, vec!["GB".to_string()])].into();
        let idx = chosen_indexes(&meta, &chosen);
        std::hint::black_box(counts(&ix.meta, &ix.cols, &[], &idx));
        std::hint::black_box(meta.needs_apart(&chosen));
    }
}

/// A random query string, after a byte that picks what is done with it.
pub fn query_input(_: &Index, rng: &mut Rng) -> Vec<u8> {
    let mut out = vec![rng.below(256) as u8];
    out.extend(mutate::text(rng).into_bytes());
    out
}

/// `query`: a string typed into the search box, or into the address (a route, facet values).
/// One use per run, picked by the first byte, so that the costly ones do not set the pace.
pub fn query(ix: &Index, bytes: &[u8]) {
    let Some((&op, rest)) = bytes.split_first() else {
        return;
    };
    let q = String::from_utf8_lossy(rest);
    let q = q.as_ref();
    match op % 8 {
        0 => {
            std::hint::black_box(homecoming_core::search::fold(q));
            std::hint::black_box(homecoming_core::search::words(q));
        }
        1 => {
            std::hint::black_box((prefix_word(q), vocab_parts_for(q), parent_of(q)));
            std::hint::black_box((ix.vocab.top_for(q), ix.vocab.suggest(q)));
            std::hint::black_box((ix.vocab.next_letters(q), ix.vocab.has_pages(q)));
        }
        2 | 3 => {
            let shards = ix.shards(q);
            let refs: Vec<&Shard> = shards.iter().collect();
            let hits = search(ix.people.len(), &refs, q, None);
            let within = Bits::all(ix.people.len());
            std::hint::black_box(search(ix.people.len(), &refs, q, Some(&within)));
            std::hint::black_box(hits);
        }
        4 => {
            // The names of the files a query asks for. (`search::find_alumni`, the in-memory
            // reference the index is tested against, is left out: no page runs it.)
            std::hint::black_box((shard_key(q, 2), shard_file(q), shard_pack(q), unhex(q)));
            std::hint::black_box((bundle_of(q), top_file(q), next_file(q), vocab_file(q)));
        }
        5 => {
            std::hint::black_box(Route::parse(q));
            std::hint::black_box(Route::parse(&format!("/{q}")));
            std::hint::black_box(Route::parse(&format!("/alumni/{q}")));
            std::hint::black_box(Route::parse(&format!("/class/{q}")));
        }
        _ => {
            // The same text as facet values of one dimension, as the address carries them.
            let dim = Dimension::ALL[rest.len() % Dimension::ALL.len()];
            let chosen: Selection = [(dim, q.split(',').map(str::to_string).collect())].into();
            let idx = chosen_indexes(&ix.meta, &chosen);
            let hits = search(ix.people.len(), &[], "", None);
            std::hint::black_box(counts(&ix.meta, &ix.cols, &hits, &idx));
            std::hint::black_box(ix.meta.needs_apart(&chosen));
            std::hint::black_box(facet_home(dim, q));
        }
    }
}
