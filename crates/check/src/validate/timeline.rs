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
                    Bad::new(format!("\"{tag}\" is not a timeline tag"), hint),
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
        (self.problems.len() == before).then(|| TimelineEntry {
            id: r.id.clone(),
            date: date.expect("checked above"),
            title: r.title.clone(),
            story_html: (self.render.markdown)(&r.story),
            tags: r.tags.clone(),
            photos: out_photos,
        })
    }
}
