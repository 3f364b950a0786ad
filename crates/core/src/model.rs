//! The domain types the site renders: what the build writes to `dist/data/*.json` and the app
//! reads back. They hold only public, validated, ready-to-show data: dates are already checked,
//! markdown is already HTML (sanitised at build time), time zones are already resolved to
//! instants, and an alumnus carries only the fields that person made public.
//!
//! Plain Rust with serde: no leptos, no web-sys, no chrono (the browser gets small data and a
//! small wasm). The raw shapes staff write live in `content` and are turned into these by `check`.

use crate::vocab::vocabulary;
use serde::{Deserialize, Serialize};

/// `content/site.json`: the school itself and the vocabularies the other collections refer to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub name: String,
    /// The site's public address, e.g. `https://alumni.example.edu/`, for share cards and
    /// calendar links; relative links are used without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub short_name: String,
    pub tagline: String,
    pub founded: i32,
    pub colors: Colors,
    /// Path under the site root, e.g. `media/site/logo.svg`.
    pub logo: String,
    pub colleges: Vec<College>,
    pub industries: Vec<Named>,
    pub chapters: Vec<Chapter>,
    pub contacts: Vec<Contact>,
    /// Whether search engines may index the pages that show alumni (`Route::shows_people`);
    /// when not, those pages say `noindex`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub search_engines_index_people: bool,
    /// Where the self-service forms send update requests.
    #[serde(default)]
    pub updates: Updates,
    /// The Chinese forms staff gave the site-level names (school, colleges, departments, majors,
    /// industries, chapters), keyed by the English name: cards and profiles carry the English
    /// name, and the interface looks it up here when it speaks Chinese.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub names_zh: std::collections::BTreeMap<String, String>,
}

impl Site {
    /// `name` (a school, college, department, major, industry or chapter name as the data
    /// carries it) in `lang`: its Chinese form when staff wrote one, else as written.
    pub fn name_in<'a>(&'a self, lang: crate::i18n::Lang, name: &'a str) -> &'a str {
        match lang {
            crate::i18n::Lang::En => name,
            crate::i18n::Lang::ZhHans => self.names_zh.get(name).map_or(name, String::as_str),
        }
    }
}

/// The channels an update request can go by: email always (the office's address), a form
/// endpoint that takes a POST, a repository whose new-issue page takes it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Updates {
    /// The office's address for requests; empty when the site has none (the request is then
    /// shown to copy).
    #[serde(default)]
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// `https://github.com/<owner>/<repo>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub github: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Colors {
    pub primary: String,
    pub accent: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct College {
    pub id: String,
    pub name: String,
    pub departments: Vec<Department>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Department {
    pub id: String,
    pub name: String,
    pub majors: Vec<Named>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chapter {
    pub id: String,
    pub name: String,
    pub kind: ChapterKind,
    /// For a regional chapter: the ISO country code it serves; for a college chapter: the
    /// college id; for an interest group: an id of its own (`rowing`).
    pub scope: String,
}

vocabulary! {
    /// A chapter serves a region (a country) or a college; a group gathers an interest.
    pub enum ChapterKind {
        Regional = "regional",
        College = "college",
        Interest = "interest",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub label: String,
    /// An `https:` or `mailto:` link.
    pub href: String,
}

/// Where a major sits in the hierarchy, resolved at build time so the app needs no lookups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Study {
    pub college: String,
    pub department: String,
    pub major: String,
    pub college_name: String,
    pub department_name: String,
    pub major_name: String,
}

/// An alumnus as the public may see them. Every `Option` is `None` when the person did not make
/// that field public. A person who is not listed has no `PublicAlumnus` at all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicAlumnus {
    pub id: String,
    pub name: String,
    /// The name in Latin letters when `name` is written in another script (pinyin for hanzi).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_latin: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// More ways to write the name, made at build time for search: pinyin of a name in hanzi
    /// (every reading of a character with several), with and without spaces, and initials.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub name_keys: Vec<String>,
    pub class_year: i32,
    pub degree: String,
    pub study: Study,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<Named>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chapters: Vec<Named>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor: Option<Mentoring>,
    /// How to reach this person, only when they chose one and made it public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactMethod>,
}

/// The world map the directory draws (`data/world.json`): country outlines as SVG path data
/// by ISO 3166-1 alpha-2 code, and a point for countries too small to outline at this scale.
/// Made at dev time from public-domain Natural Earth data (`scripts/map/`); the build copies it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorldMap {
    pub source: String,
    pub width: u32,
    pub height: u32,
    pub shapes: std::collections::BTreeMap<String, String>,
    pub dots: std::collections::BTreeMap<String, [f32; 2]>,
}

/// What a profile file holds (`routes::profile_file`): the profiles whose ids hash to it, by id.
pub type Profiles = std::collections::BTreeMap<String, Profile>;

/// A person's profile page: the person and some classmates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub person: PublicAlumnus,
    /// The person's number in directory order: their card chunk, and the file of their
    /// alumni-only details (`members::file_of`).
    pub number: u32,
    /// Up to six people of the same year and college, by their number in directory order:
    /// their cards are in the directory's card chunks (`index::chunk_file`). As cards, six
    /// classmates were more than half of every profile: 800 MB of a million alumni's site.
    pub classmates: Vec<u32>,
}

/// A person as a result card shows them (directory lists, class pages, classmates): a third
/// of the public profile, so a list of fifty parses quickly on a slow phone. The profile page
/// reads the whole `PublicAlumnus`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_latin: Option<String>,
    /// For "née …" when a former name is what matched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    pub class_year: i32,
    pub major: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The country's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The fields above that are alumni-only details, added in the browser once unlocked
    /// (`members::MembersOnly::reveal_card`); never in a file.
    #[serde(skip)]
    pub alumni_only: Vec<&'static str>,
}

impl From<&PublicAlumnus> for Card {
    fn from(p: &PublicAlumnus) -> Card {
        Card {
            id: p.id.clone(),
            name: p.name.clone(),
            name_latin: p.name_latin.clone(),
            former_names: p.former_names.clone(),
            class_year: p.class_year,
            major: p.study.major_name.clone(),
            job_title: p.job_title.clone(),
            employer: p.employer.clone(),
            city: p.city.clone(),
            country: p.country.as_ref().map(|c| c.name.clone()),
            alumni_only: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Country {
    pub code: String,
    pub name: String,
}

/// What a mentor offers. Published for listed people who opted in: the offer is made to be found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mentoring {
    /// Mentees at a time.
    pub capacity: u8,
    /// Skills and topics the mentor is glad to talk about.
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The industry the mentor worked in before their current one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_industry: Option<Named>,
}

/// A job or internship an alumnus shared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    pub id: String,
    pub title: String,
    pub kind: OpportunityKind,
    pub employer: String,
    pub location: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<Named>,
    pub summary: String,
    pub posted: String,
    /// The last day the posting is open, as written.
    pub expires: String,
    /// The posting closes when this instant passes: the end of `expires` everywhere on Earth
    /// (00:00 UTC on that date plus 36 hours).
    pub expires_utc_ms: i64,
    pub apply_url: String,
    /// The alumnus who shared it, when they are listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted_by: Option<PersonRef>,
}

vocabulary! {
    /// What an opportunity offers.
    pub enum OpportunityKind {
        Job = "job",
        Internship = "internship",
    }
}

impl Opportunity {
    /// Open at `now_ms` (milliseconds since the Unix epoch, by the reader's clock).
    pub fn is_open(&self, now_ms: i64) -> bool {
        now_ms < self.expires_utc_ms
    }
}

/// The one way a person agreed to be contacted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum ContactMethod {
    Email { address: String },
    Form { url: String },
    Linkedin { url: String },
}

/// A date that may be only a year, or a year and month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn decade(&self) -> i32 {
        self.year - self.year.rem_euclid(10)
    }
}

vocabulary! {
    /// The tags a timeline entry may carry, in the order filters show them.
    pub enum TimelineTag {
        Buildings = "buildings",
        Academics = "academics",
        Sports = "sports",
        StudentLife = "student-life",
        People = "people",
        Traditions = "traditions",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub id: String,
    pub date: PartialDate,
    pub title: String,
    /// Sanitised HTML rendered from the markdown story at build time.
    pub story_html: String,
    pub tags: Vec<TimelineTag>,
    /// Photos of this milestone, as `album-id/photo-id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<PhotoRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhotoRef {
    pub album: String,
    pub photo: String,
    pub src: String,
    pub alt: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Album {
    pub id: String,
    pub title: String,
    pub year: i32,
    pub place: String,
    pub description_html: String,
    /// Index into `photos` of the cover picture.
    pub cover: usize,
    pub photos: Vec<Photo>,
    /// "Then and now" pairs, as indexes into `photos`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<(usize, usize)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Photo {
    pub id: String,
    /// Path under the site root.
    pub src: String,
    pub width: u32,
    pub height: u32,
    /// Resized copies, smallest first, the original last; written by the build.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<ImageVariant>,
    /// A tiny inline preview (`data:` URL) shown while the image loads; written by the build.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    pub caption: String,
    pub year: i32,
    pub place: String,
    /// People in the photo who are listed in the directory; unlisted people are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageVariant {
    pub src: String,
    pub width: u32,
}

impl Photo {
    /// The `srcset` attribute: every variant with its width.
    pub fn srcset(&self) -> String {
        self.variants
            .iter()
            .map(|v| format!("{} {}w", v.src, v.width))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: String,
    pub name: String,
}

/// News an alumnus sent, for their profile and class page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassNote {
    pub id: String,
    pub author: PersonRef,
    pub class_year: i32,
    /// `2026-11-20`.
    pub date: String,
    pub text: String,
}

vocabulary! {
    /// What kind of gathering an event is.
    pub enum EventKind {
        Reunion = "reunion",
        AlumniWeekend = "alumni-weekend",
        CareerTalk = "career-talk",
        ChapterMeetup = "chapter-meetup",
        Online = "online",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub kind: EventKind,
    pub summary: String,
    pub description_html: String,
    /// Local wall-clock start as staff wrote it, `2026-06-05T18:00`, in `time_zone`.
    pub starts_local: String,
    pub ends_local: String,
    pub time_zone: String,
    /// The same instants in milliseconds since the Unix epoch, resolved at build time.
    pub starts_utc_ms: i64,
    pub ends_utc_ms: i64,
    pub all_day: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<Registration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organiser: Option<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapter: Option<Named>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub album: Option<String>,
    /// Calendar file and "add to calendar" links, written by the build.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<CalendarLinks>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalendarLinks {
    /// Path of the event's `.ics` file under the site root.
    pub ics: String,
    pub google: String,
    pub outlook: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Venue {
    pub name: String,
    pub address: String,
    pub city: String,
    pub country: Country,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Registration {
    pub url: String,
    /// Deadline in milliseconds since the Unix epoch (end of the stated local time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_utc_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_local: Option<String>,
}

vocabulary! {
    /// What a career resource is about.
    pub enum Category {
        JobSearch = "job-search",
        CvAndResume = "cv-and-resume",
        Interviews = "interviews",
        IndustryReports = "industry-reports",
        Entrepreneurship = "entrepreneurship",
        FurtherStudy = "further-study",
        Recruitment = "recruitment",
    }
}

vocabulary! {
    /// Where in a career a resource or a mentor's help fits.
    pub enum Stage {
        Student = "student",
        EarlyCareer = "early-career",
        MidCareer = "mid-career",
        Senior = "senior",
        CareerChange = "career-change",
    }
}

vocabulary! {
    /// What shape a career resource comes in.
    pub enum Format {
        Guide = "guide",
        Template = "template",
        Video = "video",
        Report = "report",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub id: String,
    pub title: String,
    pub category: Category,
    pub stages: Vec<Stage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<Named>,
    pub format: Format,
    pub summary: String,
    pub body_html: String,
    /// Author, linked only when their profile is public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Author>,
    pub published: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Download>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    /// Profile id when the author is a listed alumnus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alumnus: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Download {
    pub src: String,
    pub bytes: u64,
    pub mime: String,
}

/// Names of the data files the build writes under `data/`, one per collection, so that one
/// broken file degrades only its own section.
pub mod files {
    pub const SITE: &str = "site";
    /// Listed people who offer mentoring (the directory itself is `index`'s files).
    pub const MENTORS: &str = "mentors";
    pub const WORLD: &str = "world";
    pub const TIMELINE: &str = "timeline";
    pub const GALLERY: &str = "gallery";
    pub const EVENTS: &str = "events";
    pub const CAREERS: &str = "careers";
    pub const OPPORTUNITIES: &str = "opportunities";
    pub const NOTES: &str = "notes";
    pub const CHAPTERS: &str = "chapters";
    pub const GIVING: &str = "giving";
    pub const VOICE: &str = "voice";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn site_names_come_in_chinese_when_staff_wrote_them() {
        let site: Site = serde_json::from_str(
            r##"{"name":"Northbrook University","short_name":"Northbrook","tagline":"t",
                "founded":1898,"colors":{"primary":"#1f3a5f","accent":"#b5122b"},"logo":"l.svg",
                "colleges":[],"industries":[],"chapters":[],"contacts":[],
                "names_zh":{"Northbrook University":"诺斯布鲁克大学"}}"##,
        )
        .unwrap();
        assert_eq!(site.name_in(Lang::ZhHans, &site.name), "诺斯布鲁克大学");
        assert_eq!(site.name_in(Lang::En, &site.name), "Northbrook University");
        // Without a Chinese form the name stays as written.
        assert_eq!(site.name_in(Lang::ZhHans, "Physics"), "Physics");
    }
}
