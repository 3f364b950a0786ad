//! Gallery albums and their photos.

use super::*;

impl Validator<'_> {
    pub(super) fn album(&mut self, p: &Parsed<AlbumFile>, refs: &Refs) -> Option<Album> {
        let a = at(p, Collection::Gallery);
        let r = &p.record;
        let before = self.problems.len();
        self.ok(&a, &path(&["title"]), values::non_empty(&r.title, "title"));
        self.names_nobody_unlisted(&a, &path(&["title"]), &r.title, refs);
        self.names_nobody_unlisted(&a, &path(&["description"]), &r.description, refs);
        let mut photos = Vec::new();
        let mut seen = HashSet::new();
        for (i, ph) in r.photos.iter().enumerate() {
            let pp = |k: &str| vec![Seg::key("photos"), Seg::Index(i), Seg::key(k)];
            if self.ok(&a, &pp("id"), values::id(&ph.id)).is_some() && !seen.insert(ph.id.as_str())
            {
                self.report(
                    &a,
                    &pp("id"),
                    Bad::new(
                        format!("photo id \"{}\" appears twice in this album", ph.id),
                        "Give every photo in an album its own id.".into(),
                    ),
                );
            }
            photos.push(self.photo(&a, i, ph, refs));
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
                        Bad::new(format!("there is no photo \"{id}\" in this album"), hint),
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
                Bad::new(
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
            description_html: self.markdown(&a, &path(&["description"]), &r.description),
            cover: cover.unwrap_or(0),
            photos,
            pairs,
        })
    }

    /// One photo: its file readable as an image, its people and timeline entry known; only
    /// listed people are named.
    fn photo(&mut self, a: &At, i: usize, ph: &PhotoFile, refs: &Refs) -> Photo {
        let pp = |k: &str| vec![Seg::key("photos"), Seg::Index(i), Seg::key(k)];
        let size = self.photo_file(a, &pp("file"), &ph.file);
        self.ok(a, &pp("caption"), values::non_empty(&ph.caption, "caption"));
        self.names_nobody_unlisted(a, &pp("caption"), &ph.caption, refs);
        self.names_nobody_unlisted(a, &pp("place"), &ph.place, refs);
        let mut people = Vec::new();
        for (j, person) in ph.people.iter().enumerate() {
            let field = [pp("people"), vec![Seg::Index(j)]].concat();
            if self.alumnus_ref(a, &field, person, refs) {
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
                a,
                &pp("timeline"),
                t,
                Some(&refs.timeline),
                "timeline entry",
                "content/timeline/",
            );
        }
        let (width, height) = size.unwrap_or((0, 0));
        self.media.push(ph.file.clone());
        Photo {
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
        }
    }
}
