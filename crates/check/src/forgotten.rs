//! `content/forgotten.json`: the people removed at their request (`homecoming forget`), by the
//! SHA-256 of their id, so their record cannot come back (an import, an old branch) while the
//! file itself names no one.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::Path;

pub const FORGOTTEN_FILE: &str = "forgotten.json";

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForgottenFile {
    pub forgotten: Vec<Tombstone>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    /// SHA-256 of the id, in lower-case hex.
    pub sha256: String,
    /// The day the person was removed.
    pub on: String,
}

pub fn id_hash(id: &str) -> String {
    Sha256::digest(id.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The hashes in `content/forgotten.json`, or what is wrong with the file. No file: none.
pub fn read(content: &Path) -> Result<HashSet<String>, String> {
    match std::fs::read_to_string(content.join(FORGOTTEN_FILE)) {
        Err(_) => Ok(HashSet::new()),
        Ok(text) => serde_json::from_str::<ForgottenFile>(&text)
            .map(|f| f.forgotten.into_iter().map(|t| t.sha256).collect())
            .map_err(|e| e.to_string()),
    }
}

/// Adds `id` (and `source:<office id>` when the record had one, so an import cannot bring the
/// person back under a new id) to `content/forgotten.json`, once each.
pub fn record(content: &Path, ids: &[String], today: &str) -> std::io::Result<()> {
    let path = content.join(FORGOTTEN_FILE);
    let mut file: ForgottenFile = match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(std::io::Error::other)?,
        Err(_) => ForgottenFile::default(),
    };
    for id in ids {
        let hash = id_hash(id);
        if !file.forgotten.iter().any(|t| t.sha256 == hash) {
            file.forgotten.push(Tombstone {
                sha256: hash,
                on: today.to_string(),
            });
        }
    }
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    std::fs::write(path, text)
}
