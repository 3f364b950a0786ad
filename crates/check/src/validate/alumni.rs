//! Alumni records, and the one road from a record to published data (`publish_alumnus`).

use super::*;

impl Validator<'_> {
    pub(super) fn class_year(&mut self, a: &At, field: &[Seg], year: i32) -> bool {
        let founded = self.vocab.as_ref().map(|v| v.founded).unwrap_or(i32::MIN);
        if year < founded || year > 2100 {
            let bad = if year < founded {
                Bad::new(
                    format!("class year {year} is before the school was founded ({founded})"),
                    "Write the four-digit graduation year.".to_string(),
                )
            } else {
                Bad::new(
                    format!("class year {year} is too far in the future"),
                    "Write the four-digit graduation year.".to_string(),
                )
            };
            self.report(a, field, bad);
            return false;
        }
        true
    }

    /// Checks one alumnus; returns `Some(None)` for a valid record of a person who is not listed.
    pub(super) fn alumnus(&mut self, p: &Parsed<AlumnusFile>) -> Option<Option<PublicAlumnus>> {
        let a = at(p, Collection::Alumni);
        let r = &p.record;
        let before = self.problems.len();
        let public_repository = self.vocab.as_ref().is_some_and(|v| v.public_repository);
        if public_repository && !r.consent.listed {
            return self.id_only(&a, r).then_some(None);
        }
        if public_repository {
            self.nothing_unpublished(&a, r);
        }
        self.required(&a, r);
        if self.problems.len() != before {
            return None;
        }
        self.ok(&a, &path(&["name"]), values::non_empty(&r.name, "name"));
        self.class_year(&a, &path(&["class_year"]), r.class_year);
        self.ok(
            &a,
            &path(&["degree"]),
            values::non_empty(&r.degree, "degree"),
        );
        let majors = self.vocab.as_ref().map(|v| &v.studies);
        if let Some(bad) = unknown(
            &r.major,
            majors,
            "major",
            "site.json (colleges → departments → majors)",
        ) {
            self.report(&a, &path(&["major"]), bad);
        }
        let country = match &r.country {
            Some(c) => self.ok(&a, &path(&["country"]), values::country(c)),
            None => None,
        };
        if let Some(ind) = &r.industry {
            self.vocab_ref(&a, &path(&["industry"]), ind, VocabKind::Industry);
        }
        for (i, ch) in r.chapters.iter().enumerate() {
            let field = [Seg::key("chapters"), Seg::Index(i)];
            self.vocab_ref(&a, &field, ch, VocabKind::Chapter);
        }
        if let Some(bio) = &r.bio {
            let n = bio.chars().count();
            if n > 500 {
                self.report(
                    &a,
                    &path(&["bio"]),
                    Bad::new(
                        format!("the bio has {n} characters, more than 500"),
                        "Shorten it: the bio is a short introduction shown on the profile.".into(),
                    ),
                );
            }
        }
        if let Some(photo) = &r.photo {
            self.photo_file(&a, &path(&["photo"]), photo);
        }
        if let Some(m) = &r.mentor {
            if !(1..=10).contains(&m.capacity) {
                self.report(&a, &path(&["mentor", "capacity"]), Bad::new(format!("a capacity of {} mentees is outside 1 to 10", m.capacity), "Write how many mentees the person can take at once; remove \"mentor\" if they cannot take any.".into()));
            }
            if let Some(prev) = &m.previous_industry {
                self.vocab_ref(
                    &a,
                    &path(&["mentor", "previous_industry"]),
                    prev,
                    VocabKind::Industry,
                );
            }
        }
        match &r.contact {
            Some(ContactMethodFile::Email { address }) => {
                self.ok(&a, &path(&["contact", "address"]), values::email(address));
            }
            Some(ContactMethodFile::Form { url }) | Some(ContactMethodFile::Linkedin { url }) => {
                self.link(&a, &path(&["contact", "url"]), url);
            }
            None => {}
        }
        self.consent(&a, r);
        if self.problems.len() != before {
            if !r.consent.listed {
                // The messages go to logs anyone may read: they show where and what, not the
                // person's values.
                for p in &mut self.problems[before..] {
                    p.message = redact(&p.message);
                    p.hint = redact(&p.hint);
                }
            }
            return None;
        }
        Some(self.publish_alumnus(r, country))
    }

    /// `consent.public` and `consent.alumni` name fields consent covers, each at one level;
    /// only some can be alumni-only (`members::FIELDS`).
    fn consent(&mut self, a: &At, r: &AlumnusFile) {
        for (level, fields) in [("public", &r.consent.public), ("alumni", &r.consent.alumni)] {
            for (i, field) in fields.iter().enumerate() {
                let at = [Seg::key("consent"), Seg::key(level), Seg::Index(i)];
                let bad = if !CONSENT_FIELDS.contains(&field.as_str()) {
                    let (kind, fields) = match level {
                        "public" => ("made public", &CONSENT_FIELDS[..]),
                        _ => ("alumni-only", &members::FIELDS[..]),
                    };
                    let hint = format!(
                        "{}Fields that can be {kind}: {}.",
                        did_you_mean(field, fields.iter().copied()),
                        fields.join(", ")
                    );
                    Bad::new(
                        format!("\"{field}\" is not a field that consent can cover"),
                        hint,
                    )
                } else if level == "alumni" && !members::FIELDS.contains(&field.as_str()) {
                    Bad::new(
                        format!("\"{field}\" cannot be alumni-only"),
                        format!("A portrait, the mentoring offer and roles are published as files and lists anyone can open, so they are public or private: move \"{field}\" to consent.public or remove it. Fields that can be alumni-only: {}.", members::FIELDS.join(", ")),
                    )
                } else if level == "alumni" && r.consent.public.contains(field) {
                    Bad::new(
                        format!("\"{field}\" is both public and alumni-only"),
                        format!("Keep \"{field}\" in one of consent.public (everyone sees it) and consent.alumni (only alumni with the passphrase see it)."),
                    )
                } else {
                    continue;
                };
                self.report(a, &at, bad);
            }
        }
    }

    /// Name, class year, degree and major are required, though serde lets them be missing
    /// (for the id-only record of `id_only`).
    fn required(&mut self, a: &At, r: &AlumnusFile) {
        for (field, absent) in [
            ("name", r.name.is_empty()),
            ("class_year", r.class_year == 0),
            ("degree", r.degree.is_empty()),
            ("major", r.major.is_empty()),
        ] {
            if absent {
                let bad = Bad::new(
                    format!("required field \"{field}\" is missing"),
                    format!("Add \"{field}\" to this record; the schema named in \"$schema\" lists what it takes."),
                );
                self.report(a, &path(&[field]), bad);
            }
        }
    }

    /// In a public repository, an unlisted person's record holds its id and nothing else
    /// (besides `"consent": {"listed": false}`): the file is public even though the site is not.
    fn id_only(&mut self, a: &At, r: &AlumnusFile) -> bool {
        let mut held: Vec<&str> = [
            ("name", !r.name.is_empty()),
            ("class_year", r.class_year != 0),
            ("degree", !r.degree.is_empty()),
            ("major", !r.major.is_empty()),
        ]
        .into_iter()
        .filter_map(|(field, present)| present.then_some(field))
        .collect();
        held.extend(held_fields(r));
        if !r.consent.public.is_empty() {
            held.push("consent.public");
        }
        if !r.consent.alumni.is_empty() {
            held.push("consent.alumni");
        }
        if held.is_empty() {
            return true;
        }
        self.report(
            a,
            &path(&[held[0].split('.').next().unwrap_or("")]),
            Bad::new(
                format!(
                    "this person is not listed, and \"repository\" in site.json is \"public\": the record may hold only its id, but it holds {}",
                    held.join(", ")
                ),
                "Keep the record in the office's own database and leave here only {\"id\": …, \"consent\": {\"listed\": false}}; to remove the person entirely, run `homecoming forget <id>`. If the repository is private, say \"repository\": \"private\" in site.json.".into(),
            ),
        );
        false
    }

    /// In a public repository, every field governed by consent is either public or absent.
    fn nothing_unpublished(&mut self, a: &At, r: &AlumnusFile) {
        for field in held_fields(r) {
            if r.consent.public.iter().any(|f| f == field) {
                continue;
            }
            let at = path(&[if field == "mentoring" {
                "mentor"
            } else {
                field
            }]);
            let bad = if r.consent.alumni.iter().any(|f| f == field) {
                Bad::new(
                    format!("\"{field}\" is alumni-only, and \"repository\" in site.json is \"public\": the repository itself would show it to everyone"),
                    "Alumni-only details need a private repository: say \"repository\": \"private\" in site.json once the repository is private, or remove the value from this file.".into(),
                )
            } else {
                Bad::new(
                    format!("\"{field}\" is not public, and \"repository\" in site.json is \"public\": it would be published by the repository itself"),
                    format!("Remove it from this file (keep it in the office's own database), or add \"{field}\" to consent.public if the person agreed to show it."),
                )
            };
            self.report(a, &at, bad);
        }
    }

    /// The only road from an alumni record to published data: a field is copied only when the
    /// person made it public, and an unlisted person yields nothing at all.
    pub(super) fn publish_alumnus(
        &mut self,
        r: &AlumnusFile,
        country: Option<Country>,
    ) -> Option<PublicAlumnus> {
        if !r.consent.listed {
            return None;
        }
        let public = |field: &str| r.consent.public.iter().any(|f| f == field);
        let shown = self.shown(r, country.clone(), &public)?;
        if !r.consent.alumni.is_empty() {
            // The alumni level: the person as alumni see them, less what the public sees.
            let alumni = |field: &str| r.consent.alumni.iter().any(|f| f == field);
            let only = self.shown(r, country, &alumni).map(MembersOnly::from_shown);
            if let Some(only) = only.filter(|o| !o.is_empty()) {
                self.members.push((r.id.clone(), only));
            }
        }
        Some(shown)
    }

    /// The person with only the consent fields `public` names.
    fn shown(
        &mut self,
        r: &AlumnusFile,
        country: Option<Country>,
        public: &dyn Fn(&str) -> bool,
    ) -> Option<PublicAlumnus> {
        let vocab = self.vocab.as_ref()?;
        let study = vocab.studies.get(&r.major)?.clone();
        let photo = r.photo.clone().filter(|_| public("photo"));
        if let Some(photo) = &photo {
            self.media.push(photo.clone());
        }
        Some(PublicAlumnus {
            id: r.id.clone(),
            name: r.name.clone(),
            name_latin: r.name_latin.clone().filter(|_| public("name_latin")),
            former_names: if public("former_names") {
                r.former_names.clone()
            } else {
                Vec::new()
            },
            nickname: r.nickname.clone().filter(|_| public("nickname")),
            name_keys: (self.render.name_keys)(&r.name),
            class_year: r.class_year,
            degree: r.degree.clone(),
            study,
            city: r.city.clone().filter(|_| public("city")),
            country: country.filter(|_| public("country")),
            employer: r.employer.clone().filter(|_| public("employer")),
            job_title: r.job_title.clone().filter(|_| public("job_title")),
            industry: r
                .industry
                .as_ref()
                .filter(|_| public("industry"))
                .map(|id| Named {
                    id: id.clone(),
                    name: vocab.industries.get(id).cloned().unwrap_or_default(),
                }),
            bio: r.bio.clone().filter(|_| public("bio")),
            photo: photo.map(|p| media_path(&p)),
            chapters: if public("chapters") {
                r.chapters
                    .iter()
                    .map(|id| Named {
                        id: id.clone(),
                        name: vocab.chapters.get(id).cloned().unwrap_or_default(),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            // Mentoring follows consent like the rest: the offer when "mentoring" is public,
            // the previous industry when "industry" is too, and no topic that repeats what
            // the person kept private.
            mentor: r
                .mentor
                .as_ref()
                .filter(|_| public("mentoring"))
                .map(|m| Mentoring {
                    capacity: m.capacity,
                    topics: m
                        .topics
                        .iter()
                        .filter(|topic| !repeats_private(topic, r, public))
                        .cloned()
                        .collect(),
                    languages: m.languages.clone(),
                    previous_industry: m
                        .previous_industry
                        .as_ref()
                        .filter(|_| public("industry"))
                        .map(|id| Named {
                            id: id.clone(),
                            name: vocab.industries.get(id).cloned().unwrap_or_default(),
                        }),
                }),
            contact: r
                .contact
                .as_ref()
                .filter(|_| public("contact"))
                .map(|c| match c {
                    ContactMethodFile::Email { address } => ContactMethod::Email {
                        address: address.clone(),
                    },
                    ContactMethodFile::Form { url } => ContactMethod::Form { url: url.clone() },
                    ContactMethodFile::Linkedin { url } => {
                        ContactMethod::Linkedin { url: url.clone() }
                    }
                }),
        })
    }
}

/// Whether a mentoring topic repeats a field the person kept private (a topic "surgeon" from a
/// private job title "Surgeon" would publish the job title).
fn repeats_private(topic: &str, r: &AlumnusFile, public: &dyn Fn(&str) -> bool) -> bool {
    let topic = topic.to_lowercase();
    [
        ("job_title", &r.job_title),
        ("employer", &r.employer),
        ("city", &r.city),
    ]
    .into_iter()
    .filter(|(field, _)| !public(field))
    .filter_map(|(_, value)| value.as_deref())
    .map(|value| value.trim().to_lowercase())
    .any(|value| value.chars().count() >= 3 && topic.contains(&value))
}

/// The consent-governed fields a record holds, in `CONSENT_FIELDS` order.
fn held_fields(r: &AlumnusFile) -> Vec<&'static str> {
    CONSENT_FIELDS.into_iter().filter(|f| r.holds(f)).collect()
}

/// `text` with every quoted value hidden, except the words of the content model (ids, field
/// names: lower-case letters, digits, hyphens and underscores), which say where and what.
pub(super) fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split('"');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    let rest: Vec<&str> = parts.collect();
    for (i, part) in rest.iter().enumerate() {
        out.push('"');
        // Odd pieces are inside quotes, unless the last quote is unmatched.
        let inside = i % 2 == 0 && i + 1 < rest.len();
        let model_word = part
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_'));
        if inside && !model_word {
            out.push_str("(hidden: this person is not listed)");
        } else {
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn redaction_hides_values_and_keeps_the_model_words() {
        assert_eq!(
            redact("\"ingrid@@example\" is not an email address. Write it as name@example.org."),
            "\"(hidden: this person is not listed)\" is not an email address. Write it as name@example.org."
        );
        assert_eq!(
            redact("there is no major with id \"phys\". Did you mean \"physics\"?"),
            "there is no major with id \"phys\". Did you mean \"physics\"?"
        );
        assert_eq!(
            redact("a \"B\" c \"d"),
            "a \"(hidden: this person is not listed)\" c \"d"
        );
    }
}
