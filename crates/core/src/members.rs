//! Alumni-only details: the fields a person shows to fellow alumni but not to the whole
//! internet (consent level `"alumni"`). A static host has no login, so the build publishes
//! them only as ciphertext (AES-256-GCM under a key derived from the office's passphrase with
//! PBKDF2-HMAC-SHA256), in files that follow the directory's card chunks; the browser derives
//! the key with WebCrypto and decrypts one file to show one profile or one page of cards.
//!
//! Files under `data/members/`:
//! - `meta.json` (`Meta`): whether the site offers the level, and the salt, the iteration
//!   count and a check value to tell a wrong passphrase from a broken file;
//! - `<k>.bin`: the 12-byte nonce, then the ciphertext and tag of a JSON `Chunk`: the
//!   alumni-only details of people numbered `k × PEOPLE_PER_FILE` up to the next file, by
//!   number. The file's name is its additional data, so no file can stand in for another.

use crate::model::{Card, ContactMethod, Country, Named, PublicAlumnus};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Card chunks per file: 128 people, a few kilobytes to decrypt for one profile, and 782
/// files at 100,000 alumni (one per card chunk would be 6,250, past some hosts' file limits).
pub const CARD_CHUNKS_PER_FILE: usize = 8;
pub const PEOPLE_PER_FILE: usize = crate::index::CHUNK * CARD_CHUNKS_PER_FILE;
/// PBKDF2 iterations: OWASP's figure for PBKDF2-HMAC-SHA256 (2023). The ciphertext is public,
/// so this cost is what every guess at the passphrase pays.
pub const ITERATIONS: u32 = 600_000;
/// The plaintext of `Meta::check`.
pub const CHECK_TEXT: &str = "homecoming alumni-only details";
pub const META_FILE: &str = "data/members/meta.json";

/// The consent fields that can be alumni-only. A portrait and roles are published as files
/// and pages anyone can fetch, and the mentoring offer as a public list, so they are public
/// or private only.
pub const FIELDS: [&str; 11] = [
    "name_latin",
    "former_names",
    "nickname",
    "city",
    "country",
    "employer",
    "job_title",
    "industry",
    "bio",
    "chapters",
    "contact",
];

/// The file holding the alumni-only details of the person numbered `number`.
pub fn file_of(number: u32) -> u32 {
    number / PEOPLE_PER_FILE as u32
}

pub fn file_path(file: u32) -> String {
    format!("data/members/{file}.bin")
}

/// The additional data a file is sealed with: its own name.
pub fn additional_data(file: u32) -> String {
    format!("homecoming-members:{file}")
}
pub const CHECK_ADDITIONAL_DATA: &str = "homecoming-members:check";

/// `data/members/meta.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// `None` when the site was built without a passphrase: it publishes no alumni-only value.
    pub lock: Option<Lock>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lock {
    /// Always `PBKDF2-HMAC-SHA256` then `AES-256-GCM`.
    pub scheme: String,
    pub iterations: u32,
    /// 16 random bytes, new in every build, in hex.
    pub salt: String,
    /// Nonce, ciphertext and tag of `CHECK_TEXT` (additional data `CHECK_ADDITIONAL_DATA`),
    /// in hex.
    pub check: String,
    /// The files that exist (a file whose people have nothing alumni-only is not written).
    pub files: Vec<u32>,
    /// People with at least one alumni-only detail.
    pub people: u32,
}

/// What one file decrypts to: alumni-only details by the person's number.
pub type Chunk = BTreeMap<u32, MembersOnly>;

/// One person's alumni-only details: the fields they chose to show alumni, and only those.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MembersOnly {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_latin: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chapters: Vec<Named>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactMethod>,
}

/// Fills what `to` lacks from `from`; says whether it did.
fn fill<T: Clone>(to: &mut Option<T>, from: &Option<T>) -> bool {
    if to.is_none() && from.is_some() {
        *to = from.clone();
        return true;
    }
    false
}

fn fill_list<T: Clone>(to: &mut Vec<T>, from: &[T]) -> bool {
    if to.is_empty() && !from.is_empty() {
        *to = from.to_vec();
        return true;
    }
    false
}

impl MembersOnly {
    /// The alumni-only part of a person shown with only their alumni-level fields.
    pub fn from_shown(p: PublicAlumnus) -> MembersOnly {
        MembersOnly {
            name_latin: p.name_latin,
            former_names: p.former_names,
            nickname: p.nickname,
            city: p.city,
            country: p.country,
            employer: p.employer,
            job_title: p.job_title,
            industry: p.industry,
            bio: p.bio,
            chapters: p.chapters,
            contact: p.contact,
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == MembersOnly::default()
    }

    /// The profile with these details added where it has none; returns the fields added, for
    /// the page to mark them "alumni only". A public value is never replaced.
    pub fn reveal(&self, p: &mut PublicAlumnus) -> Vec<&'static str> {
        let added = [
            ("name_latin", fill(&mut p.name_latin, &self.name_latin)),
            (
                "former_names",
                fill_list(&mut p.former_names, &self.former_names),
            ),
            ("nickname", fill(&mut p.nickname, &self.nickname)),
            ("city", fill(&mut p.city, &self.city)),
            ("country", fill(&mut p.country, &self.country)),
            ("employer", fill(&mut p.employer, &self.employer)),
            ("job_title", fill(&mut p.job_title, &self.job_title)),
            ("industry", fill(&mut p.industry, &self.industry)),
            ("bio", fill(&mut p.bio, &self.bio)),
            ("chapters", fill_list(&mut p.chapters, &self.chapters)),
            ("contact", fill(&mut p.contact, &self.contact)),
        ];
        added
            .into_iter()
            .filter(|(_, a)| *a)
            .map(|(f, _)| f)
            .collect()
    }

    /// A card with these details added where it has none (a card shows latin name, work and
    /// place); returns the fields added.
    pub fn reveal_card(&self, c: &mut Card) -> Vec<&'static str> {
        let country = self.country.as_ref().map(|k| k.name.clone());
        let added = [
            ("name_latin", fill(&mut c.name_latin, &self.name_latin)),
            ("city", fill(&mut c.city, &self.city)),
            ("country", fill(&mut c.country, &country)),
            ("employer", fill(&mut c.employer, &self.employer)),
            ("job_title", fill(&mut c.job_title, &self.job_title)),
        ];
        let added: Vec<&'static str> = (added.into_iter())
            .filter(|(_, a)| *a)
            .map(|(f, _)| f)
            .collect();
        c.alumni_only.extend(&added);
        added
    }
}

/// A passphrase the ciphertext can be trusted to: it is public, so it can be attacked offline
/// at leisure. At least 20 characters and 4 words (split at spaces, hyphens, dots and
/// underscores), such as four random words from a list.
pub fn passphrase_problem(passphrase: &str) -> Option<String> {
    let chars = passphrase.chars().count();
    let words = passphrase
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '.' | '_'))
        .filter(|w| !w.is_empty())
        .count();
    if chars < 20 {
        return Some(format!("it has {chars} characters, fewer than 20"));
    }
    if words < 4 {
        return Some(format!("it has {words} words, fewer than 4"));
    }
    None
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrases_short_or_of_few_words_are_refused() {
        assert_eq!(
            passphrase_problem("correct horse").as_deref(),
            Some("it has 13 characters, fewer than 20")
        );
        assert_eq!(
            passphrase_problem("averyveryverylongsecretword").as_deref(),
            Some("it has 1 words, fewer than 4")
        );
        assert_eq!(passphrase_problem("correct-horse-battery staple"), None);
    }

    #[test]
    fn files_follow_card_chunks() {
        assert_eq!(file_of(0), 0);
        assert_eq!(file_of(127), 0);
        assert_eq!(file_of(128), 1);
        // A card chunk is never split between two files.
        for chunk in 0..100u32 {
            let first = chunk * crate::index::CHUNK as u32;
            let last = first + crate::index::CHUNK as u32 - 1;
            assert_eq!(file_of(first), file_of(last));
        }
    }

    #[test]
    fn hex_round_trips() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes);
        assert!(from_hex("abc").is_none());
        assert!(from_hex("zz").is_none());
    }

    #[test]
    fn reveal_fills_only_what_is_missing() {
        let only = MembersOnly {
            city: Some("Cardiff".into()),
            employer: Some("Marlowe & Co".into()),
            ..Default::default()
        };
        let mut card = Card {
            id: "t".into(),
            name: "T".into(),
            name_latin: None,
            former_names: vec![],
            class_year: 1998,
            major: "Management".into(),
            job_title: None,
            employer: Some("Public Employer".into()),
            city: None,
            country: None,
            alumni_only: vec![],
        };
        assert_eq!(only.reveal_card(&mut card), vec!["city"]);
        assert_eq!(card.employer.as_deref(), Some("Public Employer"));
        assert_eq!(card.city.as_deref(), Some("Cardiff"));
        assert_eq!(card.alumni_only, vec!["city"]);
        assert!(MembersOnly::default().is_empty());
    }
}
