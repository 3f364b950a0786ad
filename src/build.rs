//! The build step after trunk: writes the checked content into `dist/` as small JSON data files
//! (one per collection), copies the media that published records refer to, and turns trunk's
//! `index.html` into the site's page shells (school name and colours in the head, `404.html`
//! for GitHub Pages, `_redirects` for Netlify).
//!
//! Everything written here comes from `check::SiteData`, which holds public data only.

use crate::check::SiteData;
use crate::content::Collection;
use crate::model::files;
use crate::routes::normalize_base;
use serde::Serialize;
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
    let data_dir = dist.join("data");
    fs::create_dir_all(&data_dir)?;
    write(&data_dir, files::SITE, &data.site)?;
    write(&data_dir, files::ALUMNI, &data.alumni)?;
    write(&data_dir, files::TIMELINE, &data.timeline)?;
    write(&data_dir, files::GALLERY, &data.albums)?;
    write(&data_dir, files::EVENTS, &data.events)?;
    write(&data_dir, files::CAREERS, &data.resources)?;

    let media = dist.join("media");
    if media.exists() {
        fs::remove_dir_all(&media)?;
    }
    for rel in &data.media {
        let to = media.join(rel);
        fs::create_dir_all(to.parent().expect("media files have a parent"))?;
        fs::copy(content.join(rel), &to)?;
    }

    let page = shell_page(&shell, data);
    fs::write(&shell_path, &page)?;
    fs::write(dist.join("404.html"), &page)?;
    let base = normalize_base(base);
    fs::write(
        dist.join("_redirects"),
        format!("{base}*  {base}index.html  200\n"),
    )?;
    fs::write(dist.join(".nojekyll"), "")?;
    eprintln!(
        "✓ built {} data files and {} media files into {}",
        6,
        data.media.len(),
        dist.display()
    );
    Ok(())
}

fn write<T: Serialize>(dir: &Path, name: &str, value: &T) -> io::Result<()> {
    let text = serde_json::to_string(value)?;
    fs::write(dir.join(format!("{name}.json")), text)
}

/// The school's name, description and colours in the page head, so the first paint is branded
/// before any data arrives.
pub fn shell_page(shell: &str, data: &SiteData) -> String {
    let site = &data.site;
    let head = format!(
        "<link rel=\"icon\" href=\"{logo}\">\n<meta name=\"description\" content=\"{desc}\">\n<meta name=\"theme-color\" content=\"{primary}\">\n<style>:root{{--brand:{primary};--accent:{accent}}}</style>\n",
        desc = escape(&site.tagline),
        logo = escape(&site.logo),
        primary = site.colors.primary,
        accent = site.colors.accent,
    );
    let title = format!("<title>{} alumni</title>", escape(&site.name));
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
