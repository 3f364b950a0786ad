//! The build step after trunk: writes the checked content into `dist/` as small JSON data files
//! (one per collection), copies the media that published records refer to, writes calendar files
//! (one per event and a feed of upcoming events), and turns trunk's `index.html` into the site's
//! page shells: the home page, `404.html` for GitHub Pages, and one page per event and album with
//! its own share card, plus `_redirects` for Netlify.
//!
//! Everything written here comes from `check::SiteData`, which holds public data only.

use crate::calendar;
use crate::check::SiteData;
use crate::content::Collection;
use crate::images;
use crate::index;
use crate::model::{files, CalendarLinks, Card, Event, Profile, PublicAlumnus, Site};
use crate::routes::{normalize_base, Route};
use serde::Serialize;
use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::Path;

pub fn build(data: &SiteData, content: &Path, dist: &Path, base: &str) -> io::Result<()> {
    let shell_path = dist.join("index.html");
    let shell = fs::read_to_string(&shell_path).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("{}: {e} (run trunk build first)", shell_path.display()),
        )
    })?;
    let base = normalize_base(base);
    let site = &data.site;
    let site_url = site.url.clone().unwrap_or_else(|| base.clone());
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);

    // Media first, fresh each time: a photo that is no longer public must not linger.
    let media = dist.join("media");
    if media.exists() {
        fs::remove_dir_all(&media)?;
    }
    for rel in &data.media {
        let to = media.join(rel);
        fs::create_dir_all(to.parent().expect("media files have a parent"))?;
        fs::copy(content.join(rel), &to)?;
    }

    // Calendar files, and the links to them in the events data.
    let events_dir = dist.join("events");
    fs::create_dir_all(&events_dir)?;
    let uid_domain = uid_domain(site);
    let mut events = data.events.clone();
    for e in &mut events {
        let page = absolute(&site_url, &Route::Event(e.id.clone()).path());
        let ics = calendar::calendar(&[e], &e.title, &uid_domain, &site_url, now_ms);
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
        &site_url,
        now_ms,
    );
    fs::write(dist.join("events.ics"), feed)?;

    let data_dir = dist.join("data");
    fs::create_dir_all(&data_dir)?;
    write(&data_dir, files::SITE, site)?;
    write_directory(dist, &data.alumni)?;
    fs::write(data_dir.join(format!("{}.json", files::WORLD)), WORLD_MAP)?;
    // Responsive variants and previews of every photo.
    let cache = Path::new("target/image-cache");
    let mut albums = data.albums.clone();
    for photo in albums.iter_mut().flat_map(|a| a.photos.iter_mut()) {
        let rel = photo.src.trim_start_matches("media/").to_string();
        let r = images::responsive(content, cache, dist, &rel)?;
        photo.variants = r.variants;
        photo.placeholder = Some(r.placeholder);
    }
    write(&data_dir, files::GALLERY, &albums)?;
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
    write(&data_dir, files::TIMELINE, &timeline)?;
    write(&data_dir, files::EVENTS, &events)?;
    write(&data_dir, files::CAREERS, &data.resources)?;
    write(&data_dir, files::OPPORTUNITIES, &data.opportunities)?;

    // Page shells: the home page, and one per event and album with its own share card. Each boots
    // the same app, which then routes by the address.
    let home = Meta {
        title: format!("{} alumni", site.name),
        description: site.tagline.clone(),
        image: Some(site.logo.clone()),
        route: Route::Home,
    };
    let page = page_shell(&shell, site, &site_url, &home);
    fs::write(&shell_path, &page)?;
    fs::write(dist.join("404.html"), &page)?;
    let event_cards = events.iter().map(|e| Meta {
        title: e.title.clone(),
        description: e.summary.clone(),
        // The event's album cover when it has one, else the school's logo.
        image: Some(
            e.album
                .as_ref()
                .and_then(|a| data.albums.iter().find(|x| &x.id == a))
                .and_then(|a| a.photos.get(a.cover))
                .map(|p| p.src.clone())
                .unwrap_or_else(|| site.logo.clone()),
        ),
        route: Route::Event(e.id.clone()),
    });
    let album_cards = data.albums.iter().map(|a| Meta {
        title: a.title.clone(),
        description: format!("{} · {} · {} photos", a.year, a.place, a.photos.len()),
        image: a.photos.get(a.cover).map(|p| p.src.clone()),
        route: Route::Album(a.id.clone()),
    });
    // `events/<id>/index.html` for `/events/<id>`: what static hosts serve at that address.
    let mut shells = 0;
    for meta in event_cards.chain(album_cards) {
        let dir = dist.join(meta.route.path().trim_start_matches('/'));
        fs::create_dir_all(&dir)?;
        fs::write(
            dir.join("index.html"),
            page_shell(&shell, site, &site_url, &meta),
        )?;
        shells += 1;
    }
    fs::write(
        dist.join("_redirects"),
        format!("{base}*  {base}index.html  200\n"),
    )?;
    fs::write(dist.join(".nojekyll"), "")?;
    eprintln!(
        "✓ built 7 data files, {} media files, {} calendar files and {} share pages into {}",
        data.media.len(),
        events.len() + 1,
        shells + 1,
        dist.display()
    );
    Ok(())
}

/// The directory index (`index::write`), one profile file per listed person with their
/// classmates, and the mentors for the mentor finder: no page needs the whole list.
fn write_directory(dist: &Path, alumni: &[PublicAlumnus]) -> io::Result<()> {
    let people = index::order(alumni);
    let dir = dist.join("data/directory");
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    for (path, bytes) in index::write(&people) {
        let path = dist.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, bytes)?;
    }
    let profiles = dist.join("data/people");
    if profiles.exists() {
        fs::remove_dir_all(&profiles)?;
    }
    fs::create_dir_all(&profiles)?;
    let mut classes: HashMap<(i32, &str), Vec<&PublicAlumnus>> = HashMap::new();
    for p in &people {
        classes
            .entry((p.class_year, p.study.college.as_str()))
            .or_default()
            .push(p);
    }
    for p in &people {
        let classmates = classes[&(p.class_year, p.study.college.as_str())]
            .iter()
            .filter(|c| c.id != p.id)
            .take(CLASSMATES)
            .map(|c| Card::from(*c))
            .collect();
        let profile = Profile {
            person: index::profile_person(p),
            classmates,
        };
        fs::write(
            dist.join(crate::routes::profile_file(&p.id)),
            serde_json::to_string(&profile)?,
        )?;
    }
    let mentors: Vec<PublicAlumnus> = people
        .iter()
        .filter(|p| p.mentor.is_some())
        .map(index::profile_person)
        .collect();
    write(&dist.join("data"), files::MENTORS, &mentors)
}

/// The directory's map (see `model::WorldMap`), committed as data.
pub const WORLD_MAP: &str = include_str!("../assets/world.json");

/// Classmates shown on a profile.
const CLASSMATES: usize = 6;

fn write<T: Serialize>(dir: &Path, name: &str, value: &T) -> io::Result<()> {
    let text = serde_json::to_string(value)?;
    fs::write(dir.join(format!("{name}.json")), text)
}

/// The host of the site's address, for calendar UIDs; the short name when there is none.
fn uid_domain(site: &Site) -> String {
    site.url
        .as_deref()
        .and_then(|u| u.split("://").nth(1))
        .and_then(|rest| rest.split('/').next())
        .map(str::to_string)
        .unwrap_or_else(|| format!("{}.homecoming", crate::check::slugify(&site.short_name)))
}

fn absolute(site_url: &str, path: &str) -> String {
    format!(
        "{}/{}",
        site_url.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// What a share card shows for one page.
pub struct Meta {
    pub title: String,
    pub description: String,
    /// Path under the site root, e.g. `media/gallery/…/cover.jpg`.
    pub image: Option<String>,
    pub route: Route,
}

/// The page shell with the school's colours and this page's title and share card (Open Graph
/// and Twitter tags), so the first paint is branded and a pasted link shows a proper card.
pub fn page_shell(shell: &str, site: &Site, site_url: &str, meta: &Meta) -> String {
    let mut head = format!(
        "<link rel=\"icon\" href=\"{logo}\">\n<meta name=\"description\" content=\"{desc}\">\n<meta name=\"theme-color\" content=\"{primary}\">\n<style>:root{{--brand:{primary};--accent:{accent}}}</style>\n",
        logo = escape(&site.logo),
        desc = escape(&meta.description),
        primary = site.colors.primary,
        accent = site.colors.accent,
    );
    let url = absolute(site_url, &meta.route.path());
    let tags = [
        ("og:type", "website".to_string()),
        ("og:site_name", site.name.clone()),
        ("og:title", meta.title.clone()),
        ("og:description", meta.description.clone()),
        ("og:url", url),
    ];
    for (property, content) in tags {
        head.push_str(&format!(
            "<meta property=\"{property}\" content=\"{}\">\n",
            escape(&content)
        ));
    }
    let card = if meta.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    head.push_str(&format!(
        "<meta name=\"twitter:card\" content=\"{card}\">\n"
    ));
    head.push_str(&format!(
        "<meta name=\"twitter:title\" content=\"{}\">\n",
        escape(&meta.title)
    ));
    head.push_str(&format!(
        "<meta name=\"twitter:description\" content=\"{}\">\n",
        escape(&meta.description)
    ));
    if let Some(image) = &meta.image {
        let image = escape(&absolute(site_url, image));
        head.push_str(&format!(
            "<meta property=\"og:image\" content=\"{image}\">\n"
        ));
        head.push_str(&format!(
            "<meta name=\"twitter:image\" content=\"{image}\">\n"
        ));
    }
    let page_title = if meta.route == Route::Home {
        meta.title.clone()
    } else {
        format!("{} · {}", meta.title, site.name)
    };
    let title = format!("<title>{}</title>", escape(&page_title));
    let mut page = match (shell.find("<title>"), shell.find("</title>")) {
        (Some(a), Some(b)) => format!("{}{}{}", &shell[..a], title, &shell[b + "</title>".len()..]),
        _ => shell.to_string(),
    };
    if let Some(p) = page.find("</head>") {
        page.insert_str(p, &head);
    }
    page
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The JSON Schema of a collection, as committed under `schemas/`.
pub fn schema_text(collection: Collection) -> String {
    let mut text = serde_json::to_string_pretty(&collection.schema()).expect("schemas serialise");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_draws_every_country_the_sample_lives_in() {
        let world: crate::model::WorldMap = serde_json::from_str(WORLD_MAP).unwrap();
        let drawn = |c: &str| world.shapes.contains_key(c) || world.dots.contains_key(c);
        let data = crate::check::check(Path::new("content")).data.unwrap();
        for p in &data.alumni {
            if let Some(c) = &p.country {
                assert!(drawn(&c.code), "{} is not on the map", c.code);
            }
        }
        // Nearly every code the checker accepts has a place on the map.
        let missing: Vec<&str> = isocountry::CountryCode::iter()
            .map(|c| c.alpha2())
            .filter(|c| !drawn(c))
            .collect();
        assert!(missing.len() < 20, "not on the map: {missing:?}");
    }
}
