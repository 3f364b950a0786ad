//! Validation of parsed records into the public model. Every record is checked in full, public
//! or not, so staff hear about every mistake; only what is public is returned.

mod alumni;
mod careers;
mod community;
mod events;
mod gallery;
mod notes;
mod one;
mod privacy;
mod site;
mod timeline;
mod voice;

pub use one::{fuzz_record, AlumnusChecker};
use privacy::UnlistedNames;

use crate::content::*;
use crate::problem::{did_you_mean, one_of};
use crate::values::{self, Bad, FileKind};
use crate::{At, Loader, Parsed, Render, Seg, SiteData};
use homecoming_core::members::{self, MembersOnly};
use homecoming_core::model::*;
use homecoming_core::vocab::Vocabulary;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

pub(super) fn run(loader: &mut Loader, render: &Render) -> Option<SiteData> {
    let site_path = loader.dir.join("site.json");
    let site_file = loader.file::<SiteFile>(&site_path, Collection::Site);
    let alumni = loader.collection::<AlumnusFile>(Collection::Alumni);
    let timeline = loader.collection::<TimelineFile>(Collection::Timeline);
    let albums = loader.collection::<AlbumFile>(Collection::Gallery);
    let events = loader.collection::<EventFile>(Collection::Events);
    let careers = loader.collection::<ResourceFile>(Collection::Careers);
    let opportunities = loader.collection::<OpportunityFile>(Collection::Opportunities);
    let notes = loader.collection::<NoteFile>(Collection::Notes);
    let more = Community::load(loader);

    let mut v = Validator::new(render, &loader.dir);
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
    v.not_forgotten(&alumni);
    let mut refs = alumni_refs(&mut v, &alumni, unparsed(Collection::Alumni));
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
    refs.timeline = timeline_ids;
    refs.albums = album_ids;
    refs.photos = gallery_complete.then_some(photo_ids);

    let public_alumni = publish_alumni(&mut v, alumni);
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
    let opportunity = |o| v.opportunity(o, &refs);
    let mut opportunities_out: Vec<Opportunity> =
        opportunities.iter().filter_map(opportunity).collect();
    opportunities_out.sort_by(|a, b| b.posted.cmp(&a.posted).then(a.id.cmp(&b.id)));
    v.unique_ids(Collection::Notes, &notes, |r| &r.id);
    let mut notes_out: Vec<ClassNote> = notes.iter().filter_map(|n| v.note(n, &refs)).collect();
    notes_out.sort_by(|a, b| b.date.cmp(&a.date).then(a.id.cmp(&b.id)));
    let (chapters, giving, voice) = community(&mut v, &refs, &public_alumni, site.as_ref(), more);

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
        notes: notes_out,
        chapters,
        giving,
        voice,
        media,
        members: v.members.into_iter().collect(),
    })
}

/// The community collections, parsed.
struct Community {
    chapter_pages: Vec<Parsed<ChapterPageFile>>,
    gifts: Vec<Parsed<GiftFile>>,
    funds: Vec<Parsed<FundFile>>,
    stories: Vec<Parsed<StoryFile>>,
    consultations: Vec<Parsed<ConsultationFile>>,
    voice: Option<Parsed<VoiceFile>>,
}

impl Community {
    /// Every file of the collections; `voice.json` only when there is one (it is optional).
    fn load(loader: &mut Loader) -> Community {
        let voice_path = loader.dir.join("voice.json");
        Community {
            chapter_pages: loader.collection(Collection::Chapters),
            gifts: loader.collection(Collection::Giving),
            funds: loader.collection(Collection::Funds),
            stories: loader.collection(Collection::Stories),
            consultations: loader.collection(Collection::Consultations),
            voice: voice_path
                .exists()
                .then(|| loader.file(&voice_path, Collection::Voice))
                .flatten(),
        }
    }
}

/// Chapters with their pages, the honour roll with funds and stories, and alumni voice.
fn community(
    v: &mut Validator,
    refs: &Refs,
    alumni: &[PublicAlumnus],
    site: Option<&Site>,
    c: Community,
) -> (
    Vec<homecoming_core::community::ChapterPage>,
    homecoming_core::community::Giving,
    homecoming_core::community::Voice,
) {
    use homecoming_core::community::Giving;
    v.unique_ids(Collection::Chapters, &c.chapter_pages, |r| &r.id);
    let pages = c
        .chapter_pages
        .iter()
        .filter_map(|p| v.chapter_page(p, refs))
        .collect();
    let chapters = site
        .map(|s| community::chapters(s, pages, alumni))
        .unwrap_or_default();
    v.unique_ids(Collection::Giving, &c.gifts, |r| &r.id);
    let mut roll: Vec<_> = c.gifts.iter().filter_map(|g| v.gift(g, refs)).collect();
    community::sort_roll(&mut roll);
    v.unique_ids(Collection::Funds, &c.funds, |r| &r.id);
    let mut funds: Vec<_> = c.funds.iter().filter_map(|f| v.fund(f, refs)).collect();
    funds.sort_by(|a, b| a.name.cmp(&b.name));
    v.unique_ids(Collection::Stories, &c.stories, |r| &r.id);
    let mut stories: Vec<_> = c.stories.iter().filter_map(|s| v.story(s, refs)).collect();
    stories.sort_by(|a, b| b.date.cmp(&a.date).then(a.id.cmp(&b.id)));
    v.unique_ids(Collection::Consultations, &c.consultations, |r| &r.id);
    let mut consultations: Vec<_> = c
        .consultations
        .iter()
        .filter_map(|p| v.consultation(p, refs))
        .collect();
    voice::sort_consultations(&mut consultations);
    let mut voice = c
        .voice
        .as_ref()
        .and_then(|p| v.voice(p, refs))
        .unwrap_or_default();
    voice.consultations = consultations;
    (
        chapters,
        Giving {
            roll,
            funds,
            stories,
        },
        voice,
    )
}

/// What other records are checked against that the alumni give: their ids (each used twice is a
/// problem; `unparsed` are the ids of files that failed to parse, known so their one problem
/// does not cascade), the listed people's names and class years, the unlisted people's names
/// and who may be named in roles. In two halves at once: at 100,000 alumni each half is a
/// tenth of a second. The other collections' ids are filled in by the caller.
fn alumni_refs(v: &mut Validator, alumni: &[Parsed<AlumnusFile>], unparsed: Vec<String>) -> Refs {
    let ((ids, (listed, years)), (unlisted, roles)) = rayon::join(
        || {
            let mut ids = v.unique_ids(Collection::Alumni, alumni, |r| &r.id);
            ids.extend(unparsed);
            let listed = listed_alumni(alumni, &ids);
            (ids, listed)
        },
        || (UnlistedNames::new(alumni), in_roles(alumni)),
    );
    Refs {
        years,
        roles,
        unlisted,
        alumni: ids,
        timeline: HashSet::new(),
        albums: HashSet::new(),
        photos: None,
        listed,
    }
}

/// Listed alumni who agreed to be named in roles (`"roles"` in their public consent).
fn in_roles(alumni: &[Parsed<AlumnusFile>]) -> HashSet<String> {
    alumni
        .iter()
        .filter(|a| a.record.consent.listed && a.record.consent.public.iter().any(|f| f == "roles"))
        .map(|a| a.record.id.clone())
        .collect()
}

/// Listed alumni by id: their names (for links from photos, resources and notes; unlisted
/// people are never named) and their class years (for notes).
fn listed_alumni(
    alumni: &[Parsed<AlumnusFile>],
    ids: &HashSet<String>,
) -> (HashMap<String, String>, HashMap<String, i32>) {
    let listed = alumni
        .iter()
        .filter(|a| a.record.consent.listed && ids.contains(&a.record.id));
    (
        listed
            .clone()
            .map(|a| (a.record.id.clone(), a.record.name.clone()))
            .collect(),
        listed
            .map(|a| (a.record.id.clone(), a.record.class_year))
            .collect(),
    )
}

/// The published alumni in directory order (by name; files in name order break ties), which
/// the build numbers people in. Each record goes once validated: at 1,000,000 alumni they are
/// gigabytes.
fn publish_alumni(v: &mut Validator, alumni: Vec<Parsed<AlumnusFile>>) -> Vec<PublicAlumnus> {
    // In parallel, a validator per slice; their problems are sorted with the rest at the end.
    // Each slice of records is dropped once validated: at 1,000,000 alumni the records and
    // what they publish would not fit in memory side by side.
    let count = alumni.len();
    #[allow(clippy::type_complexity)]
    let slices: Vec<(
        Vec<PublicAlumnus>,
        Vec<crate::Problem>,
        Vec<String>,
        Vec<(String, MembersOnly)>,
    )> = alumni
        .into_par_iter()
        .chunks(1024)
        .map(|slice| {
            let mut one = Validator {
                render: v.render,
                content: v.content.clone(),
                problems: Vec::new(),
                vocab: v.vocab.clone(),
                media: Vec::new(),
                members: Vec::new(),
            };
            let public = slice.iter().filter_map(|a| one.alumnus(a)).flatten();
            (public.collect(), one.problems, one.media, one.members)
        })
        .collect();
    let mut public = Vec::with_capacity(count);
    for (people, mut problems, mut media, mut members) in slices {
        public.extend(people);
        v.problems.append(&mut problems);
        v.media.append(&mut media);
        v.members.append(&mut members);
    }
    // Stable: people of the same name stay in file order.
    public.par_sort_by(|a, b| a.name.cmp(&b.name));
    public
}

/// Vocabularies from `site.json`. When the site file itself is broken these are unknown, and
/// references to them are not checked (one broken file should give one message, not hundreds).
#[derive(Clone)]
struct Vocab {
    founded: i32,
    /// `"repository": "public"`: nothing private may be committed.
    public_repository: bool,
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
    /// Listed alumni's class years, for class notes.
    years: HashMap<String, i32>,
    /// Listed alumni who agreed to be named in roles (`"roles"` in their public consent).
    roles: HashSet<String>,
    /// The names of people who are not listed, which no published text may hold.
    unlisted: UnlistedNames,
    alumni: HashSet<String>,
    timeline: HashSet<String>,
    albums: HashSet<String>,
    /// `None` when an album could not be parsed: its photos are unknown.
    photos: Option<HashSet<String>>,
    listed: HashMap<String, String>,
}

struct Validator<'r> {
    render: &'r Render,
    content: std::path::PathBuf,
    problems: Vec<crate::Problem>,
    vocab: Option<Vocab>,
    media: Vec<String>,
    /// Alumni-only details of the people published so far (`publish_alumnus`), by id.
    members: Vec<(String, MembersOnly)>,
}

fn at<'a, T>(p: &'a Parsed<T>, collection: Collection) -> At<'a> {
    At {
        file: &p.file,
        collection: collection.name(),
        record: p.id.as_deref(),
    }
}

fn at_of(p: &Parsed<AlumnusFile>) -> At<'_> {
    at(p, Collection::Alumni)
}

fn path(segs: &[&str]) -> Vec<Seg> {
    segs.iter().map(|s| Seg::key(s)).collect()
}

impl<'r> Validator<'r> {
    fn new(render: &'r Render, content: &std::path::Path) -> Validator<'r> {
        Validator {
            render,
            content: content.to_path_buf(),
            problems: Vec::new(),
            vocab: None,
            media: Vec::new(),
            members: Vec::new(),
        }
    }
}

impl Validator<'_> {
    fn report(&mut self, at: &At, path: &[Seg], bad: Bad) {
        self.problems.push(at.problem(path, bad.what, bad.fix));
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

    /// The word of vocabulary `T` that `value` names, or a problem saying which words there
    /// are and which one was probably meant.
    fn word<T: Vocabulary>(
        &mut self,
        at: &At,
        field: &[Seg],
        value: &str,
        what: &str,
    ) -> Option<T> {
        let found = T::from_name(value);
        if found.is_none() {
            let names = T::NAMES.iter().copied();
            let fix = format!(
                "{}Use {}.",
                did_you_mean(value, names.clone()),
                one_of(names)
            );
            self.report(
                at,
                field,
                Bad::new(format!("\"{value}\" is not a {what}"), fix),
            );
        }
        found
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
                let bad = Bad::new(
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
        known: Option<&impl Known>,
        what: &str,
        where_listed: &str,
    ) -> bool {
        match unknown(value, known, what, where_listed) {
            Some(bad) => {
                self.report(at, field, bad);
                false
            }
            None => true,
        }
    }

    /// A reference to an alumnus of `content/alumni/`, listed or not.
    fn alumnus_ref(&mut self, at: &At, field: &[Seg], id: &str, refs: &Refs) -> bool {
        let known = refs.alumni_ids();
        self.reference(at, field, id, Some(&known), "alumnus", "content/alumni/")
    }

    /// A reference to an industry or chapter of `site.json`, resolved to its name.
    fn vocab_ref(&mut self, a: &At, field: &[Seg], id: &str, kind: VocabKind) -> Option<Named> {
        fn map(v: &Vocab, kind: VocabKind) -> &HashMap<String, String> {
            match kind {
                VocabKind::Industry => &v.industries,
                VocabKind::Chapter => &v.chapters,
            }
        }
        let (what, listed) = match kind {
            VocabKind::Industry => ("industry", "site.json → industries"),
            VocabKind::Chapter => ("chapter", "site.json → chapters"),
        };
        let known = self.vocab.as_ref().map(|v| map(v, kind));
        if let Some(bad) = unknown(id, known, what, listed) {
            self.report(a, field, bad);
            return None;
        }
        Some(Named {
            id: id.to_string(),
            name: known.and_then(|k| k.get(id).cloned()).unwrap_or_default(),
        })
    }

    fn file(&mut self, at: &At, field: &[Seg], rel: &str, kind: FileKind) -> Option<u64> {
        let result = values::file(&self.content, rel, kind);
        self.ok(at, field, result)
    }

    /// A photo or portrait: a JPEG or PNG file whose header reads, of at most `MAX_PIXELS`.
    /// Returns its size as shown, after its EXIF orientation (a phone's portrait is stored
    /// sideways with a note to turn it).
    fn photo_file(&mut self, at: &At, field: &[Seg], rel: &str) -> Option<(u32, u32)> {
        self.file(at, field, rel, FileKind::Photo)?;
        let result = photo_size(&self.content.join(rel)).map_err(|err| match err {
            PhotoError::Unreadable(err) => Bad::new(
                format!("\"{rel}\" cannot be read as an image ({err})"),
                "Export the picture again as JPEG or PNG.".into(),
            ),
            PhotoError::TooLarge(w, h) => Bad::new(
                format!(
                    "\"{rel}\" is {w} × {h} pixels, more than the {} megapixels a photo may have",
                    values::MAX_PIXELS / 1_000_000
                ),
                "Export it smaller: 4,000 pixels on the long side is plenty for any screen.".into(),
            ),
        });
        self.ok(at, field, result)
    }

    /// Markdown rendered by the build's `Render`; the images it shows must be photos of
    /// `content/`, and are published with the page.
    fn markdown(&mut self, at: &At, field: &[Seg], text: &str) -> String {
        let out = (self.render.markdown)(text);
        for image in out.images {
            if self.photo_file(at, field, &image).is_some() {
                self.media.push(image);
            }
        }
        out.html
    }

    fn link(&mut self, at: &At, field: &[Seg], value: &str) -> bool {
        self.ok(at, field, values::link(value)).is_some()
    }
}

enum PhotoError {
    Unreadable(String),
    TooLarge(u32, u32),
}

/// Width and height of a photo as shown: from its header (nothing is decoded), turned by
/// its EXIF orientation.
fn photo_size(path: &std::path::Path) -> Result<(u32, u32), PhotoError> {
    use image::ImageDecoder;
    let unreadable = |e: &dyn std::fmt::Display| PhotoError::Unreadable(e.to_string());
    let reader = image::ImageReader::open(path)
        .and_then(|r| r.with_guessed_format())
        .map_err(|e| unreadable(&e))?;
    let mut decoder = reader.into_decoder().map_err(|e| unreadable(&e))?;
    let (w, h) = decoder.dimensions();
    if w as u64 * h as u64 > values::MAX_PIXELS {
        return Err(PhotoError::TooLarge(w, h));
    }
    let turned = decoder.orientation().is_ok_and(|o| {
        use image::metadata::Orientation::*;
        matches!(o, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
    });
    Ok(if turned { (h, w) } else { (w, h) })
}

impl Validator<'_> {
    /// A record of a person removed at their request (`content/forgotten.json`) is refused.
    fn not_forgotten(&mut self, alumni: &[Parsed<AlumnusFile>]) {
        let file = self.content.join(crate::forgotten::FORGOTTEN_FILE);
        let at = At {
            file: &file.display().to_string(),
            collection: "forgotten",
            record: None,
        };
        let hashes = match crate::forgotten::read(&self.content) {
            Ok(h) => h,
            Err(err) => {
                let bad = Bad::new(
                    format!("the list of forgotten people cannot be read ({err})"),
                    "Restore the file from git: only `homecoming forget` writes it.".into(),
                );
                self.report(&at, &[], bad);
                return;
            }
        };
        if hashes.is_empty() {
            return;
        }
        for p in alumni {
            if hashes.contains(&crate::forgotten::id_hash(&p.record.id)) {
                let a = at_of(p);
                self.report(
                    &a,
                    &path(&["id"]),
                    Bad::new(
                        "this person asked to be forgotten and was removed (content/forgotten.json)".into(),
                        "Delete this file, and remove the person from the export it came from: a forgotten person never comes back.".into(),
                    ),
                );
            }
        }
    }
}

/// Ids a reference may name: a set of them, or the keys of a table.
trait Known {
    fn has(&self, id: &str) -> bool;
    fn ids(&self) -> Vec<&str>;
}

impl Known for HashSet<String> {
    fn has(&self, id: &str) -> bool {
        self.contains(id)
    }
    fn ids(&self) -> Vec<&str> {
        self.iter().map(String::as_str).collect()
    }
}

impl<V> Known for HashMap<String, V> {
    fn has(&self, id: &str) -> bool {
        self.contains_key(id)
    }
    fn ids(&self) -> Vec<&str> {
        self.keys().map(String::as_str).collect()
    }
}

/// What is wrong with a reference to `value`, if anything. Unknown ids (`None`) pass: they
/// could not be read, and their own problem is reported where they are.
fn unknown(value: &str, known: Option<&impl Known>, what: &str, where_listed: &str) -> Option<Bad> {
    let known = known?;
    if known.has(value) {
        return None;
    }
    let mut sorted = known.ids();
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
    Some(Bad::new(
        format!("there is no {what} with id \"{value}\""),
        hint,
    ))
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
