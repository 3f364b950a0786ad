//! What the integration tests share: the sample content, checked and rendered as `build` does.

use homecoming_core::model::PublicAlumnus;
use std::path::PathBuf;

/// The repository's sample content folder.
pub fn content_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content"))
}

/// The sample's published alumni, with pinyin forms, as the build gets them.
#[allow(dead_code)]
pub fn sample() -> Vec<PublicAlumnus> {
    homecoming_check::check(&content_dir(), &homecoming_build::RENDER)
        .data
        .expect("sample content")
        .alumni
}
