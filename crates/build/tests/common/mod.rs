//! What the integration tests share: the sample content, checked and rendered as `build` does.
// Each test file uses its own part of this.
#![allow(dead_code)]

use homecoming_build::index::{order, write, write_with, Layout};
use homecoming_core::index::*;
use homecoming_core::model::PublicAlumnus;
use std::collections::HashMap;
use std::path::PathBuf;

/// The repository's sample content folder.
pub fn content_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content"))
}

/// The people of `found`'s best score (id, and the former name shown when only that matched):
/// names repeat, so "first" means the best tier.
pub fn best_tier<'a>(
    people: &'a [PublicAlumnus],
    found: &'a [homecoming_core::search::Found],
) -> Vec<(&'a str, Option<&'a str>)> {
    let best = found.first().and_then(|f| f.score);
    found
        .iter()
        .take_while(|f| f.score == best)
        .map(|f| (people[f.index].id.as_str(), f.former.as_deref()))
        .collect()
}

/// The sample's published alumni, with pinyin forms, as the build gets them.
pub fn sample() -> Vec<PublicAlumnus> {
    homecoming_check::check(&content_dir(), &homecoming_build::RENDER)
        .data
        .expect("sample content")
        .alumni
}

/// The index as the browser would see it: the files, read back.
pub struct Loaded {
    pub people: Vec<PublicAlumnus>,
    pub files: HashMap<String, Vec<u8>>,
    pub meta: Meta,
    pub vocab: Vocab,
}

/// Small cuts, so the sample has cut starts, pieces and first pages of every kind.
pub const SMALL: Layout = Layout {
    cut_bytes: 200,
    pages_from: 8,
};

impl Loaded {
    pub fn new(all: &[PublicAlumnus]) -> Loaded {
        Loaded::with(all, None)
    }
    pub fn small(all: &[PublicAlumnus]) -> Loaded {
        Loaded::with(all, Some(SMALL))
    }
    pub fn with(all: &[PublicAlumnus], layout: Option<Layout>) -> Loaded {
        let people = order(all).into_owned();
        let files = match layout {
            Some(layout) => write_with(&people, layout),
            None => write(&people),
        };
        let files: HashMap<String, Vec<u8>> = files.into_iter().collect();
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
    pub fn search(&self, q: &str) -> Vec<Hit> {
        self.search_in(q, None)
    }
    pub fn search_in(&self, q: &str, within: Option<&Bits>) -> Vec<Hit> {
        let shards: Vec<Shard> = self
            .vocab
            .shards_for(q)
            .iter()
            .map(|k| Shard::read(self.shard_bytes(k)).unwrap())
            .collect();
        let refs: Vec<&Shard> = shards.iter().collect();
        search(self.people.len(), &refs, q, within)
    }
    /// A shard's bytes, from its own file or from its pack.
    pub fn shard_bytes(&self, key: &str) -> &[u8] {
        match shard_pack(key) {
            Some(pack) => {
                assert!(!self.files.contains_key(&shard_file(key)), "{key} twice");
                self.in_bundle(&pack, key)
            }
            None => &self.files[&shard_file(key)],
        }
    }
    pub fn in_bundle(&self, bundle: &str, key: &str) -> &[u8] {
        let data = &self.files[bundle];
        let at = bundle_ranges(data).expect(bundle);
        &data[at
            .get(key)
            .unwrap_or_else(|| panic!("{key} in {bundle}"))
            .clone()]
    }
    /// The people with value `v` of dimension `d`.
    pub fn facet(&self, d: usize, v: usize) -> Option<Bits> {
        let dim = &self.meta.dims[d];
        let bytes = match facet_home(dim.name, &dim.values[v].id) {
            (file, Some(key)) => self.in_bundle(&file, &key),
            (file, None) => &self.files[&file],
        };
        read_facet(bytes, self.meta.people)
    }
}
