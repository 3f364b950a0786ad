//! The generator's tables are data, not code: `crates/sample/data/*.json`, read once when first
//! used. Their strings are borrowed from the embedded files, so the generator's code reads them
//! as `&'static str`.

use serde::Deserialize;
use std::sync::LazyLock;

/// A country's people: cities, given and family names in that country's own spelling.
#[derive(Deserialize)]
pub struct Culture {
    pub country: &'static str,
    pub cities: Vec<&'static str>,
    pub given: Vec<&'static str>,
    pub family: Vec<&'static str>,
}

/// Id and name.
pub type Pair = (&'static str, &'static str);
/// Department id, name and majors.
pub type Dept = (&'static str, &'static str, Vec<Pair>);
/// College id, name and departments.
pub type College = (&'static str, &'static str, Vec<Dept>);
/// Industry id, name, employers, job titles.
pub type Industry = (
    &'static str,
    &'static str,
    Vec<&'static str>,
    Vec<&'static str>,
);
/// Chapter id, name, kind (`regional` or `college`) and scope (a country or a college id).
pub type Chapter = (&'static str, &'static str, &'static str, &'static str);
/// Timeline entry id, date, title, story and tags.
pub type Milestone = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Vec<&'static str>,
);
/// Album id, title, year, place, description, and photo ids with captions.
pub type AlbumSpec = (
    &'static str,
    &'static str,
    i32,
    &'static str,
    &'static str,
    Vec<Pair>,
);

/// A job or internship: id, title, kind, employer, location, industry, posted, expires, shared by.
pub type Posting = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn read<T: Deserialize<'static>>(name: &str, json: &'static str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("crates/sample/data/{name}.json: {e}"))
}

macro_rules! table {
    ($(#[$doc:meta])* $name:ident: $ty:ty = $file:literal) => {
        $(#[$doc])*
        pub static $name: LazyLock<$ty> =
            LazyLock::new(|| read($file, include_str!(concat!("../data/", $file, ".json"))));
    };
}

table!(CULTURES: Vec<Culture> = "cultures");
table!(
    /// Chinese family names in hanzi with their pinyin. 曾 and 单 have several readings.
    HAN_FAMILY: Vec<Pair> = "han_family"
);
table!(
    /// Chinese given names in hanzi with their pinyin. 乐 has several readings.
    HAN_GIVEN: Vec<Pair> = "han_given"
);
table!(CN_CITIES: Vec<&'static str> = "cn_cities");
table!(COLLEGES: Vec<College> = "colleges");
table!(INDUSTRIES: Vec<Industry> = "industries");
table!(CHAPTERS: Vec<Chapter> = "chapters");
table!(
    /// The Chinese forms of the site-level names (school, studies, industries, chapters),
    /// keyed by the English name.
    NAMES_ZH: std::collections::BTreeMap<&'static str, &'static str> = "names_zh"
);
table!(TIMELINE: Vec<Milestone> = "timeline");
table!(ALBUMS: Vec<AlbumSpec> = "albums");
table!(POSTINGS: Vec<Posting> = "postings");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_reads() {
        assert!(CULTURES.len() >= 25);
        assert!(!HAN_FAMILY.is_empty() && !HAN_GIVEN.is_empty() && !CN_CITIES.is_empty());
        assert!(COLLEGES.len() >= 6);
        assert!(INDUSTRIES.len() >= 20);
        assert!(!CHAPTERS.is_empty());
        assert!(TIMELINE.len() >= 30);
        assert_eq!(ALBUMS.len(), 6);
    }
}
