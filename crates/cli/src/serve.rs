//! A small static file server for previews and browser tests. It serves a built `dist/` the way
//! static hosts do: files as they are, `index.html` for folders, and for anything else either
//! `404.html` with status 404 (GitHub Pages, `Fallback::NotFound`) or with status 200 (Netlify's
//! `_redirects`, `Fallback::Index`); the app then routes the deep link itself. It
//! listens on 127.0.0.1 only and, with `exit_after`, stops by itself.

use homecoming_core::routes::normalize_base;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What a static host answers for a path with no file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// `404.html` with status 404, like GitHub Pages.
    NotFound,
    /// `404.html` with status 200, like Netlify with `/* /404.html 200` (the plain shell:
    /// `index.html` is the home page, written ahead of time).
    Index,
}

pub fn serve(
    dir: &Path,
    port: u16,
    base: &str,
    fallback: Fallback,
    exit_after: Option<u64>,
) -> io::Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let base = normalize_base(base);
    eprintln!(
        "Serving {} at http://127.0.0.1:{}{} (Ctrl-C to stop)",
        dir.display(),
        listener.local_addr()?.port(),
        base
    );
    if let Some(secs) = exit_after {
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(secs));
            eprintln!("serve: stopping after {secs} s");
            std::process::exit(0);
        });
    }
    let headers = std::sync::Arc::new(Headers::read(&dir.join("_headers")));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let dir = dir.to_path_buf();
        let base = base.clone();
        let headers = headers.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &dir, &base, fallback, &headers);
        });
    }
    Ok(())
}

/// Answers requests on one connection until the client closes it (keep-alive, as static hosts
/// do: a browser then reuses its six connections instead of opening one per file).
fn handle(
    mut stream: TcpStream,
    dir: &Path,
    base: &str,
    fallback: Fallback,
    headers: &Headers,
) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    loop {
        let mut request = String::new();
        if reader.read_line(&mut request)? == 0 {
            return Ok(());
        }
        let mut close = false;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
                break;
            }
            let lower = line.to_ascii_lowercase();
            if lower.starts_with("connection:") && lower.contains("close") {
                close = true;
            }
        }
        let mut parts = request.split_whitespace();
        let method = parts.next().unwrap_or("");
        let target = parts.next().unwrap_or("/");
        let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
        let (status, file) = resolve(dir, base, &path, fallback);
        let body = match &file {
            Some(f) => std::fs::read(f)?,
            None => b"Not found".to_vec(),
        };
        let kind = file
            .as_deref()
            .map(content_type)
            .unwrap_or("text/plain; charset=utf-8");
        let reason = if status == 200 { "OK" } else { "Not Found" };
        // One write: a header and a body written apart can wait on Nagle's algorithm.
        let mut extra = String::new();
        for (name, value) in headers.for_path(&path) {
            // Previews are always fresh: the host's caching rules are not applied here.
            if !name.eq_ignore_ascii_case("cache-control") {
                extra.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        let mut response = format!(
            "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n{extra}Connection: {}\r\n\r\n",
            body.len(),
            if close { "close" } else { "keep-alive" }
        )
        .into_bytes();
        if method != "HEAD" {
            response.extend_from_slice(&body);
        }
        stream.write_all(&response)?;
        stream.flush()?;
        if close {
            return Ok(());
        }
    }
}

/// The `_headers` file as Netlify and Cloudflare Pages read it (the part the build writes: a
/// path, or a path ending in `*`, then its headers indented), so previews and browser tests
/// run under the site's real Content Security Policy.
#[derive(Default)]
pub struct Headers(Vec<(String, Vec<(String, String)>)>);

impl Headers {
    pub fn read(path: &Path) -> Headers {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for line in text.lines() {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if !line.starts_with([' ', '\t']) {
                rules.push((line.trim().to_string(), Vec::new()));
            } else if let (Some((_, headers)), Some((name, value))) =
                (rules.last_mut(), line.trim().split_once(':'))
            {
                headers.push((name.trim().to_string(), value.trim().to_string()));
            }
        }
        Headers(rules)
    }

    pub fn for_path<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a (String, String)> {
        self.0
            .iter()
            .filter(move |(rule, _)| match rule.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => rule == path,
            })
            .flat_map(|(_, headers)| headers)
    }
}

/// Status and file for a request path, as a static host answers it.
pub fn resolve(dir: &Path, base: &str, path: &str, fallback: Fallback) -> (u16, Option<PathBuf>) {
    let not_found = || match fallback {
        Fallback::NotFound => {
            let page = dir.join("404.html");
            (404, page.is_file().then_some(page))
        }
        Fallback::Index => (200, Some(dir.join("404.html"))),
    };
    let rel = if path == base.trim_end_matches('/') {
        ""
    } else if let Some(rel) = path.strip_prefix(base) {
        rel
    } else {
        return (404, None);
    };
    // Confined to `dir`: only plain names below it. `//etc/passwd` would otherwise make `rel`
    // absolute (and `join` would drop `dir`), and `..`, `\\` or a NUL would climb or confuse.
    let confined = rel
        .split('/')
        .all(|s| s != ".." && s != "." && !s.contains(['\\', '\0', ':']))
        && !rel.starts_with('/');
    if !confined {
        return not_found();
    }
    let mut file = dir.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    if file.is_file() {
        (200, Some(file))
    } else {
        not_found()
    }
}

/// `%xx` escapes decoded; anything else (a lone `%`, a `%` before a non-ASCII byte) kept as
/// it is. Works on bytes: slicing the text could cut a character in two and panic.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "ics" => "text/calendar; charset=utf-8",
        "md" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_apply_by_path() {
        let dir = std::env::temp_dir().join(format!("homecoming-headers-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("_headers"),
            "/*\n  X-Content-Type-Options: nosniff\n/media/cv.pdf\n  Content-Disposition: attachment\n",
        )
        .unwrap();
        let h = Headers::read(&dir.join("_headers"));
        let names = |p: &str| {
            h.for_path(p)
                .map(|(n, _)| n.clone())
                .collect::<Vec<String>>()
        };
        assert_eq!(names("/"), vec!["X-Content-Type-Options"]);
        assert_eq!(
            names("/media/cv.pdf"),
            vec!["X-Content-Type-Options", "Content-Disposition"]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn resolves_like_a_static_host() {
        let dir = std::env::temp_dir().join(format!("homecoming-serve-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("index.html"), "i").unwrap();
        std::fs::write(dir.join("404.html"), "n").unwrap();
        std::fs::write(dir.join("data/site.json"), "{}").unwrap();
        assert_eq!(
            resolve(&dir, "/", "/", Fallback::NotFound),
            (200, Some(dir.join("index.html")))
        );
        assert_eq!(
            resolve(&dir, "/", "/data/site.json", Fallback::NotFound),
            (200, Some(dir.join("data/site.json")))
        );
        assert_eq!(
            resolve(&dir, "/", "/alumni/x", Fallback::NotFound),
            (404, Some(dir.join("404.html")))
        );
        assert_eq!(
            resolve(&dir, "/sub/", "/sub", Fallback::NotFound),
            (200, Some(dir.join("index.html")))
        );
        assert_eq!(
            resolve(&dir, "/sub/", "/sub/events/x", Fallback::NotFound),
            (404, Some(dir.join("404.html")))
        );
        assert_eq!(
            resolve(&dir, "/sub/", "/other", Fallback::NotFound),
            (404, None)
        );
        assert_eq!(
            resolve(&dir, "/", "/../etc/passwd", Fallback::NotFound).0,
            404
        );
        assert_eq!(
            resolve(&dir, "/", "/alumni/x", Fallback::Index),
            (200, Some(dir.join("404.html")))
        );
        assert_eq!(percent_decode("/a%20b"), "/a b");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Found by hand against the preview server: `GET //etc/passwd` served the file, and a `%`
    /// before a non-ASCII byte panicked the connection's thread.
    #[test]
    fn stays_in_its_folder_and_never_panics() {
        let dir = std::env::temp_dir().join(format!("homecoming-confine-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("404.html"), "n").unwrap();
        for hostile in [
            "//etc/passwd",
            "///etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/a/../../etc/passwd",
            "/..\\..\\etc\\passwd",
            "/C:/Windows/win.ini",
            "/./404.html",
        ] {
            let path = percent_decode(hostile);
            let (status, file) = resolve(&dir, "/", &path, Fallback::NotFound);
            assert_eq!(status, 404, "{hostile}");
            assert_eq!(file, Some(dir.join("404.html")), "{hostile}");
        }
        for odd in ["/%é", "/%", "/%%", "/%e", "/a%ü%", "/%€€", "/%zz"] {
            let decoded = percent_decode(odd);
            assert!(decoded.starts_with('/'), "{odd}");
            resolve(&dir, "/", &decoded, Fallback::NotFound);
        }
        assert_eq!(percent_decode("/%41%c3%a9"), "/Aé");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
