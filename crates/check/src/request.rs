//! The update request an alumnus sends from the site's self-service forms ("Is this you?
//! Update your details", "Join the directory", "Remove me"), and `homecoming apply` reads. Its
//! JSON Schema is `schemas/update-request.schema.json`.

use crate::content::ConsentFile;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the person asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum RequestKind {
    /// Change the person's own record.
    Update,
    /// Add a record for an alumnus not yet in the directory.
    Join,
    /// Remove the person's record (carried out as `homecoming forget`).
    Remove,
    /// A class note from the person (`note`), for their profile and class page.
    Note,
}

/// One update request.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: RequestKind,
    /// The record's id, for `update` and `remove` (the profile's address ends with it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The day the request was made, `2026-12-01`.
    pub date: String,
    /// Where the office can reach the person to verify the request (an email address). It
    /// must be the address on the record, or the office verifies by hand (`--verified`).
    pub contact: String,
    /// The fields to change: a field and its new value, or `null` to remove it. Fields:
    /// name, name_latin, former_names, nickname, class_year, degree, major, city, country,
    /// employer, job_title, industry, bio, chapters, contact, mentor.
    #[serde(default)]
    pub changes: BTreeMap<String, serde_json::Value>,
    /// What the person agrees to show, when they chose it (for `join`, required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentFile>,
    /// For `note`: the class note, plain text, at most 500 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A message to the office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Fields a request may change.
pub const CHANGEABLE: [&str; 16] = [
    "name",
    "name_latin",
    "former_names",
    "nickname",
    "class_year",
    "degree",
    "major",
    "city",
    "country",
    "employer",
    "job_title",
    "industry",
    "bio",
    "chapters",
    "contact",
    "mentor",
];

pub const SCHEMA_FILE: &str = "update-request.schema.json";

pub fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(RequestFile))
        .expect("schemas serialise");
    text.push('\n');
    text
}
