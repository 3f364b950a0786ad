//! Timeline entries.

use super::*;

impl Validator<'_> {
    pub(super) fn timeline(
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
        self.names_nobody_unlisted(&a, &path(&["title"]), &r.title, refs);
        self.names_nobody_unlisted(&a, &path(&["story"]), &r.story, refs);
        let tags: Vec<Option<TimelineTag>> = (r.tags.iter().enumerate())
            .map(|(i, tag)| self.word(&a, &[Seg::key("tags"), Seg::Index(i)], tag, "timeline tag"))
            .collect();
        let mut out_photos = Vec::new();
        for (i, photo) in r.photos.iter().enumerate() {
            let field = [Seg::key("photos"), Seg::Index(i)];
            if !photo.contains('/') {
                self.report(
                    &a,
                    &field,
                    Bad::new(
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
        if self.problems.len() != before {
            return None;
        }
        Some(TimelineEntry {
            id: r.id.clone(),
            date: date?,
            title: r.title.clone(),
            story_html: self.markdown(&a, &path(&["story"]), &r.story),
            tags: tags.into_iter().collect::<Option<_>>()?,
            photos: out_photos,
        })
    }
}
