//! Events: times in their zone, registration, chapters.

use super::*;

impl Validator<'_> {
    pub(super) fn event(&mut self, p: &Parsed<EventFile>, refs: &Refs) -> Option<Event> {
        let a = at(p, Collection::Events);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        self.names_nobody_unlisted(&a, &path(&["title"]), &r.title, refs);
        self.names_nobody_unlisted(&a, &path(&["description"]), &r.description, refs);
        let tz = self.ok(&a, &path(&["time_zone"]), values::time_zone(&r.time_zone));
        let instants = self.event_times(&a, r, tz);
        let venue = self.event_venue(&a, r);
        if let Some(url) = &r.online_url {
            self.link(&a, &path(&["online_url"]), url);
        }
        if r.venue.is_none() && r.online_url.is_none() {
            self.report(&a, &path(&["venue"]), Bad::new("the event has neither a venue nor an online link".into(), "Add \"venue\" for an event in a place, \"online_url\" for one online, or both.".into()));
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
            description_html: self.markdown(&a, &path(&["description"]), &r.description),
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

    /// The start and end as UTC instants, from local times in the event's zone.
    /// The local times are checked even when the zone is not known.
    fn event_times(
        &mut self,
        a: &At,
        r: &EventFile,
        tz: Option<chrono_tz::Tz>,
    ) -> Option<(i64, i64)> {
        let parse_local =
            |v: &mut Validator, field: &str, value: &str| -> Option<chrono::NaiveDateTime> {
                if r.all_day {
                    let d = v.ok(
                        a,
                        &path(&[field]),
                        values::date(value).map_err(|bad| {
                            Bad::new(
                                bad.what,
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
                    v.ok(a, &path(&[field]), values::local_date_time(value))
                }
            };
        let starts = parse_local(self, "starts_at", &r.starts_at);
        let ends = parse_local(self, "ends_at", &r.ends_at);
        let mut instants = None;
        if let (Some(s), Some(e), Some(tz)) = (starts, ends, tz) {
            let s_ms = self.ok(
                a,
                &path(&["starts_at"]),
                values::instant(s, tz, &r.starts_at),
            );
            let e_ms = self.ok(a, &path(&["ends_at"]), values::instant(e, tz, &r.ends_at));
            if let (Some(s_ms), Some(e_ms)) = (s_ms, e_ms) {
                if e_ms < s_ms {
                    self.report(
                        a,
                        &path(&["ends_at"]),
                        Bad::new(
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
        instants
    }

    fn event_venue(&mut self, a: &At, r: &EventFile) -> Option<Venue> {
        r.venue.as_ref().and_then(|v| {
            let country = self.ok(a, &path(&["venue", "country"]), values::country(&v.country))?;
            if let (Some(lat), Some(lon)) = (v.lat, v.lon) {
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    self.report(
                        a,
                        &path(&["venue", "lat"]),
                        Bad::new(
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
        })
    }
}
