//! The raw shapes of chapters, giving back and alumni voice (`content/chapters/`,
//! `content/giving/`, `content/funds/`, `content/stories/`, `content/consultations/` and
//! `content/voice.json`).

use schemars::JsonSchema;
use serde::Deserialize;

/// A chapter's or group's page, in `content/chapters/<id>.json`. The chapter itself (its name,
/// kind and scope) is listed in `site.json`; this file says what it is and who leads it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChapterPageFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The chapter's id in `site.json`'s `chapters`; the file is named after it.
    pub id: String,
    /// A regional chapter's city, e.g. "London".
    #[serde(default)]
    pub city: Option<String>,
    /// The year the chapter was founded.
    #[serde(default)]
    pub founded: Option<i32>,
    /// What the chapter is and does, markdown.
    pub about: String,
    /// Its leaders. Only those who are listed and have "roles" in their public consent are
    /// shown; the others are left out of the site.
    #[serde(default)]
    pub leaders: Vec<RoleFile>,
    /// How to join: the chapter's own page or address (https: or mailto:). Without it the page
    /// offers the office's address.
    #[serde(default)]
    pub join: Option<String>,
}

/// Someone in a role.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleFile {
    /// Alumnus id.
    pub alumnus: String,
    /// "Chair", "Events lead".
    pub role: String,
}

/// One gift of time or funds, in `content/giving/<id>.json`, for the honour roll.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GiftFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    /// Alumnus id of the giver.
    pub alumnus: String,
    /// One of: mentor, speaker, chapter-leader, volunteer, intern-host, funds, scholarship.
    pub kind: String,
    /// The year it was given.
    pub year: i32,
    /// The giver's own choice: "name" (on the roll by name, and on their profile), "anonymous"
    /// (counted, never named) or "none" (not published at all).
    pub recognition: String,
    /// The giving band the person chose to show, e.g. "£1,000 – £4,999". Leave it out unless
    /// they asked for it to be shown.
    #[serde(default)]
    pub band: Option<String>,
    /// The amount, for the office's own records: never published. Refused when the content
    /// repository is public.
    #[serde(default)]
    pub amount: Option<f64>,
    /// What they did, in a few words: "Spoke at Careers Week". Shown only beside their name.
    #[serde(default)]
    pub note: Option<String>,
}

/// A named scholarship or fund, in `content/funds/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FundFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    pub name: String,
    /// "scholarship" or "fund".
    pub kind: String,
    /// The year it was established.
    pub established: i32,
    /// Alumnus id of its founder, when an alumnus founded it (shown only when listed).
    #[serde(default)]
    pub founder: Option<String>,
    /// The founder's name when they are not in the directory ("The Okafor family").
    #[serde(default)]
    pub founder_name: Option<String>,
    /// What it is for, markdown.
    pub description: String,
    /// What it did: students supported, projects paid for. Markdown.
    pub impact: String,
    /// Where to give to it (https:).
    #[serde(default)]
    pub give_url: Option<String>,
}

/// A story of giving back, in `content/stories/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    pub title: String,
    /// `2026-05-01`.
    pub date: String,
    /// Alumnus id of the person it is about, when they are listed.
    #[serde(default)]
    pub alumnus: Option<String>,
    /// One or two sentences for the list.
    pub summary: String,
    /// Markdown.
    pub body: String,
    /// A photo relative to `content/` (JPEG or PNG).
    #[serde(default)]
    pub photo: Option<String>,
    /// What the photo shows, for people who cannot see it. Required with a photo.
    #[serde(default)]
    pub photo_alt: Option<String>,
}

/// A question the university asks alumni, in `content/consultations/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsultationFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    pub title: String,
    /// The question itself, one sentence.
    pub question: String,
    /// Why it is asked, markdown.
    pub background: String,
    /// The day it opened, `2026-11-01`.
    pub opened: String,
    /// When responses close, local time: `2026-12-20T17:00`.
    pub closes: String,
    /// IANA time zone of `closes`, e.g. `Europe/London`.
    pub time_zone: String,
    /// Where to respond: a form (https:) or an address (mailto:).
    pub respond: String,
    /// Once closed: what alumni said, markdown.
    #[serde(default)]
    pub heard: Option<String>,
    /// Once closed: what the university did about it, markdown.
    #[serde(default)]
    pub did: Option<String>,
}

/// `content/voice.json`: the alumni advisory council, alumni representatives on university
/// bodies, and their minutes and reports. Optional: without it `/voice` shows consultations
/// only.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VoiceFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub council: CouncilFile,
    /// Alumni on the university's own bodies (its council, senate, court).
    #[serde(default)]
    pub representatives: Vec<SeatFile>,
    /// Minutes and reports.
    #[serde(default)]
    pub documents: Vec<DocumentFile>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CouncilFile {
    /// "Alumni Advisory Council", "Alumni Association Board".
    pub name: String,
    /// What it does and how members are chosen, markdown.
    pub about: String,
    pub members: Vec<SeatFile>,
}

/// A seat someone holds for a term. Shown only when the person is listed and has "roles" in
/// their public consent.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SeatFile {
    /// Alumnus id.
    pub alumnus: String,
    /// "Chair", "Member", "Alumni governor".
    pub role: String,
    /// For a representative: the body they sit on, "University Council".
    #[serde(default)]
    pub body: Option<String>,
    /// The first and last year of the term.
    pub from: i32,
    pub to: i32,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentFile {
    pub title: String,
    /// `2026-10-14`.
    pub date: String,
    /// The file relative to `content/` (PDF, office documents, text).
    pub file: String,
}
