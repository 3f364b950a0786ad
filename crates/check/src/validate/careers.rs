//! Career resources (guides, downloads, links) and job or internship opportunities.

use super::*;

impl Validator<'_> {
    pub(super) fn resource(&mut self, p: &Parsed<ResourceFile>, refs: &Refs) -> Option<Resource> {
        let a = at(p, Collection::Careers);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        for (field, text) in [
            ("title", Some(&r.title)),
            ("summary", Some(&r.summary)),
            ("body", Some(&r.body)),
            ("author_name", r.author_name.as_ref()),
        ] {
            if let Some(text) = text {
                self.names_nobody_unlisted(&a, &path(&[field]), text, refs);
            }
        }
        let category = self.word(&a, &path(&["category"]), &r.category, "resource category");
        let format = self.word(&a, &path(&["format"]), &r.format, "resource format");
        let stages: Vec<Option<Stage>> = (r.stages.iter().enumerate())
            .map(|(i, stage)| {
                self.word(
                    &a,
                    &[Seg::key("stages"), Seg::Index(i)],
                    stage,
                    "career stage",
                )
            })
            .collect();
        let industry = r
            .industry
            .as_ref()
            .and_then(|ind| self.vocab_ref(&a, &path(&["industry"]), ind, VocabKind::Industry));
        let author = match (&r.author, &r.author_name) {
            (Some(id), _) if !self.alumnus_ref(&a, &path(&["author"]), id, refs) => None,
            // A listed alumnus is named and linked; an unlisted one is not named at all, not
            // even by the name written beside the id.
            (Some(id), _) => refs.listed.get(id).map(|listed_name| Author {
                name: listed_name.clone(),
                alumnus: Some(id.clone()),
            }),
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
            let bytes = self.file(&a, &path(&["file"]), f, FileKind::Download)?;
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
                Bad::new(
                    "the resource has no content: no body, link or file".into(),
                    "Write the body, or add \"url\" or \"file\".".into(),
                ),
            );
        }
        if self.problems.len() != before {
            return None;
        }
        Some(Resource {
            id: r.id.clone(),
            title: r.title.clone(),
            category: category?,
            stages: stages.into_iter().collect::<Option<_>>()?,
            industry,
            format: format?,
            summary: r.summary.clone(),
            body_html: self.markdown(&a, &path(&["body"]), &r.body),
            author,
            published: r.published.clone(),
            updated: r.updated.clone(),
            url: r.url.clone(),
            file,
        })
    }

    pub(super) fn opportunity(
        &mut self,
        p: &Parsed<OpportunityFile>,
        refs: &Refs,
    ) -> Option<Opportunity> {
        let a = at(p, Collection::Opportunities);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        self.names_nobody_unlisted(&a, &path(&["title"]), &r.title, refs);
        self.names_nobody_unlisted(&a, &path(&["summary"]), &r.summary, refs);
        let kind = self.word(&a, &path(&["kind"]), &r.kind, "kind of opportunity");
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
                    Bad::new(
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
            self.alumnus_ref(&a, &path(&["posted_by"]), id, refs)
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
            kind: kind?,
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
