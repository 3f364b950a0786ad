//! The build step after trunk: writes the checked content into `dist/` as small JSON data files
//! (one per collection), copies the media that published records refer to, writes calendar files
//! (one per event and a feed of upcoming events), and turns trunk's `index.html` into the site's
//! page shells: the home page, `404.html` for GitHub Pages, and one page per event and album with
//! its own share card, plus `_redirects` for Netlify.
//!
//! Everything written here comes from `check::SiteData`, which holds public data only.

pub mod calendar;
pub mod headers;
pub mod images;
pub mod index;
pub mod markdown;
pub mod members;
pub mod names;
pub mod offline;
pub mod shells;

use homecoming_check::{Render, SiteData};
use homecoming_core::model::{files, CalendarLinks, Event, Profile, Profiles, PublicAlumnus, Site};
use homecoming_core::routes::{normalize_base, Route};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What the checker needs from this stage while it validates: markdown rendered and sanitised,
/// and the pinyin forms of hanzi names. Pass it to `homecoming_check::check`.
pub const RENDER: Render = Render {
    markdown: markdown::to_html,
    name_keys: names::pinyin_keys,
};

/// Writes `dist/` from checked content, after `trunk build` has put the app and its shell there.
pub fn build(
    data: &SiteData,
    content: &Path,
    dist: &Path,
    base: &str,
    passphrase: Option<&members::Passphrase>,
) -> io::Result<()> {
    let shell = trunk_shell(dist)?;
    let base = normalize_base(base);
    let site_url = data.site.url.clone().unwrap_or_else(|| base.clone());
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);

    copy_media(data, content, dist)?;
    offline::write_manifest(&data.site, dist, &base)?;
    let events = write_calendars(data, dist, &site_url, now_ms)?;
    let data_files = write_data(data, &events, content, dist)?;
    let shells = shells::write_shells(data, &events, &shell, dist, &site_url)?;
    let sealed = members::write(dist, &index::order(&data.alumni), &data.members, passphrase)?;
    fs::write(
        dist.join("_redirects"),
        // The plain shell, not the home page written ahead of time: an address without a file
        // (a profile) must not show the home page until the app has started.
        format!("{base}*  {base}404.html  200\n"),
    )?;
    fs::write(dist.join(".nojekyll"), "")?;
    eprintln!(
        "✓ built {data_files} data files, the directory index, {} profiles, {} media files, {} calendar files and {shells} share pages into {}",
        data.alumni.len(),
        data.media.len(),
        events.len() + 1,
        dist.display()
    );
    if sealed.people > 0 {
        eprintln!(
            "✓ sealed the alumni-only details of {} people in {} files (data/members/), under the passphrase in {}",
            sealed.people,
            sealed.files,
            members::PASSPHRASE_VAR
        );
    }
    if sealed.withheld > 0 {
        eprintln!(
            "note: {} is not set, so the alumni-only details of {} people are not published at all (/members says the site has none). Set it to a passphrase of 4 or more words to publish them encrypted.",
            members::PASSPHRASE_VAR,
            sealed.withheld
        );
    }
    Ok(())
}

/// Where trunk's own `index.html` is kept: the build and the prerenderer rewrite `index.html`,
/// and a second build into the same `dist/` must start again from trunk's shell, not from a
/// page already built (which would repeat every head tag, or carry the home page everywhere).
const TRUNK_SHELL: &str = ".trunk-index.html";

/// Trunk's `index.html`: as trunk left it, or the copy kept by an earlier build.
fn trunk_shell(dist: &Path) -> io::Result<String> {
    let index = dist.join("index.html");
    let kept = dist.join(TRUNK_SHELL);
    let text = fs::read_to_string(&index).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("{}: {e} (run trunk build first)", index.display()),
        )
    })?;
    if !text.contains(shells::GENERATOR) {
        fs::write(&kept, &text)?;
        return Ok(text);
    }
    fs::read_to_string(&kept).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!(
                "{} is a built page and {} is missing ({e}): run trunk build again",
                index.display(),
                kept.display()
            ),
        )
    })
}

/// Media, fresh each time: a photo that is no longer public must not linger. Photos are
/// re-encoded (`images::publish_photo`: no metadata, upright); other files are copied.
fn copy_media(data: &SiteData, content: &Path, dist: &Path) -> io::Result<()> {
    let media = dist.join("media");
    if media.exists() {
        fs::remove_dir_all(&media)?;
    }
    data.media.par_iter().try_for_each(|rel| {
        let named = |e: io::Error| io::Error::new(e.kind(), format!("content/{rel}: {e}"));
        if images::is_photo(rel) {
            return images::publish_photo(content, Path::new(IMAGE_CACHE), dist, rel)
                .map_err(named);
        }
        let to = media.join(rel);
        fs::create_dir_all(to.parent().expect("media files have a parent"))?;
        fs::copy(content.join(rel), &to).map(|_| ()).map_err(named)
    })
}

/// Where photo variants and cleaned originals are kept between builds. Variants are reused while
/// newer than their original, so the folder's version moves whenever the encoding changes (v2:
/// `jpeg-encoder`, 4:2:0 below quality 90).
const IMAGE_CACHE: &str = "target/image-cache/v2";

/// One calendar file per event and a feed of upcoming ones; returns the events with the links
/// to their calendar files.
fn write_calendars(
    data: &SiteData,
    dist: &Path,
    site_url: &str,
    now_ms: i64,
) -> io::Result<Vec<Event>> {
    let site = &data.site;
    let events_dir = dist.join("events");
    fs::create_dir_all(&events_dir)?;
    let uid_domain = uid_domain(site);
    let mut events = data.events.clone();
    for e in &mut events {
        let page = shells::absolute(site_url, &Route::Event(e.id.clone()).path());
        let ics = calendar::calendar(&[e], &e.title, &uid_domain, site_url, now_ms);
        fs::write(events_dir.join(format!("{}.ics", e.id)), ics)?;
        e.calendar = Some(CalendarLinks {
            ics: format!("events/{}.ics", e.id),
            google: calendar::google_link(e, &page),
            outlook: calendar::outlook_link(e, &page),
        });
    }
    let upcoming: Vec<&Event> = events.iter().filter(|e| e.ends_utc_ms >= now_ms).collect();
    let feed = calendar::calendar(
        &upcoming,
        &format!("{} alumni events", site.name),
        &uid_domain,
        site_url,
        now_ms,
    );
    fs::write(dist.join("events.ics"), feed)?;
    Ok(events)
}

/// The data files under `dist/data/`; returns how many collection files it wrote (the directory
/// index and the profiles are counted apart).
fn write_data(data: &SiteData, events: &[Event], content: &Path, dist: &Path) -> io::Result<usize> {
    let mut out = DataDir::new(dist)?;
    out.write(files::SITE, &data.site)?;
    write_directory(dist, &data.alumni)?;
    out.written += 1; // the mentors, written with the directory
    out.write_raw(files::WORLD, WORLD_MAP)?;
    // Responsive variants and previews of every photo.
    let cache = Path::new(IMAGE_CACHE);
    let mut albums = data.albums.clone();
    for photo in albums.iter_mut().flat_map(|a| a.photos.iter_mut()) {
        let rel = photo.src.trim_start_matches("media/").to_string();
        let r = images::responsive(content, cache, dist, &rel, (photo.width, photo.height))?;
        photo.variants = r.variants;
        photo.placeholder = Some(r.placeholder);
    }
    out.write(files::GALLERY, &albums)?;
    // Timeline thumbnails use the smallest variant rather than the original.
    let mut timeline = data.timeline.clone();
    for r in timeline.iter_mut().flat_map(|t| t.photos.iter_mut()) {
        let photo = albums
            .iter()
            .find(|a| a.id == r.album)
            .and_then(|a| a.photos.iter().find(|p| p.id == r.photo));
        if let Some(smallest) = photo.and_then(|p| p.variants.first()) {
            r.src = smallest.src.clone();
        }
    }
    out.write(files::TIMELINE, &timeline)?;
    out.write(files::EVENTS, &events)?;
    out.write(files::CAREERS, &data.resources)?;
    out.write(files::OPPORTUNITIES, &data.opportunities)?;
    out.write(files::NOTES, &data.notes)?;
    out.write(files::CHAPTERS, &data.chapters)?;
    // Stories' photos get the album photos' variants and previews.
    let mut giving = data.giving.clone();
    for photo in giving.stories.iter_mut().filter_map(|s| s.photo.as_mut()) {
        let rel = photo.src.trim_start_matches("media/").to_string();
        let r = images::responsive(content, cache, dist, &rel, (photo.width, photo.height))?;
        photo.variants = r.variants;
        photo.placeholder = Some(r.placeholder);
    }
    out.write(files::GIVING, &giving)?;
    out.write(files::VOICE, &data.voice)?;
    Ok(out.written)
}

/// `dist/data/`, counting the collection files written into it.
struct DataDir {
    dir: std::path::PathBuf,
    written: usize,
}

impl DataDir {
    fn new(dist: &Path) -> io::Result<DataDir> {
        let dir = dist.join("data");
        fs::create_dir_all(&dir)?;
        Ok(DataDir { dir, written: 0 })
    }
    fn write<T: Serialize>(&mut self, name: &str, value: &T) -> io::Result<()> {
        self.write_raw(name, &serde_json::to_string(value)?)
    }
    fn write_raw(&mut self, name: &str, text: &str) -> io::Result<()> {
        fs::write(self.dir.join(format!("{name}.json")), text)?;
        self.written += 1;
        Ok(())
    }
}

/// The directory index (`index::write`), one profile file per listed person with their
/// classmates, and the mentors for the mentor finder: no page needs the whole list.
fn write_directory(dist: &Path, alumni: &[PublicAlumnus]) -> io::Result<()> {
    let people = index::order(alumni);
    let written = index::write(&people);
    let folders: std::collections::BTreeSet<&Path> = (written.iter())
        .filter_map(|(path, _)| Path::new(path).parent())
        .collect();
    for folder in folders {
        fs::create_dir_all(dist.join(folder))?;
    }
    written
        .par_iter()
        .try_for_each(|(path, bytes)| write_if_changed(&dist.join(path), bytes))?;
    let index_files: HashSet<PathBuf> = written.iter().map(|(p, _)| dist.join(p)).collect();
    remove_stale(&dist.join("data/directory"), &index_files)?;
    drop(written);
    let profiles = dist.join("data/people");
    fs::create_dir_all(&profiles)?;
    let mut classes: HashMap<(i32, &str), Vec<(u32, &str)>> = HashMap::new();
    for (n, p) in people.iter().enumerate() {
        classes
            .entry((p.class_year, p.study.college.as_str()))
            .or_default()
            .push((n as u32, p.id.as_str()));
    }
    // Each file's profiles are made, written and dropped in turn: at 1,000,000 alumni all of
    // them at once would be gigabytes.
    let mut by_file: BTreeMap<String, Vec<(u32, &PublicAlumnus)>> = BTreeMap::new();
    for (n, p) in people.iter().enumerate() {
        (by_file.entry(homecoming_core::routes::profile_file(&p.id)))
            .or_default()
            .push((n as u32, p));
    }
    by_file.par_iter().try_for_each(|(file, group)| {
        let profiles: Profiles = (group.iter())
            .map(|&(number, p)| {
                let classmates = classes[&(p.class_year, p.study.college.as_str())]
                    .iter()
                    .filter(|(_, id)| *id != p.id)
                    .take(CLASSMATES)
                    .map(|(n, _)| *n)
                    .collect();
                let profile = Profile {
                    person: index::profile_person(p),
                    number,
                    classmates,
                };
                (p.id.clone(), profile)
            })
            .collect();
        write_if_changed(
            &dist.join(file),
            serde_json::to_string(&profiles)?.as_bytes(),
        )
    })?;
    let profile_files: HashSet<PathBuf> = by_file.keys().map(|f| dist.join(f)).collect();
    remove_stale(&profiles, &profile_files)?;
    let mentors: Vec<PublicAlumnus> = people
        .iter()
        .filter(|p| p.mentor.is_some())
        .map(index::profile_person)
        .collect();
    let text = serde_json::to_string(&mentors)?;
    fs::write(dist.join(format!("data/{}.json", files::MENTORS)), text)
}

/// Writes `bytes` to `path` unless it holds exactly them already: a rebuild after one record
/// changed rewrites the few files that changed, and a deploy uploads only those.
fn write_if_changed(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if fs::metadata(path).is_ok_and(|m| m.len() == bytes.len() as u64)
        && fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(());
    }
    fs::write(path, bytes)
}

/// Deletes every file under `dir` that is not in `keep`, and folders left empty: what an
/// earlier build wrote and this one did not (a person no longer listed must not linger).
fn remove_stale(dir: &Path, keep: &HashSet<PathBuf>) -> io::Result<()> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            remove_stale(&path, keep)?;
            if fs::read_dir(&path)?.next().is_none() {
                fs::remove_dir(&path)?;
            }
        } else if !keep.contains(&path) {
            fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// The directory's map (see `model::WorldMap`), committed as data.
pub const WORLD_MAP: &str = include_str!("../assets/world.json");

/// Up to this many listed alumni, each profile gets a page file of its own (answering 200 on
/// GitHub Pages, written ahead of time); above it, profiles are served by the host's fallback.
/// Cloudflare Pages' free plan takes 20,000 files a site, and the rest of a site is at most
/// ~15,000 files at 100,000 alumni (#13): 5,000 profiles keep a mid-sized site inside it.
pub const PROFILE_PAGES_UP_TO: usize = 5_000;

/// Classmates shown on a profile.
const CLASSMATES: usize = 6;

/// The host of the site's address, for calendar UIDs; the short name when there is none.
fn uid_domain(site: &Site) -> String {
    site.url
        .as_deref()
        .and_then(|u| u.split("://").nth(1))
        .and_then(|rest| rest.split('/').next())
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}.homecoming", homecoming_check::slugify(&site.short_name)))
}
