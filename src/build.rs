//! todo
use crate::check::SiteData;
use crate::content::Collection;
use std::path::Path;
pub fn build(_d: &SiteData, _c: &Path, _dist: &Path, _base: &str) -> std::io::Result<()> { Ok(()) }
pub fn schema_text(c: Collection) -> String { serde_json::to_string_pretty(&c.schema()).unwrap() + "\n" }
