//! The last step of a build, after the pages are written: one Content Security Policy for the
//! whole site, written as a `<meta>` into every page (GitHub Pages sends no headers of ours)
//! and, with the other security and caching headers, into `_headers` (Netlify and Cloudflare
//! Pages read it). The policy allows only what the app needs: its own files, wasm compiled by
//! the browser (`'wasm-unsafe-eval'`), and each inline script by its hash, never
//! `'unsafe-inline'` script. Styles may be inline (the school's colours in the head, and the
//! sizes the app sets on elements): a style cannot run code.

use homecoming_core::model::{files, Resource};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Marks the policy's `<meta>`, so a second run replaces it.
const META_START: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

/// What every page may do, given the hashes of the inline scripts the pages hold.
/// `connect` is the origin of the form endpoint update requests are sent to, if the site has
/// one (`site.json` → `updates.endpoint`): the only other host a page may talk to.
pub fn policy(script_hashes: &BTreeSet<String>, connect: Option<&str>) -> String {
    let hashes: String = script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    let connect = connect.map(|o| format!(" {o}")).unwrap_or_default();
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'{connect}; manifest-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'"
    )
}

/// `https://host[:port]` of the site's form endpoint, read from the built `data/site.json`.
fn endpoint_origin(dist: &Path) -> Option<String> {
    let text = fs::read_to_string(dist.join("data").join(format!("{}.json", files::SITE))).ok()?;
    let site: homecoming_core::model::Site = serde_json::from_str(&text).ok()?;
    let url = site.updates.endpoint?;
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| format!("https://{host}"))
}

/// The security headers every file gets besides the policy. `frame-ancestors` works only
/// as a header, so it is here and not in the `<meta>`.
const HEADERS: [(&str, &str); 5] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
];

/// Writes the policy into every page of `dist/` and writes `dist/_headers`. Returns the
/// policy.
pub fn seal(dist: &Path, base: &str) -> io::Result<String> {
    let mut pages = Vec::new();
    html_files(dist, &mut pages)?;
    let mut hashes = BTreeSet::new();
    let mut texts = Vec::with_capacity(pages.len());
    for page in &pages {
        let text = without_policy(&fs::read_to_string(page)?);
        hashes.extend(inline_scripts(&text).map(sha256_base64));
        texts.push(text);
    }
    let policy = policy(&hashes, endpoint_origin(dist).as_deref());
    let meta = format!("{META_START}{policy}\">");
    for (page, text) in pages.iter().zip(texts) {
        // Right after the character set (which must come first), before any script or
        // style sheet is read.
        let after = text
            .find("<meta charset")
            .and_then(|at| text[at..].find('>').map(|e| at + e + 1))
            .or_else(|| text.find("<head>").map(|at| at + "<head>".len()));
        let sealed = match after {
            Some(at) => format!("{}\n{meta}{}", &text[..at], &text[at..]),
            None => text,
        };
        fs::write(page, sealed)?;
    }
    fs::write(dist.join("_headers"), headers_file(dist, base, &policy)?)?;
    // Last: the worker's version hashes the pages as sealed.
    crate::offline::write_service_worker(dist, base)?;
    Ok(policy)
}

/// `_headers` in the format Netlify and Cloudflare Pages share: a path, then its headers
/// indented. Hashed assets (trunk names them `name-<hash>.ext`) are cached for a year;
/// data for five minutes; career downloads are sent as attachments, never shown inline.
fn headers_file(dist: &Path, base: &str, policy: &str) -> io::Result<String> {
    let mut out = format!("{base}*\n  Content-Security-Policy: {policy}; frame-ancestors 'none'\n");
    for (name, value) in HEADERS {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    let mut hashed: Vec<String> = fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| is_hashed_asset(name))
        .collect();
    hashed.sort();
    for name in hashed {
        out.push_str(&format!(
            "{base}{name}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    out.push_str(&format!(
        "{base}data/*\n  Cache-Control: public, max-age=300\n"
    ));
    // The service worker is how a reader hears of a new deploy: always asked for afresh.
    out.push_str(&format!(
        "{base}{}\n  Cache-Control: no-cache\n",
        crate::offline::WORKER
    ));
    let careers = dist.join("data").join(format!("{}.json", files::CAREERS));
    if let Ok(text) = fs::read_to_string(careers) {
        let resources: Vec<Resource> = serde_json::from_str(&text).map_err(io::Error::other)?;
        for file in resources.iter().filter_map(|r| r.file.as_ref()) {
            out.push_str(&format!(
                "{base}{}\n  Content-Disposition: attachment\n",
                file.src
            ));
        }
    }
    Ok(out)
}

/// `homecoming-app-0123456789abcdef.js`, `…_bg.wasm`, `main-0123….css`: a name trunk gave a
/// content hash, which may be cached for good.
pub fn is_hashed_asset(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if !matches!(ext, "js" | "wasm" | "css") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            // Data and media hold no pages.
            if !matches!(entry.file_name().to_str(), Some("data" | "media")) {
                html_files(&path, out)?;
            }
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
    Ok(())
}

fn without_policy(text: &str) -> String {
    match text.find(META_START) {
        Some(at) => {
            let end = text[at..]
                .find('>')
                .map(|e| at + e + 1)
                .unwrap_or(text.len());
            let start = if text[..at].ends_with('\n') {
                at - 1
            } else {
                at
            };
            format!("{}{}", &text[..start], &text[end..])
        }
        None => text.to_string(),
    }
}

/// The text of every inline script that runs (not data blocks such as
/// `type="application/json"`, not scripts with a `src`).
pub fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<script").filter_map(move |(at, _)| {
        let open_end = at + html[at..].find('>')?;
        let tag = &html[at..open_end];
        let body_end = open_end + html[open_end..].find("</script>")?;
        let runs = !tag.contains(" src=")
            && match tag.split("type=").nth(1) {
                None => true,
                Some(t) => {
                    let t = t
                        .trim_matches(['"', '\''])
                        .split(['"', '\'', ' '])
                        .next()
                        .unwrap_or("");
                    matches!(t, "module" | "text/javascript" | "application/javascript")
                }
            };
        runs.then(|| &html[open_end + 1..body_end])
    })
}

fn sha256_base64(text: &str) -> String {
    crate::images::base64(&Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_running_inline_scripts_are_hashed() {
        let html = "<head><script type=\"module\">a()</script><script type=\"application/json\" id=\"x\">{}</script><script src=\"/x.js\"></script><script>b()</script></head>";
        let found: Vec<&str> = inline_scripts(html).collect();
        assert_eq!(found, vec!["a()", "b()"]);
        // SHA-256 of nothing, as `printf '' | openssl dgst -sha256 -binary | base64` gives.
        assert_eq!(
            sha256_base64(""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }

    /// Netlify merges netlify.toml's headers with `_headers`: they must not disagree, so the
    /// headers live in one place.
    #[test]
    fn netlify_toml_sets_no_headers_of_its_own() {
        let toml =
            fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../netlify.toml")).unwrap();
        assert!(!toml.contains("[[headers]]"), "{toml}");
    }

    #[test]
    fn hashed_assets_are_told_apart() {
        assert!(is_hashed_asset("homecoming-app-a3e0a5a48b8568d5.js"));
        assert!(is_hashed_asset("homecoming-app-a3e0a5a48b8568d5_bg.wasm"));
        assert!(is_hashed_asset("main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("index.html"));
        assert!(!is_hashed_asset("robots.txt"));
        assert!(!is_hashed_asset("app.js"));
    }

    #[test]
    fn sealing_twice_gives_one_policy() {
        let dir = std::env::temp_dir().join(format!("hc-seal-{}", std::process::id()));
        fs::create_dir_all(dir.join("events/x")).unwrap();
        let page = "<!doctype html><html><head><script type=\"module\">go()</script></head><body></body></html>";
        fs::write(dir.join("index.html"), page).unwrap();
        fs::write(dir.join("events/x/index.html"), page).unwrap();
        fs::write(dir.join("homecoming-app-a3e0a5a48b8568d5.js"), "").unwrap();
        let first = seal(&dir, "/").unwrap();
        let once = fs::read_to_string(dir.join("index.html")).unwrap();
        let second = seal(&dir, "/").unwrap();
        let twice = fs::read_to_string(dir.join("index.html")).unwrap();
        assert_eq!(first, second);
        assert_eq!(once, twice);
        assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
        assert!(first.contains(&format!("'sha256-{}'", sha256_base64("go()"))));
        assert!(
            !first.contains("unsafe-inline' ;")
                && !first.contains("script-src 'self' 'unsafe-inline'")
        );
        let headers = fs::read_to_string(dir.join("_headers")).unwrap();
        assert!(
            headers.starts_with("/*\n  Content-Security-Policy: default-src 'none';"),
            "{headers}"
        );
        assert!(headers.contains("X-Content-Type-Options: nosniff"));
        assert!(headers.contains("/homecoming-app-a3e0a5a48b8568d5.js\n  Cache-Control: public, max-age=31536000, immutable"));
        fs::remove_dir_all(&dir).unwrap();
    }
}
