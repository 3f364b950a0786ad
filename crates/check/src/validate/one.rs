//! One record's text checked in memory: an alumnus against a content folder's school (what
//! `homecoming import` does with every row), and any file against the test fixture's school
//! (what the fuzzer drives, `make fuzz`).

use super::*;
use std::path::Path;

/// Alumni records checked one by one, in memory, as if each were
/// `content/alumni/<its id>.json`: against `content/site.json`, `content/forgotten.json` and
/// the files under `content/` (what `homecoming import` does with every row, and `apply`
/// with a request). Reads the school once.
pub struct AlumnusChecker<'r> {
    v: Validator<'r>,
    forgotten: HashSet<String>,
}

impl<'r> AlumnusChecker<'r> {
    /// The checker of `content`'s school, or the school's own problems.
    pub fn new(
        content: &Path,
        render: &'r Render,
    ) -> Result<AlumnusChecker<'r>, Vec<crate::Problem>> {
        let mut loader = Loader::new(content);
        let mut v = Validator::new(render, content);
        if let Some(site) = loader.file::<SiteFile>(&content.join("site.json"), Collection::Site) {
            v.site(&site);
        }
        loader.problems.append(&mut v.problems);
        let forgotten = crate::forgotten::read(content).map_err(|e| {
            vec![crate::Problem::whole_file(
                content
                    .join(crate::forgotten::FORGOTTEN_FILE)
                    .display()
                    .to_string(),
                (1, 1),
                "forgotten",
                format!("the list of forgotten people cannot be read ({e})"),
                "Restore the file from git: only `homecoming forget` writes it.".into(),
            )]
        })?;
        if !loader.problems.is_empty() || v.vocab.is_none() {
            return Err(loader.problems);
        }
        Ok(AlumnusChecker { v, forgotten })
    }

    /// Whether `id` (a record's id, or `source:<office id>`) was forgotten.
    pub fn is_forgotten(&self, id: &str) -> bool {
        self.forgotten.contains(&crate::forgotten::id_hash(id))
    }

    /// The problems of the record `src`, reported as in `file`; none means it would publish.
    pub fn check(&mut self, file: &str, src: &str) -> Vec<crate::Problem> {
        let mut loader = Loader::new(&self.v.content);
        self.v.problems.clear();
        self.v.media.clear();
        if let Some(p) = loader.parse::<AlumnusFile>(file.to_string(), src, Collection::Alumni) {
            if self.is_forgotten(&p.record.id) {
                let a = at(&p, Collection::Alumni);
                self.v.report(
                    &a,
                    &path(&["id"]),
                    Bad::new(
                        "this person asked to be forgotten and was removed (content/forgotten.json)".into(),
                        "Remove the person from the export it came from: a forgotten person never comes back.".into(),
                    ),
                );
            }
            self.v.alumnus(&p);
        }
        loader.problems.append(&mut self.v.problems);
        loader.problems
    }
}

/// One file's text checked as a record of `collection`, in memory, against the school of the
/// test fixture: what the fuzzer drives (`make fuzz`). Files it names do not exist, so file
/// checks report them missing; every other rule runs. Returns the problems.
#[doc(hidden)]
pub fn fuzz_record(collection: Collection, src: &str, render: &Render) -> Vec<crate::Problem> {
    const SITE: &str = include_str!("../../tests/fixtures/base/site.json");
    let mut loader = Loader::new(std::path::Path::new("/nonexistent-fuzz-content"));
    let mut v = Validator::new(render, &loader.dir);
    let file = |name: &str| format!("/nonexistent-fuzz-content/{name}");
    let site_src = if collection == Collection::Site {
        src
    } else {
        SITE
    };
    if let Some(site) = loader.parse::<SiteFile>(file("site.json"), site_src, Collection::Site) {
        v.site(&site);
    }
    let refs = Refs {
        years: [("ada-lovelace".to_string(), 1975)].into(),
        roles: ["ada-lovelace"].map(String::from).into(),
        unlisted: UnlistedNames::of(&["wang fang", "王芳"]),
        alumni: ["ada-lovelace", "wang-fang"].map(String::from).into(),
        timeline: ["founding"].map(String::from).into(),
        albums: ["reunion-1975"].map(String::from).into(),
        photos: Some(["reunion-1975/hall"].map(String::from).into()),
        listed: [("ada-lovelace".to_string(), "Ada Lovelace".to_string())].into(),
    };
    let name = file("record.json");
    match collection {
        Collection::Site => {}
        Collection::Alumni => {
            if let Some(p) = loader.parse::<AlumnusFile>(name, src, collection) {
                v.not_forgotten(std::slice::from_ref(&p));
                v.alumnus(&p);
            }
        }
        Collection::Timeline => {
            if let Some(p) = loader.parse::<TimelineFile>(name, src, collection) {
                v.timeline(&p, &refs, &HashMap::new());
            }
        }
        Collection::Gallery => {
            if let Some(p) = loader.parse::<AlbumFile>(name, src, collection) {
                v.album(&p, &refs);
            }
        }
        Collection::Events => {
            if let Some(p) = loader.parse::<EventFile>(name, src, collection) {
                v.event(&p, &refs);
            }
        }
        Collection::Careers => {
            if let Some(p) = loader.parse::<ResourceFile>(name, src, collection) {
                v.resource(&p, &refs);
            }
        }
        Collection::Notes => {
            if let Some(p) = loader.parse::<NoteFile>(name.clone(), src, collection) {
                v.note(&p, &refs);
            }
        }
        Collection::Opportunities => {
            if let Some(p) = loader.parse::<OpportunityFile>(name, src, collection) {
                v.opportunity(&p, &refs);
            }
        }
        Collection::Chapters => {
            if let Some(p) = loader.parse::<ChapterPageFile>(name, src, collection) {
                v.chapter_page(&p, &refs);
            }
        }
        Collection::Giving => {
            if let Some(p) = loader.parse::<GiftFile>(name, src, collection) {
                v.gift(&p, &refs);
            }
        }
        Collection::Funds => {
            if let Some(p) = loader.parse::<FundFile>(name, src, collection) {
                v.fund(&p, &refs);
            }
        }
        Collection::Stories => {
            if let Some(p) = loader.parse::<StoryFile>(name, src, collection) {
                v.story(&p, &refs);
            }
        }
        Collection::Consultations => {
            if let Some(p) = loader.parse::<ConsultationFile>(name, src, collection) {
                v.consultation(&p, &refs);
            }
        }
        Collection::Voice => {
            if let Some(p) = loader.parse::<VoiceFile>(name, src, collection) {
                v.voice(&p, &refs);
            }
        }
    }
    loader.problems.append(&mut v.problems);
    loader.problems
}
