//! Class notes: signed by a listed alumnus, dated, short, naming nobody unlisted.

use super::*;

impl Validator<'_> {
    pub(super) fn note(&mut self, p: &Parsed<NoteFile>, refs: &Refs) -> Option<ClassNote> {
        let a = at(p, Collection::Notes);
        let r = &p.record;
        let before = self.problems.len();
        let known = self.alumnus_ref(&a, &path(&["alumnus"]), &r.alumnus, refs);
        let author = refs.listed.get(&r.alumnus);
        if known && author.is_none() {
            self.report(
                &a,
                &path(&["alumnus"]),
                Bad::new(
                    "the person who sent this note is not listed in the directory".into(),
                    "A class note is signed with its sender's name: publish it only once they are listed, or delete it.".into(),
                ),
            );
        }
        self.ok(&a, &path(&["date"]), values::date(&r.date));
        self.ok(&a, &path(&["text"]), values::non_empty(&r.text, "text"));
        let n = r.text.chars().count();
        if n > 500 {
            self.report(
                &a,
                &path(&["text"]),
                Bad::new(
                    format!("the note has {n} characters, more than 500"),
                    "Shorten it: a class note is a few lines of news.".into(),
                ),
            );
        }
        self.names_nobody_unlisted(&a, &path(&["text"]), &r.text, refs);
        if self.problems.len() != before {
            return None;
        }
        Some(ClassNote {
            id: r.id.clone(),
            author: PersonRef {
                id: r.alumnus.clone(),
                name: author?.clone(),
            },
            class_year: *refs.years.get(&r.alumnus)?,
            date: r.date.clone(),
            text: r.text.clone(),
        })
    }
}
