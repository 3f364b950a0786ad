//! The raw shapes staff write under `content/`, exactly as serde reads them.
//!
//! Unknown fields are rejected so that typos are caught; dates, time zones, links and references
//! are plain strings here and are validated by `check` with messages written for people. The JSON
//! Schemas in `schemas/` are generated from these types (`homecoming schema`), so editors can
//! complete fields and flag mistakes while staff type.

mod community;
pub use community::*;

use schemars::JsonSchema;
use serde::Deserialize;

/// `content/site.json`: the school, its colours and logo, the college → department → major
/// hierarchy, industries, chapters and contact addresses.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The school's full name, shown in the header and page titles.
    pub name: String,
    /// The name in Simplified Chinese, shown when the reader chose 简体中文; without it the
    /// name above is shown as written.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// The site's public address, e.g. `https://alumni.example.edu/` (used in share cards and
    /// calendar files).
    #[serde(default)]
    pub url: Option<String>,
    /// A short name for small screens.
    pub short_name: String,
    /// The short name in Simplified Chinese.
    #[serde(default)]
    pub short_name_zh: Option<String>,
    /// One line under the name on the home page.
    pub tagline: String,
    /// The year the school was founded.
    pub founded: i32,
    pub colors: ColorsFile,
    /// The logo image, relative to `content/` (SVG or PNG).
    pub logo: String,
    pub colleges: Vec<CollegeFile>,
    /// Industries alumni work in; alumni and resources refer to these ids.
    pub industries: Vec<NamedFile>,
    /// Regional and college chapters.
    pub chapters: Vec<ChapterFile>,
    /// Contact links for the alumni office (https: or mailto:).
    pub contacts: Vec<ContactFile>,
    /// Whether search engines may index the pages that show alumni (the directory, profiles,
    /// class pages, mentors). Off unless set to true: being listed on the alumni site is not
    /// consenting to be found by a search engine.
    #[serde(default)]
    pub search_engines_index_people: bool,
    /// Who can read the content repository: "public" (the default) or "private". Everything
    /// committed to a public repository is public, whatever the site shows, so with "public"
    /// the checker refuses any alumni field the person's consent does not publish, and any
    /// unlisted person's record beyond its id.
    #[serde(default)]
    pub repository: Repository,
    /// Where the self-service forms ("Update your details", "Join the directory", "Remove me")
    /// send update requests. Email is always offered: `email`, or else the first `mailto:`
    /// contact.
    #[serde(default)]
    pub updates: Option<UpdatesFile>,
}

/// Channels for update requests.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdatesFile {
    /// The office's address for requests.
    #[serde(default)]
    pub email: Option<String>,
    /// A form service that accepts a POST of the request as JSON (Netlify Forms, Formspree,
    /// the office's own), `https://…`.
    #[serde(default)]
    pub endpoint: Option<String>,
    /// A GitHub repository, `https://github.com/<owner>/<repo>`: requests open a prefilled
    /// new issue there.
    #[serde(default)]
    pub github: Option<String>,
}

/// Who can read the content repository.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Repository {
    #[default]
    Public,
    Private,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ColorsFile {
    /// The main brand colour, `#rrggbb`. Text on it is white, so it must be dark enough.
    pub primary: String,
    /// A second colour for highlights, `#rrggbb`.
    pub accent: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedFile {
    /// Stable identifier: lowercase letters, digits and hyphens.
    pub id: String,
    pub name: String,
    /// The name in Simplified Chinese, shown when the reader chose 简体中文; without it the
    /// name above is shown as written.
    #[serde(default)]
    pub name_zh: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CollegeFile {
    pub id: String,
    pub name: String,
    /// The name in Simplified Chinese, shown when the reader chose 简体中文; without it the
    /// name above is shown as written.
    #[serde(default)]
    pub name_zh: Option<String>,
    pub departments: Vec<DepartmentFile>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepartmentFile {
    pub id: String,
    pub name: String,
    /// The name in Simplified Chinese, shown when the reader chose 简体中文; without it the
    /// name above is shown as written.
    #[serde(default)]
    pub name_zh: Option<String>,
    pub majors: Vec<NamedFile>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChapterFile {
    pub id: String,
    pub name: String,
    /// The name in Simplified Chinese, shown when the reader chose 简体中文; without it the
    /// name above is shown as written.
    #[serde(default)]
    pub name_zh: Option<String>,
    pub kind: ChapterKindFile,
    /// For a regional chapter the ISO 3166 country code it serves; for a college chapter the
    /// college id; for an interest group an id of its own, like `rowing`.
    pub scope: String,
}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "ChapterKind")]
pub enum ChapterKindFile {
    Regional,
    College,
    Interest,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactFile {
    pub label: String,
    /// An `https://` or `mailto:` link.
    pub href: String,
}

/// One alumnus, in `content/alumni/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlumnusFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Stable identifier: lowercase letters, digits and hyphens, unique among alumni.
    pub id: String,
    /// The name as the person writes it, in any script. Required, except in the record of an
    /// unlisted person in a public repository, which holds only its id.
    #[serde(default)]
    pub name: String,
    /// The name in Latin letters when `name` is in another script (pinyin for hanzi).
    #[serde(default)]
    pub name_latin: Option<String>,
    /// Earlier names, such as a maiden name, so classmates can still find the person.
    #[serde(default)]
    pub former_names: Vec<String>,
    /// What friends call the person.
    #[serde(default)]
    pub nickname: Option<String>,
    /// Graduation year. Required (as is `degree` and `major`), except where `name` is not.
    #[serde(default)]
    pub class_year: i32,
    /// Degree, e.g. `BA`, `BSc`, `MSc`, `PhD`.
    #[serde(default)]
    pub degree: String,
    /// Major id from `site.json` (it implies the department and college).
    #[serde(default)]
    pub major: String,
    #[serde(default)]
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 country code, e.g. `DE`.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub employer: Option<String>,
    #[serde(default)]
    pub job_title: Option<String>,
    /// Industry id from `site.json`.
    #[serde(default)]
    pub industry: Option<String>,
    /// A short biography (plain text, at most 500 characters).
    #[serde(default)]
    pub bio: Option<String>,
    /// Portrait image, relative to `content/`.
    #[serde(default)]
    pub photo: Option<String>,
    /// Chapter ids from `site.json`.
    #[serde(default)]
    pub chapters: Vec<String>,
    #[serde(default)]
    pub mentor: Option<MentorFile>,
    /// How the person agrees to be contacted.
    #[serde(default)]
    pub contact: Option<ContactMethodFile>,
    pub consent: ConsentFile,
    /// The alumni office's own stable id for the person (from its database or CRM), by which
    /// `homecoming import` recognises the record. Never published.
    #[serde(default)]
    pub source_id: Option<String>,
    /// The day the person last confirmed the record (`homecoming apply` stamps it). Never
    /// published; `homecoming report` lists records not confirmed for years.
    #[serde(default)]
    pub confirmed: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MentorFile {
    /// Mentees the person can take at a time (1 to 10).
    pub capacity: u8,
    /// Skills and topics the person is happy to talk about.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Languages the person mentors in, e.g. "English", "Mandarin".
    #[serde(default)]
    pub languages: Vec<String>,
    /// Industry id (from `site.json`) the person worked in before the current one.
    #[serde(default)]
    pub previous_industry: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, tag = "method", rename_all = "snake_case")]
pub enum ContactMethodFile {
    Email { address: String },
    Form { url: String },
    Linkedin { url: String },
}

/// What the person agreed to show, and to whom. Nothing is shown unless it is named here.
#[derive(Clone, Debug, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentFile {
    /// Whether the person appears on the site at all. When false, nothing about them is published.
    pub listed: bool,
    /// Fields shown to the public besides name, class year, degree and major.
    #[serde(default)]
    pub public: Vec<String>,
    /// Fields shown only to alumni who unlock the site's alumni-only details with the office's
    /// passphrase: published encrypted, never in plain text. Any of name_latin, former_names,
    /// nickname, city, country, employer, job_title, industry, bio, chapters, contact. A field
    /// in neither list is private.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alumni: Vec<String>,
}

impl AlumnusFile {
    /// Whether the record holds the consent-governed field `field` (`CONSENT_FIELDS`).
    pub fn holds(&self, field: &str) -> bool {
        match field {
            "name_latin" => self.name_latin.is_some(),
            "former_names" => !self.former_names.is_empty(),
            "nickname" => self.nickname.is_some(),
            "city" => self.city.is_some(),
            "country" => self.country.is_some(),
            "employer" => self.employer.is_some(),
            "job_title" => self.job_title.is_some(),
            "industry" => self.industry.is_some(),
            "bio" => self.bio.is_some(),
            "photo" => self.photo.is_some(),
            "chapters" => !self.chapters.is_empty(),
            "contact" => self.contact.is_some(),
            "mentoring" => self.mentor.is_some(),
            _ => false,
        }
    }
}

/// Alumnus fields that consent can make public. Name, class year, degree and major are public
/// whenever the person is listed.
pub const CONSENT_FIELDS: [&str; 14] = [
    "name_latin",
    "former_names",
    "nickname",
    "city",
    "country",
    "employer",
    "job_title",
    "industry",
    "bio",
    "photo",
    "chapters",
    "contact",
    // The mentoring offer (topics, languages, capacity). Its previous industry is shown only
    // when "industry" is public too, and a topic that repeats a private job title or
    // employer is left out.
    "mentoring",
    // Being named in a role: chapter leader, council member, alumni representative. The
    // roles themselves are in `content/chapters/` and `content/voice.json`.
    "roles",
];

/// One campus milestone, in `content/timeline/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    /// `1968`, `1968-09` or `1968-09-21`.
    pub date: String,
    pub title: String,
    /// The story in Markdown. Raw HTML is removed.
    pub story: String,
    /// Any of: buildings, academics, sports, student-life, people, traditions.
    pub tags: Vec<String>,
    /// Photos as `album-id/photo-id`.
    #[serde(default)]
    pub photos: Vec<String>,
}

/// One album with its photos, in `content/gallery/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlbumFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    pub title: String,
    pub year: i32,
    pub place: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// Id of the photo shown on the album's card.
    pub cover: String,
    pub photos: Vec<PhotoFile>,
    /// "Then and now": pairs of photos of the same place, shown with a comparison slider.
    #[serde(default)]
    pub pairs: Vec<PairFile>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PairFile {
    /// Id of the older photo in this album.
    pub then: String,
    /// Id of the newer photo of the same place.
    pub now: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PhotoFile {
    /// Unique within the album.
    pub id: String,
    /// Image file relative to `content/` (JPEG or PNG).
    pub file: String,
    /// Describes the picture for people who cannot see it.
    pub caption: String,
    pub year: i32,
    pub place: String,
    /// Alumni ids of people in the photo.
    #[serde(default)]
    pub people: Vec<String>,
    /// Timeline entry id this photo belongs to.
    #[serde(default)]
    pub timeline: Option<String>,
}

/// One event, in `content/events/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    pub title: String,
    pub kind: EventKindFile,
    /// One or two sentences for lists and share cards.
    pub summary: String,
    /// Markdown.
    pub description: String,
    /// Local start, `2026-06-05T18:00`, in `time_zone` (for an all-day event: `2026-06-05`).
    pub starts_at: String,
    /// Local end, same form as `starts_at`.
    pub ends_at: String,
    /// IANA time zone, e.g. `Europe/London`.
    pub time_zone: String,
    #[serde(default)]
    pub all_day: bool,
    #[serde(default)]
    pub venue: Option<VenueFile>,
    /// Join link for online events.
    #[serde(default)]
    pub online_url: Option<String>,
    #[serde(default)]
    pub registration: Option<RegistrationFile>,
    #[serde(default)]
    pub organiser: Option<ContactFile>,
    /// The class this event is for (reunions).
    #[serde(default)]
    pub class_year: Option<i32>,
    /// Chapter id from `site.json`.
    #[serde(default)]
    pub chapter: Option<String>,
    /// Album id of photos from this event.
    #[serde(default)]
    pub album: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EventKindFile {
    Reunion,
    AlumniWeekend,
    CareerTalk,
    ChapterMeetup,
    Online,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VenueFile {
    pub name: String,
    pub address: String,
    pub city: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrationFile {
    pub url: String,
    /// Local date-time in the event's time zone after which registration closes.
    #[serde(default)]
    pub deadline: Option<String>,
}

/// One career resource, in `content/careers/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResourceFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    pub title: String,
    /// One of: job-search, cv-and-resume, interviews, industry-reports, entrepreneurship,
    /// further-study, recruitment.
    pub category: String,
    /// Any of: student, early-career, mid-career, senior, career-change.
    pub stages: Vec<String>,
    /// Industry id from `site.json`.
    #[serde(default)]
    pub industry: Option<String>,
    /// One of: guide, template, video, report.
    pub format: String,
    pub summary: String,
    /// Markdown.
    pub body: String,
    /// Alumnus id of the author, when an alumnus wrote it.
    #[serde(default)]
    pub author: Option<String>,
    /// Author name when the author is not in the directory.
    #[serde(default)]
    pub author_name: Option<String>,
    /// `2026-03-01`.
    pub published: String,
    #[serde(default)]
    pub updated: Option<String>,
    /// Link to the resource elsewhere (https:).
    #[serde(default)]
    pub url: Option<String>,
    /// Downloadable file relative to `content/`.
    #[serde(default)]
    pub file: Option<String>,
}

/// One job or internship, in `content/opportunities/<id>.json`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpportunityFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    pub title: String,
    /// `job` or `internship`.
    pub kind: String,
    pub employer: String,
    /// City and country, or "Remote".
    pub location: String,
    /// Industry id from `site.json`.
    #[serde(default)]
    pub industry: Option<String>,
    /// One or two sentences.
    pub summary: String,
    /// `2026-11-01`.
    pub posted: String,
    /// The last day applications are open, `2026-12-15`.
    pub expires: String,
    /// Where to apply (https:).
    pub apply_url: String,
    /// Alumnus id of the person who shared it.
    #[serde(default)]
    pub posted_by: Option<String>,
}

/// A class note, in `content/notes/<id>.json`: news an alumnus sent (a new job, a book, a
/// wedding, a reunion), shown on their profile and their class page, newest first.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteFile {
    /// Path of the JSON Schema that lets editors check this file while you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub id: String,
    /// The alumnus who sent it (a listed person: a note is signed).
    pub alumnus: String,
    /// The day it was sent, `2026-11-20`.
    pub date: String,
    /// The note, plain text, at most 500 characters.
    pub text: String,
}

/// A collection of records, each in its own file under `content/<dir>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Collection {
    Site,
    Alumni,
    Timeline,
    Gallery,
    Events,
    Careers,
    Opportunities,
    Notes,
    Chapters,
    Giving,
    Funds,
    Stories,
    Consultations,
    Voice,
}

impl Collection {
    pub const ALL: [Collection; 14] = [
        Collection::Site,
        Collection::Alumni,
        Collection::Timeline,
        Collection::Gallery,
        Collection::Events,
        Collection::Careers,
        Collection::Opportunities,
        Collection::Notes,
        Collection::Chapters,
        Collection::Giving,
        Collection::Funds,
        Collection::Stories,
        Collection::Consultations,
        Collection::Voice,
    ];

    /// The name used in messages, folders and data files.
    pub fn name(self) -> &'static str {
        match self {
            Collection::Site => "site",
            Collection::Alumni => "alumni",
            Collection::Timeline => "timeline",
            Collection::Gallery => "gallery",
            Collection::Events => "events",
            Collection::Careers => "careers",
            Collection::Opportunities => "opportunities",
            Collection::Notes => "notes",
            Collection::Chapters => "chapters",
            Collection::Giving => "giving",
            Collection::Funds => "funds",
            Collection::Stories => "stories",
            Collection::Consultations => "consultations",
            Collection::Voice => "voice",
        }
    }

    /// The schema file name under `schemas/`.
    pub fn schema_file(self) -> &'static str {
        match self {
            Collection::Site => "site.schema.json",
            Collection::Alumni => "alumnus.schema.json",
            Collection::Timeline => "timeline-entry.schema.json",
            Collection::Gallery => "album.schema.json",
            Collection::Events => "event.schema.json",
            Collection::Careers => "resource.schema.json",
            Collection::Opportunities => "opportunity.schema.json",
            Collection::Notes => "class-note.schema.json",
            Collection::Chapters => "chapter.schema.json",
            Collection::Giving => "gift.schema.json",
            Collection::Funds => "fund.schema.json",
            Collection::Stories => "story.schema.json",
            Collection::Consultations => "consultation.schema.json",
            Collection::Voice => "voice.schema.json",
        }
    }

    pub fn schema(self) -> schemars::Schema {
        match self {
            Collection::Site => schemars::schema_for!(SiteFile),
            Collection::Alumni => schemars::schema_for!(AlumnusFile),
            Collection::Timeline => schemars::schema_for!(TimelineFile),
            Collection::Gallery => schemars::schema_for!(AlbumFile),
            Collection::Events => schemars::schema_for!(EventFile),
            Collection::Careers => schemars::schema_for!(ResourceFile),
            Collection::Notes => schemars::schema_for!(NoteFile),
            Collection::Opportunities => schemars::schema_for!(OpportunityFile),
            Collection::Chapters => schemars::schema_for!(ChapterPageFile),
            Collection::Giving => schemars::schema_for!(GiftFile),
            Collection::Funds => schemars::schema_for!(FundFile),
            Collection::Stories => schemars::schema_for!(StoryFile),
            Collection::Consultations => schemars::schema_for!(ConsultationFile),
            Collection::Voice => schemars::schema_for!(VoiceFile),
        }
    }

    /// The JSON Schema as committed under `schemas/`.
    pub fn schema_text(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema()).expect("schemas serialise");
        text.push('\n');
        text
    }
}
