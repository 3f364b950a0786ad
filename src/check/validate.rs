//! Validation of parsed records into the public model. Every record is checked in full, public
//! or not, so staff hear about every mistake; only what is public is returned.

use super::problem::{did_you_mean, one_of};
use super::values::{self, Bad};
use super::{At, Loader, Parsed, Seg, SiteData};
use crate::content::*;
use crate::markdown;
use crate::model::*;
use std::collections::{HashMap, HashSet};

pub(super) fn run(loader: &mut Loader) -> Option<SiteData> {
    let site_path = loader.dir.join("site.json");
    let site_file = loader.file::<SiteFile>(&site_path, Collection::Site);
    let alumni = loader.collection::<AlumnusFile>(Collection::Alumni);
    let timeline = loader.collection::<TimelineFile>(Collection::Timeline);
    let albums = loader.collection::<AlbumFile>(Collection::Gallery);
    let events = loader.collection::<EventFile>(Collection::Events);
    let careers = loader.collection::<ResourceFile>(Collection::Careers);
    let opportunities = loader.collection::<OpportunityFile>(Collection::Opportunities);

    let mut v = Validator {
        content: loader.dir.clone(),
        problems: Vec::new(),
        vocab: None,
        media: Vec::new(),
    };
    let site = site_file.as_ref().and_then(|p| v.site(p));

    // Ids first, so references can be checked in any order. Ids of files that failed to parse
    // count as known, so that their one problem does not cascade.
    let unparsed = |c: Collection| {
        loader
            .unparsed
            .iter()
            .filter(move |(k, _)| *k == c)
            .filter_map(|(_, id)| id.clone())
            .collect::<Vec<_>>()
    };
    let mut alumni_ids = v.unique_ids(Collection::Alumni, &alumni, |r| &r.id);
    alumni_ids.extend(unparsed(Collection::Alumni));
    let mut timeline_ids = v.unique_ids(Collection::Timeline, &timeline, |r| &r.id);
    timeline_ids.extend(unparsed(Collection::Timeline));
    let mut album_ids = v.unique_ids(Collection::Gallery, &albums, |r| &r.id);
    album_ids.extend(unparsed(Collection::Gallery));
    let gallery_complete = !loader
        .unparsed
        .iter()
        .any(|(c, _)| *c == Collection::Gallery);
    v.unique_ids(Collection::Events, &events, |r| &r.id);
    v.unique_ids(Collection::Careers, &careers, |r| &r.id);
    let photo_ids: HashSet<String> = albums
        .iter()
        .flat_map(|a| {
            a.record
                .photos
                .iter()
                .map(move |p| format!("{}/{}", a.record.id, p.id))
        })
        .collect();
    // Listed alumni by id, for links from photos and resources. Unlisted people are never named.
    let listed: HashMap<String, String> = alumni
        .iter()
        .filter(|a| a.record.consent.listed)
        .map(|a| (a.record.id.clone(), a.record.name.clone()))
        .collect();
    let refs = Refs {
        alumni: alumni_ids,
        timeline: timeline_ids,
        albums: album_ids,
        photos: gallery_complete.then_some(photo_ids),
        listed,
    };

    let public_alumni: Vec<PublicAlumnus> = alumni
        .iter()
        .filter_map(|a| v.alumnus(a))
        .flatten()
        .collect();
    let albums_out: Vec<Album> = albums.iter().filter_map(|a| v.album(a, &refs)).collect();
    let photo_refs: HashMap<String, PhotoRef> = albums_out
        .iter()
        .flat_map(|a| {
            a.photos.iter().map(move |p| {
                (
                    format!("{}/{}", a.id, p.id),
                    PhotoRef {
                        album: a.id.clone(),
                        photo: p.id.clone(),
                        src: p.src.clone(),
                        alt: p.caption.clone(),
                    },
                )
            })
        })
        .collect();
    let mut timeline_out: Vec<TimelineEntry> = timeline
        .iter()
        .filter_map(|t| v.timeline(t, &refs, &photo_refs))
        .collect();
    timeline_out.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    let mut events_out: Vec<Event> = events.iter().filter_map(|e| v.event(e, &refs)).collect();
    events_out.sort_by(|a, b| a.starts_utc_ms.cmp(&b.starts_utc_ms).then(a.id.cmp(&b.id)));
    let mut resources_out: Vec<Resource> = careers
        .iter()
        .filter_map(|r| v.resource(r, &refs))
        .collect();
    resources_out.sort_by(|a, b| b.published.cmp(&a.published).then(a.id.cmp(&b.id)));
    v.unique_ids(Collection::Opportunities, &opportunities, |r| &r.id);
    let mut opportunities_out: Vec<Opportunity> = opportunities
        .iter()
        .filter_map(|o| v.opportunity(o, &refs))
        .collect();
    opportunities_out.sort_by(|a, b| b.posted.cmp(&a.posted).then(a.id.cmp(&b.id)));

    loader.problems.append(&mut v.problems);
    let mut media = v.media;
    media.sort();
    media.dedup();
    Some(SiteData {
        site: site?,
        alumni: public_alumni,
        timeline: timeline_out,
        albums: albums_out,
        events: events_out,
        resources: resources_out,
        opportunities: opportunities_out,
        media,
    })
}

/// Vocabularies from `site.json`. When the site file itself is broken these are unknown, and
/// references to them are not checked (one broken file should give one message, not hundreds).
struct Vocab {
    founded: i32,
    studies: HashMap<String, Study>,
    industries: HashMap<String, String>,
    chapters: HashMap<String, String>,
}

#[derive(Clone, Copy)]
enum VocabKind {
    Industry,
    Chapter,
}

struct Refs {
    alumni: HashSet<String>,
    timeline: HashSet<String>,
    albums: HashSet<String>,
    /// `None` when an album could not be parsed: its photos are unknown.
    photos: Option<HashSet<String>>,
    listed: HashMap<String, String>,
}

struct Validator {
    content: std::path::PathBuf,
    problems: Vec<super::Problem>,
    vocab: Option<Vocab>,
    media: Vec<String>,
}

fn at<'a, T>(p: &'a Parsed<T>, collection: Collection) -> At<'a> {
    At {
        file: &p.file,
        src: &p.src,
        collection: collection.name(),
        record: p.id.as_deref(),
    }
}

fn path(segs: &[&str]) -> Vec<Seg> {
    segs.iter().map(|s| Seg::key(s)).collect()
}

impl Validator {
    fn report(&mut self, at: &At, path: &[Seg], bad: Bad) {
        self.problems.push(at.problem(path, bad.0, bad.1));
    }

    /// Records the problem when `result` is an error; gives back the value otherwise.
    fn ok<T>(&mut self, at: &At, path: &[Seg], result: Result<T, Bad>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(bad) => {
                self.report(at, path, bad);
                None
            }
        }
    }

    fn unique_ids<T>(
        &mut self,
        collection: Collection,
        records: &[Parsed<T>],
        id: impl Fn(&T) -> &String,
    ) -> HashSet<String> {
        let mut seen: HashMap<String, String> = HashMap::new();
        for p in records {
            let a = at(p, collection);
            let value = id(&p.record);
            if self.ok(&a, &path(&["id"]), values::id(value)).is_none() {
                continue;
            }
            if let Some(first) = seen.get(value) {
                let bad = (
                    format!("id \"{value}\" is already used by {first}"),
                    "Every record needs its own id: change this one (and its file name to match)."
                        .to_string(),
                );
                self.report(&a, &path(&["id"]), bad);
            } else {
                seen.insert(value.clone(), p.file.clone());
            }
        }
        seen.into_keys().collect()
    }

    /// A reference to an id in a known set.
    fn reference(
        &mut self,
        at: &At,
        field: &[Seg],
        value: &str,
        known: Option<&HashSet<String>>,
        what: &str,
        where_listed: &str,
    ) -> bool {
        let Some(known) = known else { return true };
        if known.contains(value) {
            return true;
        }
        let mut sorted: Vec<&str> = known.iter().map(String::as_str).collect();
        sorted.sort();
        let hint = format!(
            "{}Use the id of {} {what} that exists in {where_listed}.",
            did_you_mean(value, sorted.iter().copied()),
            if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            }
        );
        self.report(
            at,
            field,
            (format!("there is no {what} with id \"{value}\""), hint),
        );
        false
    }

    /// A reference to an industry or chapter of `site.json`, resolved to its name.
    fn vocab_ref(&mut self, a: &At, field: &[Seg], id: &str, kind: VocabKind) -> Option<Named> {
        fn map(v: &Vocab, kind: VocabKind) -> &HashMap<String, String> {
            match kind {
                VocabKind::Industry => &v.industries,
                VocabKind::Chapter => &v.chapters,
            }
        }
        let known: Option<HashSet<String>> = self
            .vocab
            .as_ref()
            .map(|v| map(v, kind).keys().cloned().collect());
        let (what, listed) = match kind {
            VocabKind::Industry => ("industry", "site.json → industries"),
            VocabKind::Chapter => ("chapter", "site.json → chapters"),
        };
        self.reference(a, field, id, known.as_ref(), what, listed)
            .then(|| Named {
                id: id.to_string(),
                name: self
                    .vocab
                    .as_ref()
                    .and_then(|v| map(v, kind).get(id).cloned())
                    .unwrap_or_default(),
            })
    }

    fn vocab_set(&self, pick: impl Fn(&Vocab) -> Vec<String>) -> Option<HashSet<String>> {
        self.vocab.as_ref().map(|v| pick(v).into_iter().collect())
    }

    fn file(&mut self, at: &At, field: &[Seg], rel: &str, kinds: &[&str]) -> Option<u64> {
        let result = values::file(&self.content, rel, kinds);
        self.ok(at, field, result)
    }

    fn link(&mut self, at: &At, field: &[Seg], value: &str) -> bool {
        self.ok(at, field, values::link(value)).is_some()
    }

    fn site(&mut self, p: &Parsed<SiteFile>) -> Option<Site> {
        let a = at(p, Collection::Site);
        let s = &p.record;
        let problems_before = self.problems.len();
        for (key, value) in [("primary", &s.colors.primary), ("accent", &s.colors.accent)] {
            self.ok(&a, &path(&["colors", key]), values::color(value));
        }
        if values::color(&s.colors.primary).is_ok()
            && values::contrast_with_white(&s.colors.primary) < 4.5
        {
            let bad = (
                format!("white text on \"{}\" is hard to read", s.colors.primary),
                "Choose a darker primary colour: white text on it needs a contrast of at least 4.5 to 1.".to_string(),
            );
            self.report(&a, &path(&["colors", "primary"]), bad);
        }
        if let Some(url) = &s.url {
            if self.link(&a, &path(&["url"]), url) && !url.starts_with("http") {
                let bad = (
                    format!("\"{url}\" is not a web address"),
                    "Write the site's address, e.g. \"https://alumni.example.edu/\".".to_string(),
                );
                self.report(&a, &path(&["url"]), bad);
            }
        }
        if self
            .file(&a, &path(&["logo"]), &s.logo, &["svg", "png"])
            .is_some()
        {
            self.media.push(s.logo.clone());
        }

        let mut studies = HashMap::new();
        let mut seen_ids: HashMap<(&str, String), String> = HashMap::new();
        let mut colleges = Vec::new();
        let mut check_id = |v: &mut Validator, field: Vec<Seg>, id: &str| {
            // Each list is its own namespace: a major may share its department's id.
            let kind = match field.iter().rev().nth(2) {
                Some(Seg::Key(k)) => k.as_str(),
                _ => "",
            };
            let kind: &str = [
                "colleges",
                "departments",
                "majors",
                "industries",
                "chapters",
            ]
            .into_iter()
            .find(|k| *k == kind)
            .unwrap_or("");
            if v.ok(&a, &field, values::id(id)).is_none() {
                return;
            }
            if let Some(first) = seen_ids.get(&(kind, id.to_string())) {
                let bad = (
                    format!("id \"{id}\" is already used at {first}"),
                    format!("Every entry in \"{kind}\" needs its own id."),
                );
                v.report(&a, &field, bad);
            } else {
                seen_ids.insert((kind, id.to_string()), super::display_path(&field));
            }
        };
        for (ci, college) in s.colleges.iter().enumerate() {
            let cp = vec![Seg::key("colleges"), Seg::Index(ci)];
            check_id(
                self,
                [cp.clone(), vec![Seg::key("id")]].concat(),
                &college.id,
            );
            colleges.push(college.id.clone());
            for (di, dept) in college.departments.iter().enumerate() {
                let dp = [cp.clone(), vec![Seg::key("departments"), Seg::Index(di)]].concat();
                check_id(self, [dp.clone(), vec![Seg::key("id")]].concat(), &dept.id);
                for (mi, major) in dept.majors.iter().enumerate() {
                    let mp = [
                        dp.clone(),
                        vec![Seg::key("majors"), Seg::Index(mi), Seg::key("id")],
                    ]
                    .concat();
                    check_id(self, mp, &major.id);
                    studies.insert(
                        major.id.clone(),
                        Study {
                            college: college.id.clone(),
                            department: dept.id.clone(),
                            major: major.id.clone(),
                            college_name: college.name.clone(),
                            department_name: dept.name.clone(),
                            major_name: major.name.clone(),
                        },
                    );
                }
            }
        }
        let mut industries = HashMap::new();
        for (i, ind) in s.industries.iter().enumerate() {
            check_id(
                self,
                vec![Seg::key("industries"), Seg::Index(i), Seg::key("id")],
                &ind.id,
            );
            industries.insert(ind.id.clone(), ind.name.clone());
        }
        let mut chapters = HashMap::new();
        let college_set: HashSet<String> = colleges.iter().cloned().collect();
        for (i, ch) in s.chapters.iter().enumerate() {
            let cp = vec![Seg::key("chapters"), Seg::Index(i)];
            check_id(self, [cp.clone(), vec![Seg::key("id")]].concat(), &ch.id);
            let scope = [cp.clone(), vec![Seg::key("scope")]].concat();
            match ch.kind {
                ChapterKind::Regional => {
                    self.ok(&a, &scope, values::country(&ch.scope));
                }
                ChapterKind::College => {
                    self.reference(
                        &a,
                        &scope,
                        &ch.scope,
                        Some(&college_set),
                        "college",
                        "\"colleges\" above",
                    );
                }
            }
            chapters.insert(ch.id.clone(), ch.name.clone());
        }
        for (i, c) in s.contacts.iter().enumerate() {
            self.link(
                &a,
                &[Seg::key("contacts"), Seg::Index(i), Seg::key("href")],
                &c.href,
            );
        }
        self.vocab = Some(Vocab {
            founded: s.founded,
            studies,
            industries,
            chapters,
        });
        (self.problems.len() == problems_before).then(|| Site {
            name: s.name.clone(),
            url: s.url.clone(),
            short_name: s.short_name.clone(),
            tagline: s.tagline.clone(),
            founded: s.founded,
            colors: Colors {
                primary: s.colors.primary.clone(),
                accent: s.colors.accent.clone(),
            },
            logo: media_path(&s.logo),
            colleges: s
                .colleges
                .iter()
                .map(|c| College {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    departments: c
                        .departments
                        .iter()
                        .map(|d| Department {
                            id: d.id.clone(),
                            name: d.name.clone(),
                            majors: d.majors.iter().map(named).collect(),
                        })
                        .collect(),
                })
                .collect(),
            industries: s.industries.iter().map(named).collect(),
            chapters: s
                .chapters
                .iter()
                .map(|c| Chapter {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    kind: match c.kind {
                        ChapterKind::Regional => "regional".into(),
                        ChapterKind::College => "college".into(),
                    },
                    scope: c.scope.clone(),
                })
                .collect(),
            contacts: s
                .contacts
                .iter()
                .map(|c| Contact {
                    label: c.label.clone(),
                    href: c.href.clone(),
                })
                .collect(),
        })
    }

    fn class_year(&mut self, a: &At, field: &[Seg], year: i32) -> bool {
        let founded = self.vocab.as_ref().map(|v| v.founded).unwrap_or(i32::MIN);
        if year < founded || year > 2100 {
            let bad = if year < founded {
                (
                    format!("class year {year} is before the school was founded ({founded})"),
                    "Write the four-digit graduation year.".to_string(),
                )
            } else {
                (
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
    fn alumnus(&mut self, p: &Parsed<AlumnusFile>) -> Option<Option<PublicAlumnus>> {
        let a = at(p, Collection::Alumni);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["name"]), values::non_empty(&r.name, "name"));
        self.class_year(&a, &path(&["class_year"]), r.class_year);
        self.ok(
            &a,
            &path(&["degree"]),
            values::non_empty(&r.degree, "degree"),
        );
        let majors = self.vocab_set(|v| v.studies.keys().cloned().collect());
        self.reference(
            &a,
            &path(&["major"]),
            &r.major,
            majors.as_ref(),
            "major",
            "site.json (colleges → departments → majors)",
        );
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
                    (
                        format!("the bio has {n} characters, more than 500"),
                        "Shorten it: the bio is a short introduction shown on the profile.".into(),
                    ),
                );
            }
        }
        if let Some(photo) = &r.photo {
            self.file(&a, &path(&["photo"]), photo, &["jpg", "jpeg", "png"]);
        }
        if let Some(m) = &r.mentor {
            if !(1..=10).contains(&m.capacity) {
                self.report(&a, &path(&["mentor", "capacity"]), (format!("a capacity of {} mentees is outside 1 to 10", m.capacity), "Write how many mentees the person can take at once; remove \"mentor\" if they cannot take any.".into()));
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
        for (i, field) in r.consent.public.iter().enumerate() {
            if !CONSENT_FIELDS.contains(&field.as_str()) {
                let hint = format!(
                    "{}Fields that can be made public: {}.",
                    did_you_mean(field, CONSENT_FIELDS),
                    CONSENT_FIELDS.join(", ")
                );
                self.report(
                    &a,
                    &[Seg::key("consent"), Seg::key("public"), Seg::Index(i)],
                    (
                        format!("\"{field}\" is not a field that consent can cover"),
                        hint,
                    ),
                );
            }
        }
        if self.problems.len() != before {
            return None;
        }
        Some(self.publish_alumnus(r, country))
    }

    /// The only road from an alumni record to published data: a field is copied only when the
    /// person made it public, and an unlisted person yields nothing at all.
    fn publish_alumnus(
        &mut self,
        r: &AlumnusFile,
        country: Option<Country>,
    ) -> Option<PublicAlumnus> {
        if !r.consent.listed {
            return None;
        }
        let public = |field: &str| r.consent.public.iter().any(|f| f == field);
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
            name_keys: crate::names::pinyin_keys(&r.name),
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
            // Mentoring is an offer the person made in order to be found: published when listed.
            mentor: r.mentor.as_ref().map(|m| Mentoring {
                capacity: m.capacity,
                topics: m.topics.clone(),
                languages: m.languages.clone(),
                previous_industry: m.previous_industry.as_ref().map(|id| Named {
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

    fn album(&mut self, p: &Parsed<AlbumFile>, refs: &Refs) -> Option<Album> {
        let a = at(p, Collection::Gallery);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        let mut photos = Vec::new();
        let mut seen = HashSet::new();
        for (i, ph) in r.photos.iter().enumerate() {
            let pp = |k: &str| vec![Seg::key("photos"), Seg::Index(i), Seg::key(k)];
            if self.ok(&a, &pp("id"), values::id(&ph.id)).is_some() && !seen.insert(ph.id.as_str())
            {
                self.report(
                    &a,
                    &pp("id"),
                    (
                        format!("photo id \"{}\" appears twice in this album", ph.id),
                        "Give every photo in an album its own id.".into(),
                    ),
                );
            }
            let exists = self
                .file(&a, &pp("file"), &ph.file, &["jpg", "jpeg", "png"])
                .is_some();
            self.ok(
                &a,
                &pp("caption"),
                values::non_empty(&ph.caption, "caption"),
            );
            let mut people = Vec::new();
            for (j, person) in ph.people.iter().enumerate() {
                let field = [pp("people"), vec![Seg::Index(j)]].concat();
                if self.reference(
                    &a,
                    &field,
                    person,
                    Some(&refs.alumni),
                    "alumnus",
                    "content/alumni/",
                ) {
                    if let Some(name) = refs.listed.get(person) {
                        people.push(PersonRef {
                            id: person.clone(),
                            name: name.clone(),
                        });
                    }
                }
            }
            if let Some(t) = &ph.timeline {
                self.reference(
                    &a,
                    &pp("timeline"),
                    t,
                    Some(&refs.timeline),
                    "timeline entry",
                    "content/timeline/",
                );
            }
            let (width, height) = if exists {
                match image::image_dimensions(self.content.join(&ph.file)) {
                    Ok(d) => d,
                    Err(err) => {
                        self.report(
                            &a,
                            &pp("file"),
                            (
                                format!("\"{}\" cannot be read as an image ({err})", ph.file),
                                "Export the picture again as JPEG or PNG.".into(),
                            ),
                        );
                        (0, 0)
                    }
                }
            } else {
                (0, 0)
            };
            self.media.push(ph.file.clone());
            photos.push(Photo {
                id: ph.id.clone(),
                src: media_path(&ph.file),
                width,
                height,
                variants: Vec::new(),
                placeholder: None,
                caption: ph.caption.clone(),
                year: ph.year,
                place: ph.place.clone(),
                people,
                timeline: ph.timeline.clone(),
            });
        }
        let ids: Vec<&str> = r.photos.iter().map(|p| p.id.as_str()).collect();
        let mut pairs = Vec::new();
        for (i, pair) in r.pairs.iter().enumerate() {
            let index = |v: &mut Validator, key: &str, id: &str| {
                let found = ids.iter().position(|x| *x == id);
                if found.is_none() {
                    let hint = format!(
                        "{}Name one of this album's photos.",
                        did_you_mean(id, ids.iter().copied())
                    );
                    v.report(
                        &a,
                        &[Seg::key("pairs"), Seg::Index(i), Seg::key(key)],
                        (format!("there is no photo \"{id}\" in this album"), hint),
                    );
                }
                found
            };
            let then = index(self, "then", &pair.then);
            let now = index(self, "now", &pair.now);
            if let (Some(t), Some(n)) = (then, now) {
                pairs.push((t, n));
            }
        }
        let cover = r.photos.iter().position(|ph| ph.id == r.cover);
        if cover.is_none() {
            let hint = format!(
                "{}Name one of this album's photos: {}.",
                did_you_mean(&r.cover, ids.iter().copied()),
                one_of(ids.iter().copied())
            );
            self.report(
                &a,
                &path(&["cover"]),
                (
                    format!("there is no photo \"{}\" in this album", r.cover),
                    hint,
                ),
            );
        }
        (self.problems.len() == before).then(|| Album {
            id: r.id.clone(),
            title: r.title.clone(),
            year: r.year,
            place: r.place.clone(),
            description_html: markdown::to_html(&r.description),
            cover: cover.unwrap_or(0),
            photos,
            pairs,
        })
    }

    fn timeline(
        &mut self,
        p: &Parsed<TimelineFile>,
        refs: &Refs,
        photos: &HashMap<String, PhotoRef>,
    ) -> Option<TimelineEntry> {
        let a = at(p, Collection::Timeline);
        let r = &p.record;
        let before = self.problems.len();
        let date = self.ok(&a, &path(&["date"]), values::partial_date(&r.date));
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        for (i, tag) in r.tags.iter().enumerate() {
            if !TIMELINE_TAGS.contains(&tag.as_str()) {
                let hint = format!(
                    "{}Use {}.",
                    did_you_mean(tag, TIMELINE_TAGS),
                    one_of(TIMELINE_TAGS)
                );
                self.report(
                    &a,
                    &[Seg::key("tags"), Seg::Index(i)],
                    (format!("\"{tag}\" is not a timeline tag"), hint),
                );
            }
        }
        let mut out_photos = Vec::new();
        for (i, photo) in r.photos.iter().enumerate() {
            let field = [Seg::key("photos"), Seg::Index(i)];
            if !photo.contains('/') {
                self.report(
                    &a,
                    &field,
                    (
                        format!("\"{photo}\" does not name an album and a photo"),
                        "Write it as album-id/photo-id, e.g. \"class-of-1975/quad\".".into(),
                    ),
                );
            } else if self.reference(
                &a,
                &field,
                photo,
                refs.photos.as_ref(),
                "photo",
                "content/gallery/ (as album-id/photo-id)",
            ) {
                if let Some(p) = photos.get(photo) {
                    out_photos.push(p.clone());
                }
            }
        }
        (self.problems.len() == before).then(|| TimelineEntry {
            id: r.id.clone(),
            date: date.expect("checked above"),
            title: r.title.clone(),
            story_html: markdown::to_html(&r.story),
            tags: r.tags.clone(),
            photos: out_photos,
        })
    }

    fn event(&mut self, p: &Parsed<EventFile>, refs: &Refs) -> Option<Event> {
        let a = at(p, Collection::Events);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        let tz = self.ok(&a, &path(&["time_zone"]), values::time_zone(&r.time_zone));
        let parse_local =
            |v: &mut Validator, field: &str, value: &str| -> Option<chrono::NaiveDateTime> {
                if r.all_day {
                    let d = v.ok(
                        &a,
                        &path(&[field]),
                        values::date(value).map_err(|(m, _)| {
                            (
                                m,
                                "An all-day event takes dates only, like 2026-06-05.".to_string(),
                            )
                        }),
                    )?;
                    Some(if field == "ends_at" {
                        d.and_hms_opt(23, 59, 59)?
                    } else {
                        d.and_hms_opt(0, 0, 0)?
                    })
                } else {
                    v.ok(&a, &path(&[field]), values::local_date_time(value))
                }
            };
        let starts = parse_local(self, "starts_at", &r.starts_at);
        let ends = parse_local(self, "ends_at", &r.ends_at);
        let mut instants = None;
        if let (Some(s), Some(e), Some(tz)) = (starts, ends, tz) {
            let s_ms = self.ok(
                &a,
                &path(&["starts_at"]),
                values::instant(s, tz, &r.starts_at),
            );
            let e_ms = self.ok(&a, &path(&["ends_at"]), values::instant(e, tz, &r.ends_at));
            if let (Some(s_ms), Some(e_ms)) = (s_ms, e_ms) {
                if e_ms < s_ms {
                    self.report(
                        &a,
                        &path(&["ends_at"]),
                        (
                            format!(
                                "the event ends ({}) before it starts ({})",
                                r.ends_at, r.starts_at
                            ),
                            "Check both dates and times; both are local times in \"time_zone\"."
                                .into(),
                        ),
                    );
                }
                instants = Some((s_ms, e_ms));
            }
        }
        let venue = r.venue.as_ref().and_then(|v| {
            let country = self.ok(
                &a,
                &path(&["venue", "country"]),
                values::country(&v.country),
            )?;
            if let (Some(lat), Some(lon)) = (v.lat, v.lon) {
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    self.report(
                        &a,
                        &path(&["venue", "lat"]),
                        (
                            format!("{lat}, {lon} is not a place on Earth"),
                            "Latitude goes from -90 to 90 and longitude from -180 to 180.".into(),
                        ),
                    );
                }
            }
            Some(Venue {
                name: v.name.clone(),
                address: v.address.clone(),
                city: v.city.clone(),
                country,
                lat: v.lat,
                lon: v.lon,
            })
        });
        if let Some(url) = &r.online_url {
            self.link(&a, &path(&["online_url"]), url);
        }
        if r.venue.is_none() && r.online_url.is_none() {
            self.report(&a, &path(&["venue"]), ("the event has neither a venue nor an online link".into(), "Add \"venue\" for an event in a place, \"online_url\" for one online, or both.".into()));
        }
        let registration = r.registration.as_ref().map(|reg| {
            self.link(&a, &path(&["registration", "url"]), &reg.url);
            let deadline = reg.deadline.as_ref().and_then(|d| {
                let local = self.ok(
                    &a,
                    &path(&["registration", "deadline"]),
                    values::local_date_time(d),
                )?;
                self.ok(
                    &a,
                    &path(&["registration", "deadline"]),
                    values::instant(local, tz?, d),
                )
            });
            Registration {
                url: reg.url.clone(),
                deadline_utc_ms: deadline,
                deadline_local: reg.deadline.clone(),
            }
        });
        if let Some(o) = &r.organiser {
            self.link(&a, &path(&["organiser", "href"]), &o.href);
        }
        if let Some(y) = r.class_year {
            self.class_year(&a, &path(&["class_year"]), y);
        }
        let chapter = r
            .chapter
            .as_ref()
            .and_then(|c| self.vocab_ref(&a, &path(&["chapter"]), c, VocabKind::Chapter));
        if let Some(album) = &r.album {
            self.reference(
                &a,
                &path(&["album"]),
                album,
                Some(&refs.albums),
                "album",
                "content/gallery/",
            );
        }
        if self.problems.len() != before {
            return None;
        }
        let (starts_utc_ms, ends_utc_ms) = instants?;
        Some(Event {
            id: r.id.clone(),
            title: r.title.clone(),
            kind: match r.kind {
                EventKindFile::Reunion => EventKind::Reunion,
                EventKindFile::AlumniWeekend => EventKind::AlumniWeekend,
                EventKindFile::CareerTalk => EventKind::CareerTalk,
                EventKindFile::ChapterMeetup => EventKind::ChapterMeetup,
                EventKindFile::Online => EventKind::Online,
            },
            summary: r.summary.clone(),
            description_html: markdown::to_html(&r.description),
            starts_local: r.starts_at.clone(),
            ends_local: r.ends_at.clone(),
            time_zone: r.time_zone.clone(),
            starts_utc_ms,
            ends_utc_ms,
            all_day: r.all_day,
            venue,
            online_url: r.online_url.clone(),
            registration,
            organiser: r.organiser.as_ref().map(|o| Contact {
                label: o.label.clone(),
                href: o.href.clone(),
            }),
            class_year: r.class_year,
            chapter,
            album: r.album.clone(),
            calendar: None,
        })
    }

    fn resource(&mut self, p: &Parsed<ResourceFile>, refs: &Refs) -> Option<Resource> {
        let a = at(p, Collection::Careers);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        let word =
            |v: &mut Validator, field: Vec<Seg>, value: &str, allowed: &[&str], what: &str| {
                if !allowed.contains(&value) {
                    let hint = format!(
                        "{}Use {}.",
                        did_you_mean(value, allowed.iter().copied()),
                        one_of(allowed.iter().copied())
                    );
                    v.report(&a, &field, (format!("\"{value}\" is not a {what}"), hint));
                }
            };
        word(
            self,
            path(&["category"]),
            &r.category,
            &RESOURCE_CATEGORIES,
            "resource category",
        );
        word(
            self,
            path(&["format"]),
            &r.format,
            &RESOURCE_FORMATS,
            "resource format",
        );
        for (i, stage) in r.stages.iter().enumerate() {
            word(
                self,
                vec![Seg::key("stages"), Seg::Index(i)],
                stage,
                &CAREER_STAGES,
                "career stage",
            );
        }
        let industry = r
            .industry
            .as_ref()
            .and_then(|ind| self.vocab_ref(&a, &path(&["industry"]), ind, VocabKind::Industry));
        let author = match (&r.author, &r.author_name) {
            (Some(id), _)
                if !self.reference(
                    &a,
                    &path(&["author"]),
                    id,
                    Some(&refs.alumni),
                    "alumnus",
                    "content/alumni/",
                ) =>
            {
                None
            }
            // A listed alumnus is named and linked; an unlisted one is not named at all.
            (Some(id), name) => match refs.listed.get(id) {
                Some(listed_name) => Some(Author {
                    name: listed_name.clone(),
                    alumnus: Some(id.clone()),
                }),
                None => name.as_ref().map(|n| Author {
                    name: n.clone(),
                    alumnus: None,
                }),
            },
            (None, Some(name)) => Some(Author {
                name: name.clone(),
                alumnus: None,
            }),
            (None, None) => None,
        };
        self.ok(&a, &path(&["published"]), values::date(&r.published));
        if let Some(u) = &r.updated {
            self.ok(&a, &path(&["updated"]), values::date(u));
        }
        if let Some(u) = &r.url {
            self.link(&a, &path(&["url"]), u);
        }
        let file = r.file.as_ref().and_then(|f| {
            let bytes = self.file(&a, &path(&["file"]), f, &[])?;
            self.media.push(f.clone());
            Some(Download {
                src: media_path(f),
                bytes,
                mime: values::mime(f).to_string(),
            })
        });
        if r.url.is_none() && r.file.is_none() && r.body.trim().is_empty() {
            self.report(
                &a,
                &path(&["body"]),
                (
                    "the resource has no content: no body, link or file".into(),
                    "Write the body, or add \"url\" or \"file\".".into(),
                ),
            );
        }
        (self.problems.len() == before).then(|| Resource {
            id: r.id.clone(),
            title: r.title.clone(),
            category: r.category.clone(),
            stages: r.stages.clone(),
            industry,
            format: r.format.clone(),
            summary: r.summary.clone(),
            body_html: markdown::to_html(&r.body),
            author,
            published: r.published.clone(),
            updated: r.updated.clone(),
            url: r.url.clone(),
            file,
        })
    }

    fn opportunity(&mut self, p: &Parsed<OpportunityFile>, refs: &Refs) -> Option<Opportunity> {
        let a = at(p, Collection::Opportunities);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        if !OPPORTUNITY_KINDS.contains(&r.kind.as_str()) {
            let hint = format!(
                "{}Use {}.",
                did_you_mean(&r.kind, OPPORTUNITY_KINDS),
                one_of(OPPORTUNITY_KINDS)
            );
            self.report(
                &a,
                &path(&["kind"]),
                (format!("\"{}\" is not a kind of opportunity", r.kind), hint),
            );
        }
        let industry = r
            .industry
            .as_ref()
            .and_then(|ind| self.vocab_ref(&a, &path(&["industry"]), ind, VocabKind::Industry));
        let posted = self.ok(&a, &path(&["posted"]), values::date(&r.posted));
        let expires = self.ok(&a, &path(&["expires"]), values::date(&r.expires));
        if let (Some(p), Some(e)) = (posted, expires) {
            if e < p {
                self.report(
                    &a,
                    &path(&["expires"]),
                    (
                        format!(
                            "the posting expires ({}) before it was posted ({})",
                            r.expires, r.posted
                        ),
                        "Check both dates; \"expires\" is the last day to apply.".into(),
                    ),
                );
            }
        }
        self.link(&a, &path(&["apply_url"]), &r.apply_url);
        let posted_by = r.posted_by.as_ref().and_then(|id| {
            self.reference(
                &a,
                &path(&["posted_by"]),
                id,
                Some(&refs.alumni),
                "alumnus",
                "content/alumni/",
            )
            .then(|| {
                refs.listed.get(id).map(|name| PersonRef {
                    id: id.clone(),
                    name: name.clone(),
                })
            })
            .flatten()
        });
        if self.problems.len() != before {
            return None;
        }
        let expires_utc_ms =
            expires?.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis() + 36 * 3_600_000;
        Some(Opportunity {
            id: r.id.clone(),
            title: r.title.clone(),
            kind: r.kind.clone(),
            employer: r.employer.clone(),
            location: r.location.clone(),
            industry,
            summary: r.summary.clone(),
            posted: r.posted.clone(),
            expires: r.expires.clone(),
            expires_utc_ms,
            apply_url: r.apply_url.clone(),
            posted_by,
        })
    }
}

fn named(n: &NamedFile) -> Named {
    Named {
        id: n.id.clone(),
        name: n.name.clone(),
    }
}

/// Where a content file is published: `content/gallery/x.jpg` → `media/gallery/x.jpg`.
pub fn media_path(rel: &str) -> String {
    format!("media/{rel}")
}
