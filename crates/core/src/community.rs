//! What holds alumni together besides finding each other: chapters and groups
//! (`data/chapters.json`), giving back (`data/giving.json`) and alumni voice
//! (`data/voice.json`). Like `model`, only public, checked, ready-to-show data: a person appears
//! here only by their own choice (listed, and `"roles"` in their consent, or a gift's
//! recognition), and never with an amount.

use crate::model::{ChapterKind, ContactMethod, Country, Download, Named, PersonRef};
use crate::vocab::vocabulary;
use serde::{Deserialize, Serialize};

/// A chapter or group with its page: `site.json` names it, `content/chapters/<id>.json` (when
/// there is one) describes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChapterPage {
    pub id: String,
    pub name: String,
    pub kind: ChapterKind,
    /// A regional chapter's country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// A regional chapter's city, as staff wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// A college chapter's college.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub college: Option<Named>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<i32>,
    /// What the chapter is and does, sanitised HTML; empty when it has no page yet.
    #[serde(default)]
    pub about_html: String,
    /// Leaders who are listed and agreed to be named in roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leaders: Vec<Leader>,
    /// Listed alumni who belong to it (and made their chapters public).
    pub members: usize,
    /// How to join: the chapter's own link (https or mailto); `None` means "ask the office".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join: Option<String>,
}

/// Someone named in a role: a chapter leader, a council member, a representative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Leader {
    pub person: PersonRef,
    pub role: String,
    pub class_year: i32,
    /// Only when the person made a way to reach them public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactMethod>,
}

vocabulary! {
    /// What someone gave back.
    pub enum GiftKind {
        Mentor = "mentor",
        Speaker = "speaker",
        ChapterLeader = "chapter-leader",
        Volunteer = "volunteer",
        InternHost = "intern-host",
        Funds = "funds",
        Scholarship = "scholarship",
    }
}

impl GiftKind {
    /// Time and expertise, as against money.
    pub fn is_time(self) -> bool {
        !matches!(self, GiftKind::Funds | GiftKind::Scholarship)
    }
}

vocabulary! {
    /// How a person chose to be recognised for a gift.
    pub enum Recognition {
        Name = "name",
        Anonymous = "anonymous",
        None = "none",
    }
}

/// One line of the honour roll. Anonymous lines carry no person; "do not publish" gifts are
/// not here at all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gift {
    pub kind: GiftKind,
    /// The year it was given.
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonRef>,
    /// The giver's class year when they are listed (anonymous lines keep it: "and 2
    /// anonymous" in a class).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class_year: Option<i32>,
    /// The giving band the person chose to show, as staff wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// What they did, in a few words ("Spoke at Careers Week"), only with the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

vocabulary! {
    /// A named scholarship, or a fund for something else.
    pub enum FundKind {
        Scholarship = "scholarship",
        Fund = "fund",
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fund {
    pub id: String,
    pub name: String,
    pub kind: FundKind,
    pub established: i32,
    /// Who founded it, as they chose to be named (a listed alumnus links to their profile).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founder: Option<crate::model::Author>,
    pub description_html: String,
    /// What it did: students supported, projects paid for.
    pub impact_html: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub give_url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: String,
    pub title: String,
    /// `2026-05-01`.
    pub date: String,
    pub summary: String,
    pub body_html: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<StoryPhoto>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryPhoto {
    pub src: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
    /// Resized copies and a tiny inline preview, written by the build as for album photos.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<crate::model::ImageVariant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
}

impl StoryPhoto {
    /// As an album photo, for `ResponsiveImage`.
    pub fn as_photo(&self) -> crate::model::Photo {
        crate::model::Photo {
            id: String::new(),
            src: self.src.clone(),
            width: self.width,
            height: self.height,
            variants: self.variants.clone(),
            placeholder: self.placeholder.clone(),
            caption: self.alt.clone(),
            year: 0,
            place: String::new(),
            people: Vec::new(),
            timeline: None,
        }
    }
}

/// `data/giving.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Giving {
    /// Named lines first by class year, then anonymous ones.
    pub roll: Vec<Gift>,
    pub funds: Vec<Fund>,
    /// Newest first.
    pub stories: Vec<Story>,
}

/// A question the university asks alumni.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Consultation {
    pub id: String,
    pub title: String,
    pub question: String,
    pub background_html: String,
    /// `2026-11-01`.
    pub opened: String,
    /// When responses close, as staff wrote it (`2026-12-20T17:00`) in `time_zone`, and the
    /// same instant in milliseconds since the Unix epoch.
    pub closes_local: String,
    pub time_zone: String,
    pub closes_utc_ms: i64,
    /// Where to respond: a form (https) or an address (mailto).
    pub respond: String,
    /// Once closed: what alumni said, and what the university did.
    #[serde(default)]
    pub heard_html: String,
    #[serde(default)]
    pub did_html: String,
}

/// Someone on a university body for alumni, with the term they serve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Seat {
    pub person: PersonRef,
    pub class_year: i32,
    pub role: String,
    /// The body they sit on (for representatives: "University Council").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    /// `2025` to `2028`.
    pub term_from: i32,
    pub term_to: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    /// `2026-10-14`.
    pub date: String,
    pub file: Download,
}

/// `data/voice.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Voice {
    /// The council's (or board's) name, and how it is chosen, sanitised HTML.
    pub council_name: String,
    pub council_about_html: String,
    pub council: Vec<Seat>,
    pub representatives: Vec<Seat>,
    /// Newest first.
    pub documents: Vec<Document>,
    /// Closing soonest first; closed ones after, latest closed first.
    pub consultations: Vec<Consultation>,
}

/// Where a consultation stands by the device clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsultationState {
    Open,
    /// Closes within this many days (at most 7; 0 = today).
    Closing(i64),
    Closed,
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

impl Consultation {
    pub fn state(&self, now_ms: i64) -> ConsultationState {
        if now_ms >= self.closes_utc_ms {
            ConsultationState::Closed
        } else {
            let days = (self.closes_utc_ms - now_ms) / DAY_MS;
            if days < 7 {
                ConsultationState::Closing(days)
            } else {
                ConsultationState::Open
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consultation(closes: i64) -> Consultation {
        Consultation {
            id: "c".into(),
            title: "t".into(),
            question: "q".into(),
            background_html: String::new(),
            opened: "2026-01-01".into(),
            closes_local: "2026-02-01T17:00".into(),
            time_zone: "UTC".into(),
            closes_utc_ms: closes,
            respond: "mailto:a@b.example".into(),
            heard_html: String::new(),
            did_html: String::new(),
        }
    }

    #[test]
    fn state_follows_the_clock() {
        let c = consultation(100 * DAY_MS);
        assert_eq!(c.state(0), ConsultationState::Open);
        assert_eq!(c.state(93 * DAY_MS), ConsultationState::Open);
        assert_eq!(c.state(93 * DAY_MS + 1), ConsultationState::Closing(6));
        assert_eq!(c.state(94 * DAY_MS), ConsultationState::Closing(6));
        assert_eq!(c.state(100 * DAY_MS - 1), ConsultationState::Closing(0));
        assert_eq!(c.state(100 * DAY_MS), ConsultationState::Closed);
    }

    #[test]
    fn time_is_not_money() {
        assert!(GiftKind::Mentor.is_time());
        assert!(!GiftKind::Scholarship.is_time());
    }
}
