//! The one place that knows every URL of the site.
//!
//! Paths here never include the hosting sub-path (`BASE`): `widgets::href` adds it for links. Pages
//! that keep their state in the address build it with `Route::with_query` and `param`.
//! `Route::parse` is the inverse of `Route::path`; the tests hold the two, and `PATTERNS`, to each
//! other. The app's router (`app/mod.rs`) declares the same shapes with leptos' `path!`.

/// Every page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Directory,
    Alumnus(String),
    Timeline,
    Gallery,
    Album(String),
    /// One photo of an album, shown in the lightbox.
    Photo(String, String),
    Events,
    Event(String),
    Careers,
    Resource(String),
    /// "Find a mentor".
    Mentors,
    Class(i32),
    /// "Is this you? Update your details", for the profile of this id.
    Update(String),
    /// "Join the directory".
    Join,
    /// "Remove me", for the profile of this id.
    Remove(String),
    /// "Send a class note", from the profile of this id.
    Note(String),
    /// Regional chapters, college and interest groups.
    Chapters,
    Chapter(String),
    /// Giving back: the honour roll, funds, stories, ways to give.
    Giving,
    /// Alumni voice: the council, consultations, representatives.
    Voice,
    /// Alumni-only details: unlock with the office's passphrase, lock again.
    Members,
}

/// Every path shape in the router's syntax (the app folds the two gallery shapes into one route
/// with an optional `:photo`).
pub const PATTERNS: [&str; 22] = [
    "/",
    "/directory",
    "/alumni/:id",
    "/timeline",
    "/gallery",
    "/gallery/:id",
    "/gallery/:id/:photo",
    "/events",
    "/events/:id",
    "/careers",
    "/careers/:id",
    "/mentors",
    "/class/:year",
    "/update/:id",
    "/join",
    "/remove/:id",
    "/note/:id",
    "/chapters",
    "/chapters/:id",
    "/giving",
    "/voice",
    "/members",
];

impl Route {
    /// The page's address. Every page but the home page ends in `/`: each is written as a
    /// folder (`directory/index.html`), and static hosts answer the address without the slash
    /// with a redirect to it, a round trip a phone pays before the page starts (150 ms and
    /// more on a slow network).
    pub fn path(&self) -> String {
        let bare = self.bare_path();
        if bare == "/" {
            bare
        } else {
            format!("{bare}/")
        }
    }

    fn bare_path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Directory => "/directory".into(),
            Route::Alumnus(id) => format!("/alumni/{}", encode(id)),
            Route::Timeline => "/timeline".into(),
            Route::Gallery => "/gallery".into(),
            Route::Album(id) => format!("/gallery/{}", encode(id)),
            Route::Photo(album, photo) => format!("/gallery/{}/{}", encode(album), encode(photo)),
            Route::Events => "/events".into(),
            Route::Event(id) => format!("/events/{}", encode(id)),
            Route::Careers => "/careers".into(),
            Route::Resource(id) => format!("/careers/{}", encode(id)),
            Route::Mentors => "/mentors".into(),
            Route::Class(year) => format!("/class/{year}"),
            Route::Update(id) => format!("/update/{}", encode(id)),
            Route::Join => "/join".into(),
            Route::Remove(id) => format!("/remove/{}", encode(id)),
            Route::Note(id) => format!("/note/{}", encode(id)),
            Route::Chapters => "/chapters".into(),
            Route::Chapter(id) => format!("/chapters/{}", encode(id)),
            Route::Giving => "/giving".into(),
            Route::Voice => "/voice".into(),
            Route::Members => "/members".into(),
        }
    }

    /// Whether the page shows alumni (lists or a profile): unless `site.json` allows it, such a
    /// page asks search engines not to index it.
    pub fn shows_people(&self) -> bool {
        matches!(
            self,
            Route::Directory
                | Route::Alumnus(_)
                | Route::Class(_)
                | Route::Mentors
                | Route::Update(_)
                | Route::Remove(_)
                | Route::Note(_)
                | Route::Chapter(_)
                | Route::Giving
                | Route::Voice
        )
    }

    /// The route a path (without `BASE`, without query) belongs to, if any.
    pub fn parse(path: &str) -> Option<Route> {
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        let id = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Some(match segments.as_slice() {
            [] => Route::Home,
            ["directory"] => Route::Directory,
            ["alumni", s] => Route::Alumnus(id(s)?),
            ["timeline"] => Route::Timeline,
            ["gallery"] => Route::Gallery,
            ["gallery", s] => Route::Album(id(s)?),
            ["gallery", a, p] => Route::Photo(id(a)?, id(p)?),
            ["events"] => Route::Events,
            ["events", s] => Route::Event(id(s)?),
            ["careers"] => Route::Careers,
            ["careers", s] => Route::Resource(id(s)?),
            ["mentors"] => Route::Mentors,
            ["class", y] => Route::Class(y.parse().ok()?),
            ["update", s] => Route::Update(id(s)?),
            ["join"] => Route::Join,
            ["remove", s] => Route::Remove(id(s)?),
            ["note", s] => Route::Note(id(s)?),
            ["chapters"] => Route::Chapters,
            ["chapters", s] => Route::Chapter(id(s)?),
            ["giving"] => Route::Giving,
            ["voice"] => Route::Voice,
            ["members"] => Route::Members,
            _ => return None,
        })
    }
}

/// `"?a=1&b=2"` from `["a=1", "b=2"]`, or nothing when there are no parts: the state of a page
/// in its address.
pub fn query_string(parts: &[String]) -> String {
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// One `key=value` part of a query, the value percent-encoded; several values of one key are
/// joined with commas ("any of them").
pub fn param<S: AsRef<str>>(key: &str, values: &[S]) -> String {
    let encoded: Vec<String> = values.iter().map(|v| encode(v.as_ref())).collect();
    format!("{key}={}", encoded.join(","))
}

impl Route {
    /// The route's path with the page's state as a query: `/events?kind=reunion`.
    pub fn with_query(&self, parts: &[String]) -> String {
        format!("{}{}", self.path(), query_string(parts))
    }
}

/// The query (`"?q=ada&lang=en"`, or empty) with `lang=` set to `lang`, every other part kept:
/// the language switch's link, which loads the same page in the other language.
pub fn with_lang(search: &str, lang: crate::i18n::Lang) -> String {
    let mut parts: Vec<String> = (search.trim_start_matches('?').split('&'))
        .filter(|p| !p.is_empty() && *p != "lang" && !p.starts_with("lang="))
        .map(str::to_string)
        .collect();
    parts.push(format!("lang={}", lang.tag()));
    query_string(&parts)
}

/// Data files, relative to the site root.
pub fn data_file(name: &str) -> String {
    format!("data/{name}.json")
}

/// Profiles share this many files (`model::Profiles`): one file per person would be 100,000
/// files at 100,000 alumni, more than several static hosts take.
pub const PROFILE_FILES: u32 = 4096;

/// The file holding the profile of the person with this id (`model::Profiles`): the same
/// hash in the build and in the browser.
pub fn profile_file(id: &str) -> String {
    let hash = (id.bytes()).fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("data/people/{:03x}.json", hash % PROFILE_FILES)
}

/// Percent-encoding of everything but RFC 3986's unreserved characters, for a value inside an
/// address (a query parameter, a `mailto:` body).
pub fn encode_component(text: &str) -> String {
    encode(text)
}

/// Percent-encoding of everything but RFC 3986's unreserved characters. Record ids are checked
/// to be `[a-z0-9-]`, so for paths this only guards against surprises.
fn encode(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~') {
                c.to_string()
            } else {
                let mut buf = [0u8; 4];
                c.encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            }
        })
        .collect()
}

/// Normalises a hosting sub-path to the form `/`, or `/some/path/`.
pub fn normalize_base(base: &str) -> String {
    let inner = base.trim_matches('/');
    if inner.is_empty() {
        "/".into()
    } else {
        format!("/{inner}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_path() {
        let all = [
            Route::Home,
            Route::Directory,
            Route::Alumnus("wang-xiaoming-1998".into()),
            Route::Timeline,
            Route::Gallery,
            Route::Album("class-of-1975".into()),
            Route::Photo("class-of-1975".into(), "quad".into()),
            Route::Events,
            Route::Event("spring-reunion".into()),
            Route::Careers,
            Route::Resource("cv-template".into()),
            Route::Mentors,
            Route::Class(1998),
            Route::Update("anna-smith-jones".into()),
            Route::Join,
            Route::Remove("anna-smith-jones".into()),
            Route::Note("anna-smith-jones".into()),
            Route::Chapters,
            Route::Chapter("london".into()),
            Route::Giving,
            Route::Voice,
            Route::Members,
        ];
        for route in all {
            assert_eq!(
                Route::parse(&route.path()),
                Some(route.clone()),
                "{route:?}"
            );
        }
    }

    #[test]
    fn every_pattern_parses_to_a_route() {
        for pattern in PATTERNS {
            let concrete = pattern
                .replace(":id", "x")
                .replace(":photo", "p")
                .replace(":year", "2001");
            assert!(Route::parse(&concrete).is_some(), "{pattern}");
        }
    }

    #[test]
    fn unknown_paths_are_not_routes() {
        for path in ["/nope", "/alumni", "/alumni/", "/class/abc", "/events/a/b"] {
            assert_eq!(Route::parse(path), None, "{path}");
        }
    }

    #[test]
    fn the_language_switch_keeps_the_query() {
        use crate::i18n::Lang;
        assert_eq!(with_lang("", Lang::ZhHans), "?lang=zh-Hans");
        assert_eq!(
            with_lang("?q=ada&lang=en", Lang::ZhHans),
            "?q=ada&lang=zh-Hans"
        );
        assert_eq!(
            with_lang("?lang=zh-Hans&year=1998", Lang::En),
            "?year=1998&lang=en"
        );
    }

    #[test]
    fn query_strings() {
        assert_eq!(query_string(&[]), "");
        assert_eq!(query_string(&["a=1".into(), "b=2".into()]), "?a=1&b=2");
        assert_eq!(param("q", &["wang xiao&ming"]), "q=wang%20xiao%26ming");
        assert_eq!(
            param("city", &["GB:São Paulo", "a,b"]),
            "city=GB%3AS%C3%A3o%20Paulo,a%2Cb"
        );
        assert_eq!(
            Route::Events.with_query(&[param("kind", &["reunion"])]),
            "/events/?kind=reunion"
        );
        assert_eq!(Route::Directory.with_query(&[]), "/directory/");
    }

    #[test]
    fn base_is_normalised() {
        assert_eq!(normalize_base(""), "/");
        assert_eq!(normalize_base("/"), "/");
        assert_eq!(normalize_base("homecoming"), "/homecoming/");
        assert_eq!(normalize_base("/a/b/"), "/a/b/");
    }
}
