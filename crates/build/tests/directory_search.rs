//! The directory's search over the sample content: one table of query → who must come first.

mod common;

use homecoming_core::search::find_alumni;

#[test]
fn queries_find_the_right_people_first() {
    let data = homecoming_check::check(&common::content_dir(), &homecoming_build::RENDER)
        .data
        .expect("sample content is valid");
    let people = &data.alumni;
    // (query, id that must be among the best matches, the former name shown when only that
    // matched). Sample names repeat (two Bjørn Østergaards), so "first" means the best tier.
    let table: &[(&str, &str, Option<&str>)] = &[
        ("bjorn ostergaard", "bjorn-ostergaard", None),
        ("Bjørn", "bjorn-ostergaard", None),
        ("lukasz walesa", "lukasz-walesa", None),
        ("strassmann", "jurgen-strassmann", None),
        ("obrien", "siobhan-obrien", None),
        ("o'brien siobhan", "siobhan-obrien", None),
        ("smith jones", "anna-smith-jones", None),
        ("smith-jones", "anna-smith-jones", None),
        ("helene dubois", "helene-dubois", None),
        ("munoz", "jose-munoz", None),
        ("王小明", "wang-xiaoming", None),
        ("wang xiaoming", "wang-xiaoming", None),
        ("wangxiaoming", "wang-xiaoming", None),
        ("wxm", "wang-xiaoming", None),
        ("ceng li", "zeng-li", None),  // 曾 read as ceng
        ("dan wei", "shan-wei", None), // 单 read as dan
        ("adeyemi", "margaret-okafor", Some("Margaret Adeyemi")),
        ("peggy okafor", "margaret-okafor", None),
        ("lindqvist", "robert-lindqvist", None),
        ("ostergard", "bjorn-ostergaard", None),  // one typo
        ("strasmann", "jurgen-strassmann", None), // one typo, eight letters
    ];
    let mut failures = Vec::new();
    for (query, want, former) in table {
        let found = find_alumni(people, query);
        let tier = common::best_tier(people, &found);
        if !tier.contains(&(*want, *former)) {
            failures.push(format!(
                "{query:?}: wanted {want} {former:?} among {tier:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_unlisted_person_cannot_be_found_by_any_name() {
    let data = homecoming_check::check(&common::content_dir(), &homecoming_build::RENDER)
        .data
        .unwrap();
    for query in [
        "ingrid",
        "vestergaard",
        "ingrid@example.com",
        "aarhus staff engineer",
    ] {
        let found = find_alumni(&data.alumni, query);
        assert!(
            found
                .iter()
                .all(|f| data.alumni[f.index].id != "ingrid-vestergaard"),
            "{query}"
        );
    }
}

#[test]
fn exact_prefix_and_typo_rank_in_that_order() {
    let data = homecoming_check::check(&common::content_dir(), &homecoming_build::RENDER)
        .data
        .unwrap();
    let found = find_alumni(&data.alumni, "okafor");
    let levels: Vec<_> = found
        .iter()
        .filter_map(|f| f.score.map(|s| s.level))
        .collect();
    let mut sorted = levels.clone();
    sorted.sort();
    assert_eq!(levels, sorted);
}
