//! Snapshot tests of the checker's messages: each folder under `tests/fixtures/check/` holds files
//! that replace files of the valid `tests/fixtures/base/` content, and `expected.txt`, the exact
//! lines the checker must print. Run with `UPDATE_SNAPSHOTS=1` to rewrite them after an intended
//! wording change, then read the diff.

mod common;

use common::{copy_tree, fixtures, PLAIN};
use homecoming_check::{check, content::Collection};
use std::fs;
use std::path::{Path, PathBuf};

/// The repository root: the sample content and the committed schemas live there.
fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// Runs the checker on base + case and returns its lines, with the temporary folder shown as
/// `content`.
fn check_case(case: &Path) -> String {
    let root = std::env::temp_dir().join(format!(
        "homecoming-check-{}-{}",
        std::process::id(),
        case.file_name().unwrap().to_string_lossy()
    ));
    let content = root.join("content");
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(&content).unwrap();
    copy_tree(&fixtures("base"), &content);
    copy_tree(case, &content);
    let report = check(&content, &PLAIN);
    let prefix = format!("{}/", root.display());
    let mut out = String::new();
    for p in &report.problems {
        out.push_str(&p.to_string().replace(&prefix, ""));
        out.push('\n');
    }
    fs::remove_dir_all(&root).unwrap();
    out
}

#[test]
fn checker_messages_match_their_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures("check"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "expected the fixture cases");
    let mut failures = Vec::new();
    for case in &cases {
        let actual = check_case(case);
        assert!(
            !actual.is_empty(),
            "{}: the checker found no problem",
            case.display()
        );
        let expected_path = case.join("expected.txt");
        if update {
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "── {} ──\nexpected:\n{expected}actual:\n{actual}",
                case.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "checker messages changed (UPDATE_SNAPSHOTS=1 to accept):\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_base_fixture_is_valid() {
    let report = check(&fixtures("base"), &PLAIN);
    let lines: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert!(lines.is_empty(), "{lines:#?}");
    let data = report.data.expect("data");
    // The unlisted person is published nowhere.
    assert_eq!(data.alumni.len(), 1);
    let everything = serde_json::to_string(&(&data.alumni, &data.albums, &data.resources)).unwrap();
    assert!(!everything.contains("wang-fang") && !everything.contains("王芳"));
}

#[test]
fn the_sample_content_is_valid_and_rich_enough() {
    let report = check(&repo("content"), &PLAIN);
    let lines: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
    assert!(lines.is_empty(), "{lines:#?}");
    let data = report.data.unwrap();
    assert!(
        data.alumni.len() >= 250,
        "listed alumni: {}",
        data.alumni.len()
    );
    let mut decades: Vec<i32> = data.alumni.iter().map(|a| a.class_year / 10).collect();
    decades.sort();
    decades.dedup();
    assert!(decades.len() >= 6, "decades: {decades:?}");
    let colleges: std::collections::HashSet<_> =
        data.alumni.iter().map(|a| &a.study.college).collect();
    assert!(colleges.len() >= 6);
    let countries: std::collections::HashSet<_> = data
        .alumni
        .iter()
        .filter_map(|a| a.country.as_ref().map(|c| &c.code))
        .collect();
    assert!(countries.len() >= 25, "countries: {}", countries.len());
    let industries: std::collections::HashSet<_> = data
        .alumni
        .iter()
        .filter_map(|a| a.industry.as_ref().map(|i| &i.id))
        .collect();
    assert!(industries.len() >= 20, "industries: {}", industries.len());
    for needle in ["ø", "ł", "ß", "é", "ñ", "王"] {
        assert!(
            data.alumni.iter().any(|a| a.name.contains(needle)),
            "no name with {needle}"
        );
    }
    assert!(data.alumni.iter().any(|a| !a.former_names.is_empty()));
    assert!(data.alumni.iter().any(|a| a.nickname.is_some()));
    assert!(data.timeline.len() >= 30);
    assert_eq!(data.albums.len(), 6);
    assert!(data.albums.iter().map(|a| a.photos.len()).sum::<usize>() >= 60);
    assert_eq!(data.events.len(), 12);
    assert!(data.resources.len() >= 40);
}

#[test]
fn committed_schemas_match_the_content_types() {
    for collection in Collection::ALL {
        let path = repo("schemas").join(collection.schema_file());
        let committed = fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed,
            collection.schema_text(),
            "{} differs from the types: run `make schemas` and commit it",
            path.display()
        );
    }
}
