//! The fuzzer's entry: one file's text checked in memory (`make fuzz`).

use super::*;

/// One file's text checked as a record of `collection`, in memory, against the school of the
/// test fixture: what the fuzzer drives (`make fuzz`). Files it names do not exist, so file
/// checks report them missing; every other rule runs. Returns the problems.
#[doc(hidden)]
pub fn fuzz_record(collection: Collection, src: &str, render: &Render) -> Vec<crate::Problem> {
    const SITE: &str = include_str!("../../tests/fixtures/base/site.json");
    let mut loader = Loader::new(std::path::Path::new("/nonexistent-fuzz-content"));
    let mut v = Validator::new(render, &loader.dir);
    let file = |name: &str| format!("/nonexistent-fuzz-content/{name}");
    let site_src = if collection == Collection::Site {
        src
    } else {
        SITE
    };
    if let Some(site) = loader.parse::<SiteFile>(file("site.json"), site_src, Collection::Site) {
        v.site(&site);
    }
    let refs = Refs {
        unlisted: UnlistedNames::of(&["wang fang", "王芳"]),
        alumni: ["ada-lovelace", "wang-fang"].map(String::from).into(),
        timeline: ["founding"].map(String::from).into(),
        albums: ["reunion-1975"].map(String::from).into(),
        photos: Some(["reunion-1975/hall"].map(String::from).into()),
        listed: [("ada-lovelace".to_string(), "Ada Lovelace".to_string())].into(),
    };
    let name = file("record.json");
    match collection {
        Collection::Site => {}
        Collection::Alumni => {
            if let Some(p) = loader.parse::<AlumnusFile>(name, src, collection) {
                v.not_forgotten(std::slice::from_ref(&p));
                v.alumnus(&p);
            }
        }
        Collection::Timeline => {
            if let Some(p) = loader.parse::<TimelineFile>(name, src, collection) {
                v.timeline(&p, &refs, &HashMap::new());
            }
        }
        Collection::Gallery => {
            if let Some(p) = loader.parse::<AlbumFile>(name, src, collection) {
                v.album(&p, &refs);
            }
        }
        Collection::Events => {
            if let Some(p) = loader.parse::<EventFile>(name, src, collection) {
                v.event(&p, &refs);
            }
        }
        Collection::Careers => {
            if let Some(p) = loader.parse::<ResourceFile>(name, src, collection) {
                v.resource(&p, &refs);
            }
        }
        Collection::Opportunities => {
            if let Some(p) = loader.parse::<OpportunityFile>(name, src, collection) {
                v.opportunity(&p, &refs);
            }
        }
    }
    loader.problems.append(&mut v.problems);
    loader.problems
}
