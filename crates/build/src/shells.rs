//! Page shells: trunk's `index.html` with the school's colours, and each page's title and share
//! card (Open Graph and Twitter tags), so the first paint is branded and a pasted link shows a
//! proper card.

use homecoming_core::model::{files, Site};
use homecoming_core::routes::{data_file, Route};

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
