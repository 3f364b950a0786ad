//! Chapters' pages, giving back and alumni voice. A person is named here only when they are
//! listed and chose it: "roles" in their public consent for a chapter leader, council member
//! or representative, a gift's own `recognition` for the honour roll.

use super::*;
use homecoming_core::community::*;

/// What a chapter's own file adds to its entry in `site.json`.
pub(super) struct PageDetails {
    id: String,
    city: Option<String>,
    founded: Option<i32>,
    about_html: String,
    leaders: Vec<(PersonRef, i32, String)>,
    join: Option<String>,
}

impl Validator<'_> {
    /// `id` in a role: checked as a reference always, named only when listed with "roles".
    pub(super) fn in_role(
        &mut self,
        a: &At,
        field: &[Seg],
        id: &str,
        refs: &Refs,
    ) -> Option<(PersonRef, i32)> {
        if !self.alumnus_ref(a, field, id, refs) || !refs.roles.contains(id) {
            return None;
        }
        let person = PersonRef {
            id: id.to_string(),
            name: refs.listed.get(id)?.clone(),
        };
        Some((person, *refs.years.get(id)?))
    }

    pub(super) fn year(&mut self, a: &At, field: &[Seg], year: i32, what: &str) {
        if !(1000..=9999).contains(&year) {
            self.report(
                a,
                field,
                Bad::new(
                    format!("{year} is not a year"),
                    format!("Write the {what} as four digits, like 2019."),
                ),
            );
        }
    }

    pub(super) fn text(&mut self, a: &At, field: &[&str], text: &str, what: &str, refs: &Refs) {
        self.ok(a, &path(field), values::non_empty(text, what));
        self.names_nobody_unlisted(a, &path(field), text, refs);
    }

    pub(super) fn chapter_page(
        &mut self,
        p: &Parsed<ChapterPageFile>,
        refs: &Refs,
    ) -> Option<PageDetails> {
        let a = at(p, Collection::Chapters);
        let r = &p.record;
        let before = self.problems.len();
        self.vocab_ref(&a, &path(&["id"]), &r.id, VocabKind::Chapter);
        if let Some(city) = &r.city {
            self.text(&a, &["city"], city, "city", refs);
        }
        if let Some(y) = r.founded {
            self.year(&a, &path(&["founded"]), y, "year it was founded");
        }
        self.names_nobody_unlisted(&a, &path(&["about"]), &r.about, refs);
        let about_html = self.markdown(&a, &path(&["about"]), &r.about);
        let mut leaders = Vec::new();
        for (i, l) in r.leaders.iter().enumerate() {
            let field = [Seg::key("leaders"), Seg::Index(i), Seg::key("alumnus")];
            self.ok(
                &a,
                &[Seg::key("leaders"), Seg::Index(i), Seg::key("role")],
                values::non_empty(&l.role, "role"),
            );
            if let Some((person, year)) = self.in_role(&a, &field, &l.alumnus, refs) {
                leaders.push((person, year, l.role.clone()));
            }
        }
        if let Some(join) = &r.join {
            self.link(&a, &path(&["join"]), join);
        }
        (self.problems.len() == before).then(|| PageDetails {
            id: r.id.clone(),
            city: r.city.clone(),
            founded: r.founded,
            about_html,
            leaders,
            join: r.join.clone(),
        })
    }

    pub(super) fn gift(&mut self, p: &Parsed<GiftFile>, refs: &Refs) -> Option<Gift> {
        let a = at(p, Collection::Giving);
        let r = &p.record;
        let before = self.problems.len();
        let known = self.alumnus_ref(&a, &path(&["alumnus"]), &r.alumnus, refs);
        let kind = self.word::<GiftKind>(&a, &path(&["kind"]), &r.kind, "kind of gift");
        let recognition = self.word::<Recognition>(
            &a,
            &path(&["recognition"]),
            &r.recognition,
            "way to be recognised",
        );
        self.year(&a, &path(&["year"]), r.year, "year it was given");
        let listed = refs.listed.get(&r.alumnus);
        if known && recognition == Some(Recognition::Name) && listed.is_none() {
            self.report(&a, &path(&["recognition"]), Bad::new(
                "the gift is to be recognised by name, but the person who gave it is not listed in the directory".into(),
                "Set \"recognition\" to \"anonymous\" or \"none\", or publish it by name once they are listed.".into(),
            ));
        }
        if r.amount.is_some() && self.vocab.as_ref().is_some_and(|v| v.public_repository) {
            self.report(&a, &path(&["amount"]), Bad::new(
                "an amount is committed to a public repository".into(),
                "Remove \"amount\": everything in a public repository is public. Keep amounts in the office's own records, and \"band\" only when the person chose to show it.".into(),
            ));
        }
        if let Some(band) = &r.band {
            self.ok(&a, &path(&["band"]), values::non_empty(band, "band"));
        }
        if let Some(note) = &r.note {
            self.text(&a, &["note"], note, "note", refs);
            let n = note.chars().count();
            if n > 120 {
                self.report(
                    &a,
                    &path(&["note"]),
                    Bad::new(
                        format!("the note has {n} characters, more than 120"),
                        "Say what they did in a few words: \"Spoke at Careers Week\".".into(),
                    ),
                );
            }
        }
        if self.problems.len() != before {
            return None;
        }
        let named = match recognition? {
            Recognition::None => return None,
            Recognition::Name => true,
            Recognition::Anonymous => false,
        };
        Some(Gift {
            kind: kind?,
            year: r.year,
            person: named.then(|| PersonRef {
                id: r.alumnus.clone(),
                name: listed.cloned().unwrap_or_default(),
            }),
            class_year: refs.years.get(&r.alumnus).copied(),
            band: r.band.clone(),
            note: r.note.clone().filter(|_| named),
        })
    }

    pub(super) fn fund(&mut self, p: &Parsed<FundFile>, refs: &Refs) -> Option<Fund> {
        let a = at(p, Collection::Funds);
        let r = &p.record;
        let before = self.problems.len();
        self.text(&a, &["name"], &r.name, "name", refs);
        let kind = self.word::<FundKind>(&a, &path(&["kind"]), &r.kind, "kind of fund");
        self.year(
            &a,
            &path(&["established"]),
            r.established,
            "year it was established",
        );
        let founder = match (&r.founder, &r.founder_name) {
            (Some(id), _) => {
                let known = self.alumnus_ref(&a, &path(&["founder"]), id, refs);
                // An unlisted founder is not named, not even by the name written beside the id.
                refs.listed.get(id).filter(|_| known).map(|name| Author {
                    name: name.clone(),
                    alumnus: Some(id.clone()),
                })
            }
            (None, Some(name)) => {
                self.text(&a, &["founder_name"], name, "founder's name", refs);
                Some(Author {
                    name: name.clone(),
                    alumnus: None,
                })
            }
            (None, None) => None,
        };
        self.names_nobody_unlisted(&a, &path(&["description"]), &r.description, refs);
        self.names_nobody_unlisted(&a, &path(&["impact"]), &r.impact, refs);
        let description_html = self.markdown(&a, &path(&["description"]), &r.description);
        let impact_html = self.markdown(&a, &path(&["impact"]), &r.impact);
        if let Some(u) = &r.give_url {
            self.link(&a, &path(&["give_url"]), u);
        }
        (self.problems.len() == before).then_some(())?;
        Some(Fund {
            id: r.id.clone(),
            name: r.name.clone(),
            kind: kind?,
            established: r.established,
            founder,
            description_html,
            impact_html,
            give_url: r.give_url.clone(),
        })
    }

    pub(super) fn story(&mut self, p: &Parsed<StoryFile>, refs: &Refs) -> Option<Story> {
        let a = at(p, Collection::Stories);
        let r = &p.record;
        let before = self.problems.len();
        self.text(&a, &["title"], &r.title, "title", refs);
        self.text(&a, &["summary"], &r.summary, "summary", refs);
        self.ok(&a, &path(&["date"]), values::date(&r.date));
        let person = r.alumnus.as_ref().and_then(|id| {
            let known = self.alumnus_ref(&a, &path(&["alumnus"]), id, refs);
            refs.listed.get(id).filter(|_| known).map(|name| PersonRef {
                id: id.clone(),
                name: name.clone(),
            })
        });
        self.names_nobody_unlisted(&a, &path(&["body"]), &r.body, refs);
        let body_html = self.markdown(&a, &path(&["body"]), &r.body);
        let photo = r.photo.as_ref().and_then(|src| {
            let (width, height) = self.photo_file(&a, &path(&["photo"]), src)?;
            let alt = r.photo_alt.clone().unwrap_or_default();
            if alt.trim().is_empty() {
                self.report(
                    &a,
                    &path(&["photo_alt"]),
                    Bad::new(
                        "the photo has no \"photo_alt\"".into(),
                        "Say in a sentence what the photo shows, for people who cannot see it."
                            .into(),
                    ),
                );
            }
            self.names_nobody_unlisted(&a, &path(&["photo_alt"]), &alt, refs);
            self.media.push(src.clone());
            Some(StoryPhoto {
                src: media_path(src),
                width,
                height,
                alt,
                variants: Vec::new(),
                placeholder: None,
            })
        });
        (self.problems.len() == before).then_some(())?;
        Some(Story {
            id: r.id.clone(),
            title: r.title.clone(),
            date: r.date.clone(),
            summary: r.summary.clone(),
            body_html,
            person,
            photo,
        })
    }
}

/// Every chapter of `site.json`, with its page when it has one, its leaders' public contact and
/// how many published alumni belong to it.
pub(super) fn chapters(
    site: &Site,
    pages: Vec<PageDetails>,
    alumni: &[PublicAlumnus],
) -> Vec<ChapterPage> {
    let mut members: HashMap<&str, usize> = HashMap::new();
    let mut contact: HashMap<&str, &ContactMethod> = HashMap::new();
    for p in alumni {
        for c in &p.chapters {
            *members.entry(c.id.as_str()).or_default() += 1;
        }
        if let Some(c) = &p.contact {
            contact.insert(p.id.as_str(), c);
        }
    }
    let mut pages: HashMap<String, PageDetails> =
        pages.into_iter().map(|p| (p.id.clone(), p)).collect();
    site.chapters
        .iter()
        .map(|c| {
            let page = pages.remove(&c.id);
            let (country, college) = match c.kind {
                ChapterKind::Regional => (values::country(&c.scope).ok(), None),
                ChapterKind::College => (
                    None,
                    site.colleges
                        .iter()
                        .find(|k| k.id == c.scope)
                        .map(|k| Named {
                            id: k.id.clone(),
                            name: k.name.clone(),
                        }),
                ),
                ChapterKind::Interest => (None, None),
            };
            let leaders = page.as_ref().map(|p| p.leaders.clone()).unwrap_or_default();
            ChapterPage {
                id: c.id.clone(),
                name: c.name.clone(),
                kind: c.kind,
                country,
                city: page.as_ref().and_then(|p| p.city.clone()),
                college,
                founded: page.as_ref().and_then(|p| p.founded),
                about_html: page
                    .as_ref()
                    .map(|p| p.about_html.clone())
                    .unwrap_or_default(),
                leaders: leaders
                    .into_iter()
                    .map(|(person, class_year, role)| Leader {
                        contact: contact.get(person.id.as_str()).map(|c| (*c).clone()),
                        person,
                        role,
                        class_year,
                    })
                    .collect(),
                members: members.get(c.id.as_str()).copied().unwrap_or(0),
                join: page.and_then(|p| p.join),
            }
        })
        .collect()
}

/// The honour roll in order: by class year (unknown last), named before anonymous, by name.
pub(super) fn sort_roll(roll: &mut [Gift]) {
    roll.sort_by(|a, b| {
        let key = |g: &Gift| {
            (
                g.class_year.unwrap_or(i32::MAX),
                g.person.is_none(),
                g.person.as_ref().map(|p| p.name.clone()),
                g.kind,
                g.year,
            )
        };
        key(a).cmp(&key(b))
    });
}
