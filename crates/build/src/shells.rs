//! Page shells: trunk's `index.html` with the school's colours, and each page's title and share
//! card (Open Graph and Twitter tags), so the first paint is branded and a pasted link shows a
//! proper card.

use crate::{SiteData, PROFILE_PAGES_UP_TO};
use homecoming_core::i18n::Lang;
use homecoming_core::model::{files, Event, Site};
use homecoming_core::routes::{data_file, Route};
use std::fs;
use std::io;
use std::path::Path;

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
pub fn page_shell(shell: &str, site: &Site, lang: Lang, site_url: &str, meta: &Meta) -> String {
    let school = site.name_in(lang, &site.name);
    let mut head = format!(
        "{GENERATOR}\n<link rel=\"icon\" href=\"{logo}\">\n<meta name=\"description\" content=\"{desc}\">\n<meta name=\"theme-color\" content=\"{primary}\">\n<style>:root{{--brand:{primary};--accent:{accent}}}</style>\n",
        logo = escape(&site.logo),
        desc = escape(&meta.description),
        primary = site.colors.primary,
        accent = site.colors.accent,
    );
    // The school itself, which every page shows (name, tagline, colours, links), inline: the
    // app reads it from here instead of asking for `data/site.json` (`platform::inline_file`).
    head.push_str(&format!(
        "<script type=\"application/json\" id=\"{}\">{}</script>\n",
        data_file(files::SITE),
        script_json(site)
    ));
    if meta.route.shows_people() && !site.search_engines_index_people {
        head.push_str(NOINDEX);
    }
    let url = absolute(site_url, &meta.route.path());
    let tags = [
        ("og:type", "website".to_string()),
        ("og:site_name", school.to_string()),
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
        format!("{} · {}", meta.title, school)
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

/// The home page, `404.html`, and one page per event and album with its own share card, in
/// every language: `index.html` in English, `index.zh-Hans.html` beside it (`Lang::page_file`),
/// each marked with its language (`data-page`) for the shell's first script. Each boots the
/// same app, which then routes by the address. Returns how many it wrote.
pub fn write_shells(
    data: &SiteData,
    events: &[Event],
    shell: &str,
    dist: &Path,
    site_url: &str,
) -> io::Result<usize> {
    // The fallback stands for every address without a file: it has no language of its own, and
    // its loading notice comes in both (the style sheet shows the page's).
    fs::write(
        dist.join("404.html"),
        home_shell(data, Lang::En, shell, site_url),
    )?;
    let mut written = 1;
    for lang in Lang::ALL {
        written += write_shells_in(lang, data, events, &in_lang(shell, lang), dist, site_url)?;
    }
    Ok(written)
}

/// Trunk's shell marked as a page in `lang`: `<html lang="zh-Hans" data-page="zh-Hans">`.
pub fn in_lang(shell: &str, lang: Lang) -> String {
    let marked = format!("<html lang=\"{0}\" data-page=\"{0}\"", lang.tag());
    shell.replacen("<html lang=\"en\"", &marked, 1)
}

fn home_shell(data: &SiteData, lang: Lang, shell: &str, site_url: &str) -> String {
    let site = &data.site;
    let home = Meta {
        title: (lang.strings().home_title)(site.name_in(lang, &site.name)),
        description: site.tagline.clone(),
        image: Some(site.logo.clone()),
        route: Route::Home,
    };
    page_shell(shell, site, lang, site_url, &home)
}

fn write_shells_in(
    lang: Lang,
    data: &SiteData,
    events: &[Event],
    shell: &str,
    dist: &Path,
    site_url: &str,
) -> io::Result<usize> {
    let site = &data.site;
    let s = lang.strings();
    fs::write(
        dist.join(lang.page_file()),
        home_shell(data, lang, shell, site_url),
    )?;
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
        description: format!(
            "{} · {} · {}",
            a.year,
            a.place,
            (s.photos_count)(a.photos.len())
        ),
        image: a.photos.get(a.cover).map(|p| p.src.clone()),
        route: Route::Album(a.id.clone()),
    });
    let resource_cards = data.resources.iter().map(|r| Meta {
        title: r.title.clone(),
        description: r.summary.clone(),
        image: None,
        route: Route::Resource(r.id.clone()),
    });
    // Fixed pages and classes: a file of their own too, so a deep link answers 200 on hosts
    // that give every other address their 404 page (GitHub Pages), which chat apps, search
    // engines and Lighthouse take as missing. Above `PROFILE_PAGES_UP_TO` alumni, profiles
    // stay on that fallback: 100,000 files do not fit every host.
    let fixed = [
        (Route::Directory, s.directory_title),
        (Route::Timeline, s.timeline_title),
        (Route::Gallery, s.gallery_title),
        (Route::Events, s.events_title),
        (Route::Careers, s.careers_title),
        (Route::Mentors, s.mentors_title),
        (Route::Join, s.join_title),
        (Route::Chapters, s.community.chapters_title),
        (Route::Giving, s.community.giving_title),
        (Route::Voice, s.community.voice_title),
        (Route::Members, s.members.title),
    ]
    .into_iter()
    .map(|(route, title)| Meta {
        title: title.to_string(),
        description: site.tagline.clone(),
        image: Some(site.logo.clone()),
        route,
    });
    let chapter_cards = data.chapters.iter().map(|c| Meta {
        title: site.name_in(lang, &c.name).to_string(),
        description: format!(
            "{} · {}",
            (s.community.chapter_kind)(c.kind),
            (s.community.chapter_members)(c.members)
        ),
        image: Some(site.logo.clone()),
        route: Route::Chapter(c.id.clone()),
    });
    let years: std::collections::BTreeSet<i32> = data.alumni.iter().map(|a| a.class_year).collect();
    let classes = years.into_iter().map(|year| Meta {
        title: (s.class_title)(year),
        description: site.tagline.clone(),
        image: Some(site.logo.clone()),
        route: Route::Class(year),
    });
    // Profiles too, while they are few enough for every host (`PROFILE_PAGES_UP_TO`).
    let few = data.alumni.len() <= PROFILE_PAGES_UP_TO;
    let profiles = data.alumni.iter().filter(|_| few).map(|p| Meta {
        title: p.name.clone(),
        description: format!(
            "{} · {}",
            (s.class_title)(p.class_year),
            site.name_in(lang, &p.study.major_name)
        ),
        // The school's logo, not the person's portrait: a pasted link should not carry a face.
        image: Some(site.logo.clone()),
        route: Route::Alumnus(p.id.clone()),
    });
    // `events/<id>/index.html` for `/events/<id>`: what static hosts serve at that address.
    let mut shells = 1;
    for meta in (event_cards.chain(album_cards).chain(resource_cards))
        .chain(fixed)
        .chain(chapter_cards)
        .chain(classes)
        .chain(profiles)
    {
        let dir = dist.join(meta.route.path().trim_start_matches('/'));
        fs::create_dir_all(&dir)?;
        fs::write(
            dir.join(lang.page_file()),
            page_shell(shell, site, lang, site_url, &meta),
        )?;
        shells += 1;
    }
    Ok(shells)
}

/// Marks a page this stage wrote, which is never a shell to start from (`trunk_shell`).
pub const GENERATOR: &str = "<meta name=\"generator\" content=\"Homecoming\">";

/// What a page that shows alumni says to search engines unless `site.json` allows indexing
/// (the app says it too, for a profile served by a host's fallback page).
pub const NOINDEX: &str = "<meta name=\"robots\" content=\"noindex\">\n";

/// `value` as JSON that is safe inside `<script>`: no `<`, so no text of a record can close
/// the element or open a comment.
pub fn script_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .expect("model types serialise")
        .replace('<', "\\u003c")
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `path` under the site's address.
pub fn absolute(site_url: &str, path: &str) -> String {
    format!(
        "{}/{}",
        site_url.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(allowed: bool) -> Site {
        let mut site: Site = serde_json::from_str(
            r##"{"name":"N","short_name":"N","tagline":"t","founded":1900,
            "colors":{"primary":"#000000","accent":"#ffffff"},"logo":"l.svg",
            "colleges":[],"industries":[],"chapters":[],"contacts":[]}"##,
        )
        .unwrap();
        site.search_engines_index_people = allowed;
        site
    }

    fn shell(site: &Site, route: Route) -> String {
        let meta = Meta {
            title: "T".into(),
            description: "D".into(),
            image: None,
            route,
        };
        page_shell(
            "<head><title>x</title></head>",
            site,
            Lang::En,
            "https://a.example/",
            &meta,
        )
    }

    #[test]
    fn pages_showing_alumni_say_noindex_unless_the_site_allows_it() {
        for route in [
            Route::Directory,
            Route::Alumnus("a".into()),
            Route::Class(1990),
            Route::Mentors,
            Route::Update("a".into()),
            Route::Note("a".into()),
        ] {
            assert!(
                shell(&site(false), route.clone()).contains(NOINDEX),
                "{route:?}"
            );
            assert!(
                !shell(&site(true), route.clone()).contains(NOINDEX),
                "{route:?}"
            );
        }
        for route in [Route::Home, Route::Timeline, Route::Events, Route::Careers] {
            assert!(
                !shell(&site(false), route.clone()).contains(NOINDEX),
                "{route:?}"
            );
        }
    }

    #[test]
    fn the_inline_school_cannot_close_its_script() {
        let mut hostile = site(false);
        hostile.tagline = "</script><script>alert(1)</script><!--".into();
        let page = shell(&hostile, Route::Home);
        let (start, rest) = page
            .split_once("<script type=\"application/json\" id=\"data/site.json\">")
            .expect("the site is inline");
        assert!(!start.contains("<script"), "{page}");
        let (json, _) = rest.split_once("</script>").expect("the element is closed");
        assert!(!json.contains('<'), "{json}");
        let back: Site = serde_json::from_str(json).expect("the inline copy is JSON");
        assert_eq!(back.tagline, hostile.tagline);
    }
}
