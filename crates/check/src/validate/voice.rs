//! Alumni voice: consultations with their closing time in its zone, the council and
//! representatives (named only with "roles" in their consent), minutes and reports.

use super::*;
use homecoming_core::community::*;

impl Validator<'_> {
    pub(super) fn consultation(
        &mut self,
        p: &Parsed<ConsultationFile>,
        refs: &Refs,
    ) -> Option<Consultation> {
        let a = at(p, Collection::Consultations);
        let r = &p.record;
        let before = self.problems.len();
        self.text(&a, &["title"], &r.title, "title", refs);
        self.text(&a, &["question"], &r.question, "question", refs);
        self.ok(&a, &path(&["opened"]), values::date(&r.opened));
        let tz = self.ok(&a, &path(&["time_zone"]), values::time_zone(&r.time_zone));
        let local = self.ok(&a, &path(&["closes"]), values::local_date_time(&r.closes));
        let closes = match (local, tz) {
            (Some(local), Some(tz)) => self.ok(
                &a,
                &path(&["closes"]),
                values::instant(local, tz, &r.closes),
            ),
            _ => None,
        };
        if let (Ok(opened), Some(local)) = (values::date(&r.opened), local) {
            if local.date() < opened {
                self.report(
                    &a,
                    &path(&["closes"]),
                    Bad::new(
                        format!(
                            "the consultation closes on {} before it opened on {}",
                            local.date(),
                            r.opened
                        ),
                        "Check both dates: \"closes\" is when responses stop, after \"opened\"."
                            .into(),
                    ),
                );
            }
        }
        self.link(&a, &path(&["respond"]), &r.respond);
        let md = |v: &mut Self, field: &str, text: Option<&String>| {
            let text = text.map(String::as_str).unwrap_or("");
            v.names_nobody_unlisted(&a, &path(&[field]), text, refs);
            v.markdown(&a, &path(&[field]), text)
        };
        let background_html = md(self, "background", Some(&r.background));
        let heard_html = md(self, "heard", r.heard.as_ref());
        let did_html = md(self, "did", r.did.as_ref());
        (self.problems.len() == before).then_some(())?;
        Some(Consultation {
            id: r.id.clone(),
            title: r.title.clone(),
            question: r.question.clone(),
            background_html,
            opened: r.opened.clone(),
            closes_local: r.closes.clone(),
            time_zone: r.time_zone.clone(),
            closes_utc_ms: closes?,
            respond: r.respond.clone(),
            heard_html,
            did_html,
        })
    }

    fn seat(
        &mut self,
        a: &At,
        at_seat: Vec<Seg>,
        s: &SeatFile,
        refs: &Refs,
        needs_body: bool,
    ) -> Option<Seat> {
        let field = |k: &str| [at_seat.clone(), vec![Seg::key(k)]].concat();
        self.ok(a, &field("role"), values::non_empty(&s.role, "role"));
        let body = s.body.clone().unwrap_or_default();
        if needs_body && body.trim().is_empty() {
            self.report(
                a,
                &field("body"),
                Bad::new(
                    "the representative has no \"body\"".into(),
                    "Name the university body they sit on, like \"University Council\".".into(),
                ),
            );
        }
        self.year(a, &field("from"), s.from, "first year of the term");
        self.year(a, &field("to"), s.to, "last year of the term");
        if s.to < s.from {
            self.report(
                a,
                &field("to"),
                Bad::new(
                    format!("the term ends in {} before it starts in {}", s.to, s.from),
                    "Write the first year in \"from\" and the last in \"to\".".into(),
                ),
            );
        }
        let (person, class_year) = self.in_role(a, &field("alumnus"), &s.alumnus, refs)?;
        Some(Seat {
            person,
            class_year,
            role: s.role.clone(),
            body,
            term_from: s.from,
            term_to: s.to,
        })
    }

    pub(super) fn voice(&mut self, p: &Parsed<VoiceFile>, refs: &Refs) -> Option<Voice> {
        let a = at(p, Collection::Voice);
        let r = &p.record;
        let before = self.problems.len();
        self.text(&a, &["council", "name"], &r.council.name, "name", refs);
        self.names_nobody_unlisted(&a, &path(&["council", "about"]), &r.council.about, refs);
        let council_about_html = self.markdown(&a, &path(&["council", "about"]), &r.council.about);
        let mut council = Vec::new();
        for (i, s) in r.council.members.iter().enumerate() {
            let at_seat = vec![Seg::key("council"), Seg::key("members"), Seg::Index(i)];
            council.extend(self.seat(&a, at_seat, s, refs, false));
        }
        let mut representatives = Vec::new();
        for (i, s) in r.representatives.iter().enumerate() {
            let at_seat = vec![Seg::key("representatives"), Seg::Index(i)];
            representatives.extend(self.seat(&a, at_seat, s, refs, true));
        }
        let mut documents = Vec::new();
        for (i, d) in r.documents.iter().enumerate() {
            let field = |k: &str| vec![Seg::key("documents"), Seg::Index(i), Seg::key(k)];
            self.ok(&a, &field("title"), values::non_empty(&d.title, "title"));
            self.names_nobody_unlisted(&a, &field("title"), &d.title, refs);
            self.ok(&a, &field("date"), values::date(&d.date));
            if let Some(bytes) = self.file(&a, &field("file"), &d.file, FileKind::Download) {
                self.media.push(d.file.clone());
                let file = Download {
                    src: media_path(&d.file),
                    bytes,
                    mime: values::mime(&d.file).to_string(),
                };
                documents.push(Document {
                    title: d.title.clone(),
                    date: d.date.clone(),
                    file,
                });
            }
        }
        documents.sort_by(|a, b| b.date.cmp(&a.date));
        (self.problems.len() == before).then_some(())?;
        Some(Voice {
            council_name: r.council.name.clone(),
            council_about_html,
            council,
            representatives,
            documents,
            consultations: Vec::new(),
        })
    }
}

/// Latest closing first. The app judges open and closed by the device clock at view time and
/// shows the open ones first, closing soonest first.
pub(super) fn sort_consultations(list: &mut [Consultation]) {
    list.sort_by_key(|c| std::cmp::Reverse(c.closes_utc_ms));
}
