//! What the checker's integration tests share: plain rendering and copies of the fixtures.
// Each test file uses its own part of this.
#![allow(dead_code)]

use homecoming_check::{Markdown, Render};
use std::fs;
use std::path::{Path, PathBuf};

/// The messages do not depend on how markdown is rendered or names are read in pinyin (that is
/// the build crate's work), so these tests render plainly.
pub const PLAIN: Render = Render {
    markdown: |text| Markdown {
        html: text.to_string(),
        images: Vec::new(),
    },
    name_keys: |_| Vec::new(),
};

/// This crate's own fixtures.
pub fn fixtures(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// Copies the folder `from` into `to`, leaving out snapshot files.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else if entry.file_name() != "expected.txt" {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The base fixture copied into a fresh folder named after `name`, changed by `change`, then
/// checked: the report and its lines with the folder shown as `content`.
pub fn check_changed_base(
    name: &str,
    change: impl FnOnce(&Path),
) -> (homecoming_check::Report, Vec<String>) {
    let root = std::env::temp_dir().join(format!("hc-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let content = root.join("content");
    copy_tree(&fixtures("base"), &content);
    change(&content);
    let report = homecoming_check::check(&content, &PLAIN);
    let prefix = format!("{}/", root.display());
    let lines = report
        .problems
        .iter()
        .map(|p| p.to_string().replace(&prefix, ""))
        .collect();
    fs::remove_dir_all(&root).unwrap();
    (report, lines)
}

/// Replaces the first `old` by `new` in a content file.
pub fn set(content: &Path, file: &str, old: &str, new: &str) {
    let path = content.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(old), "{file} has no {old}");
    fs::write(&path, text.replacen(old, new, 1)).unwrap();
}
