//! `site.json`: the school, its colours, studies, industries, chapters and links.

use super::*;
use std::collections::BTreeMap;

impl Validator<'_> {
    pub(super) fn site(&mut self, p: &Parsed<SiteFile>) -> Option<Site> {
        let a = at(p, Collection::Site);
        let s = &p.record;
        let problems_before = self.problems.len();
        self.site_look(&a, s);
        let vocab = self.site_vocab(&a, s);
        self.vocab = Some(vocab);
        let names_zh = self.site_names_zh(&a, s);
        (self.problems.len() == problems_before).then(|| publish_site(s, names_zh))
    }

    /// Every `name_zh` (and `short_name_zh`): written, and one Chinese form per English name,
    /// since the interface finds the Chinese form by the English name the data carries.
    fn site_names_zh(&mut self, a: &At, s: &SiteFile) -> BTreeMap<String, String> {
        // Each entry: where it is, its field, the English name and its Chinese form.
        let mut entries: Vec<(Vec<Seg>, &str, &str, &Option<String>)> = vec![
            (vec![], "name_zh", &s.name, &s.name_zh),
            (vec![], "short_name_zh", &s.short_name, &s.short_name_zh),
        ];
        for (ci, c) in s.colleges.iter().enumerate() {
            let cp = vec![Seg::key("colleges"), Seg::Index(ci)];
            entries.push((cp.clone(), "name_zh", &c.name, &c.name_zh));
            for (di, d) in c.departments.iter().enumerate() {
                let dp = [cp.clone(), vec![Seg::key("departments"), Seg::Index(di)]].concat();
                entries.push((dp.clone(), "name_zh", &d.name, &d.name_zh));
                for (mi, m) in d.majors.iter().enumerate() {
                    let mp = [dp.clone(), vec![Seg::key("majors"), Seg::Index(mi)]].concat();
                    entries.push((mp, "name_zh", &m.name, &m.name_zh));
                }
            }
        }
        for (i, n) in s.industries.iter().enumerate() {
            let at = vec![Seg::key("industries"), Seg::Index(i)];
            entries.push((at, "name_zh", &n.name, &n.name_zh));
        }
        for (i, c) in s.chapters.iter().enumerate() {
            let at = vec![Seg::key("chapters"), Seg::Index(i)];
            entries.push((at, "name_zh", &c.name, &c.name_zh));
        }
        let mut names: BTreeMap<String, String> = BTreeMap::new();
        let mut first_at: HashMap<&str, String> = HashMap::new();
        for (at, key, english, zh) in entries {
            let Some(zh) = zh else { continue };
            let field = [at, vec![Seg::key(key)]].concat();
            if zh.trim().is_empty() {
                let bad = Bad::new(
                    format!("the Chinese form of \"{english}\" is empty"),
                    format!("Write the name in Simplified Chinese, or leave out \"{key}\" to show \"{english}\" to Chinese readers too."),
                );
                self.report(a, &field, bad);
                continue;
            }
            let zh = zh.trim().to_string();
            match names.get(english) {
                Some(earlier) if *earlier != zh => {
                    let bad = Bad::new(
                        format!("\"{english}\" already has the Chinese name \"{earlier}\" at {}", first_at[english]),
                        "The interface finds a Chinese name by its English name, so the same English name needs the same Chinese name everywhere: make the two agree, or give the entries different English names.".to_string(),
                    );
                    self.report(a, &field, bad);
                }
                Some(_) => {}
                None => {
                    first_at.insert(english, crate::display_path(&field));
                    names.insert(english.to_string(), zh);
                }
            }
        }
        names
    }

    /// Colours, address and logo.
    fn site_look(&mut self, a: &At, s: &SiteFile) {
        for (key, value) in [("primary", &s.colors.primary), ("accent", &s.colors.accent)] {
            self.ok(a, &path(&["colors", key]), values::color(value));
        }
        if values::color(&s.colors.primary).is_ok()
            && values::contrast_with_white(&s.colors.primary) < 4.5
        {
            let bad = Bad::new(
                format!("white text on \"{}\" is hard to read", s.colors.primary),
                "Choose a darker primary colour: white text on it needs a contrast of at least 4.5 to 1.".to_string(),
            );
            self.report(a, &path(&["colors", "primary"]), bad);
        }
        if let Some(url) = &s.url {
            if self.link(a, &path(&["url"]), url) && !url.starts_with("http") {
                let bad = Bad::new(
                    format!("\"{url}\" is not a web address"),
                    "Write the site's address, e.g. \"https://alumni.example.edu/\".".to_string(),
                );
                self.report(a, &path(&["url"]), bad);
            }
        }
        if self
            .file(a, &path(&["logo"]), &s.logo, FileKind::Logo)
            .is_some()
        {
            self.media.push(s.logo.clone());
        }
        if let Some(u) = &s.updates {
            if let Some(email) = &u.email {
                self.ok(a, &path(&["updates", "email"]), values::email(email));
            }
            if let Some(url) = &u.endpoint {
                self.link(a, &path(&["updates", "endpoint"]), url);
            }
            if let Some(url) = &u.github {
                let repo = url.strip_prefix("https://github.com/").unwrap_or("");
                let parts: Vec<&str> = repo.trim_end_matches('/').split('/').collect();
                if parts.len() != 2
                    || parts.iter().any(|p| {
                        values::id(&p.to_ascii_lowercase().replace(['_', '.'], "-")).is_err()
                    })
                {
                    let bad = Bad::new(
                        format!("\"{url}\" is not a GitHub repository address"),
                        "Write it as https://github.com/<owner>/<repository>.".into(),
                    );
                    self.report(a, &path(&["updates", "github"]), bad);
                }
            }
        }
        for (i, c) in s.contacts.iter().enumerate() {
            self.link(
                a,
                &[Seg::key("contacts"), Seg::Index(i), Seg::key("href")],
                &c.href,
            );
        }
    }

    /// Studies, industries and chapters: ids unique within each list, chapters' scopes real.
    fn site_vocab(&mut self, a: &At, s: &SiteFile) -> Vocab {
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
            if v.ok(a, &field, values::id(id)).is_none() {
                return;
            }
            if let Some(first) = seen_ids.get(&(kind, id.to_string())) {
                let bad = Bad::new(
                    format!("id \"{id}\" is already used at {first}"),
                    format!("Every entry in \"{kind}\" needs its own id."),
                );
                v.report(a, &field, bad);
            } else {
                seen_ids.insert((kind, id.to_string()), crate::display_path(&field));
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
                ChapterKindFile::Regional => {
                    self.ok(a, &scope, values::country(&ch.scope));
                }
                ChapterKindFile::College => {
                    self.reference(
                        a,
                        &scope,
                        &ch.scope,
                        Some(&college_set),
                        "college",
                        "\"colleges\" above",
                    );
                }
                ChapterKindFile::Interest => {
                    self.ok(a, &scope, values::id(&ch.scope));
                }
            }
            chapters.insert(ch.id.clone(), ch.name.clone());
        }
        Vocab {
            founded: s.founded,
            public_repository: s.repository == Repository::Public,
            studies,
            industries,
            chapters,
        }
    }
}

/// The published form of a valid `site.json`.
fn publish_site(s: &SiteFile, names_zh: BTreeMap<String, String>) -> Site {
    Site {
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
        updates: Updates {
            email: s
                .updates
                .as_ref()
                .and_then(|u| u.email.clone())
                .or_else(|| {
                    s.contacts
                        .iter()
                        .find_map(|c| c.href.strip_prefix("mailto:"))
                        .map(|a| a.split('?').next().unwrap_or(a).to_string())
                })
                .unwrap_or_default(),
            endpoint: s.updates.as_ref().and_then(|u| u.endpoint.clone()),
            github: s.updates.as_ref().and_then(|u| u.github.clone()),
        },
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
                    ChapterKindFile::Regional => homecoming_core::model::ChapterKind::Regional,
                    ChapterKindFile::College => homecoming_core::model::ChapterKind::College,
                    ChapterKindFile::Interest => homecoming_core::model::ChapterKind::Interest,
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
        search_engines_index_people: s.search_engines_index_people,
        names_zh,
    }
}
