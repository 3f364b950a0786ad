//! Offline and installable (#19): the web app manifest with icons rendered from the school's
//! logo (`write_manifest`, in the build), and the service worker (`write_service_worker`, in
//! `homecoming seal`, once every file of the build is there) that precaches this version's app
//! shell and keeps what the reader uses. Its version is a hash of the shell and the data, so a
//! new deploy is a new worker, which the app offers to reload into.

use homecoming_core::model::Site;
use sha2::{Digest, Sha256};
use std::fs;
use std::io;
use std::path::Path;

pub const MANIFEST: &str = "manifest.webmanifest";
pub const WORKER: &str = "sw.js";
/// Icon sizes Chromium's install criteria ask for.
pub const ICON_SIZES: [u32; 2] = [192, 512];

pub fn icon_file(size: u32) -> String {
    format!("icons/icon-{size}.png")
}

/// The manifest: the school's names and colour, `start_url` and `scope` at the sub-path.
pub fn manifest(site: &Site, base: &str) -> String {
    let icons: Vec<serde_json::Value> = ICON_SIZES
        .iter()
        .map(|s| {
            serde_json::json!({
                "src": format!("{base}{}", icon_file(*s)),
                "sizes": format!("{s}x{s}"),
                "type": "image/png",
                "purpose": "any"
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "name": site.name,
        "short_name": site.short_name,
        "description": site.tagline,
        "start_url": base,
        "scope": base,
        "id": base,
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": site.colors.primary,
        "icons": icons,
    }))
    .unwrap_or_default()
}

/// The logo as a square icon of `size` pixels on white, with a margin, as PNG. An SVG logo is
/// rasterised (resvg); a PNG or JPEG one is scaled.
pub fn icon(logo: &Path, size: u32) -> io::Result<Vec<u8>> {
    let bytes = fs::read(logo)?;
    let inner = size * 8 / 10;
    let art: image::RgbaImage = if logo.extension().is_some_and(|e| e == "svg") {
        let mut options = resvg::usvg::Options::default();
        options.fontdb_mut().load_system_fonts();
        let tree = resvg::usvg::Tree::from_data(&bytes, &options)
            .map_err(|e| io::Error::other(format!("{}: {e}", logo.display())))?;
        let view = tree.size();
        let scale = inner as f32 / view.width().max(view.height());
        let (w, h) = (
            (view.width() * scale).ceil() as u32,
            (view.height() * scale).ceil() as u32,
        );
        let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1))
            .ok_or_else(|| io::Error::other("icon size"))?;
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        // tiny-skia keeps premultiplied alpha; the image crate wants it straight.
        let straight: Vec<u8> = pixmap
            .pixels()
            .iter()
            .flat_map(|p| {
                let c = p.demultiply();
                [c.red(), c.green(), c.blue(), c.alpha()]
            })
            .collect();
        image::RgbaImage::from_raw(w.max(1), h.max(1), straight)
            .ok_or_else(|| io::Error::other("icon pixels"))?
    } else {
        image::load_from_memory(&bytes)
            .map_err(|e| io::Error::other(format!("{}: {e}", logo.display())))?
            .resize(inner, inner, image::imageops::FilterType::Lanczos3)
            .to_rgba8()
    };
    let mut canvas = image::RgbaImage::from_pixel(size, size, image::Rgba([255, 255, 255, 255]));
    let (x, y) = ((size - art.width()) / 2, (size - art.height()) / 2);
    image::imageops::overlay(&mut canvas, &art, i64::from(x), i64::from(y));
    let mut out = io::Cursor::new(Vec::new());
    canvas
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(io::Error::other)?;
    Ok(out.into_inner())
}

/// Writes the manifest and its icons into `dist/` (the logo is already in `dist/media/`).
pub fn write_manifest(site: &Site, dist: &Path, base: &str) -> io::Result<()> {
    fs::create_dir_all(dist.join("icons"))?;
    let logo = dist.join(&site.logo);
    for size in ICON_SIZES {
        fs::write(dist.join(icon_file(size)), icon(&logo, size)?)?;
    }
    fs::write(dist.join(MANIFEST), manifest(site, base))
}

/// The app shell: what every page needs to start with no network. Paths relative to the
/// site's root; `""` is the home page.
pub fn shell(dist: &Path) -> io::Result<Vec<String>> {
    let mut files = vec![
        String::new(),
        homecoming_core::i18n::Lang::ZhHans.page_file().to_string(),
        "404.html".to_string(),
        MANIFEST.to_string(),
        "data/site.json".to_string(),
    ];
    files.extend(ICON_SIZES.map(icon_file));
    for entry in fs::read_dir(dist)? {
        let name = entry?.file_name().to_string_lossy().to_string();
        if [".js", ".wasm", ".css"].iter().any(|e| name.ends_with(e)) && name != WORKER {
            files.push(name);
        }
    }
    let snippets = dist.join("snippets");
    if snippets.is_dir() {
        let mut stack = vec![snippets];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(&dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if let Ok(rel) = path.strip_prefix(dist) {
                    files.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    files.sort();
    files.dedup();
    Ok(files
        .into_iter()
        .filter(|f| f.is_empty() || dist.join(f).exists())
        .collect())
}

/// Writes `sw.js`: the worker with this build's shell and version. The version hashes the
/// shell's bytes and every top-level data file, so any deploy that changes what a reader sees
/// is a new version.
pub fn write_service_worker(dist: &Path, base: &str) -> io::Result<String> {
    let shell = shell(dist)?;
    let mut hash = Sha256::new();
    for file in &shell {
        let path = if file.is_empty() {
            dist.join("index.html")
        } else {
            dist.join(file)
        };
        hash.update(file.as_bytes());
        hash.update(fs::read(path).unwrap_or_default());
    }
    let mut data: Vec<_> = (fs::read_dir(dist.join("data")).into_iter().flatten())
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    data.sort();
    for file in data {
        hash.update(fs::read(file).unwrap_or_default());
    }
    let version: String = hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let text = include_str!("sw.js")
        .replace("__VERSION__", &version)
        .replace("__BASE__", base)
        .replace(
            "__SHELL__",
            &serde_json::to_string(&shell).unwrap_or_default(),
        );
    fs::write(dist.join(WORKER), text)?;
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_starts_and_stays_at_the_sub_path() {
        let site: Site = serde_json::from_str(
            r##"{"name": "Northbrook University Alumni", "short_name": "Northbrook", "tagline": "t",
                "founded": 1898, "colors": {"primary": "#1f3a5f", "accent": "#b5122b"},
                "logo": "media/site/logo.svg", "colleges": [], "industries": [], "chapters": [],
                "contacts": []}"##,
        )
        .unwrap();
        let m: serde_json::Value = serde_json::from_str(&manifest(&site, "/homecoming/")).unwrap();
        assert_eq!(m["start_url"], "/homecoming/");
        assert_eq!(m["scope"], "/homecoming/");
        assert_eq!(m["theme_color"], "#1f3a5f");
        assert_eq!(m["icons"][1]["src"], "/homecoming/icons/icon-512.png");
    }

    #[test]
    fn the_sample_logo_makes_square_icons() {
        let logo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/site/logo.svg");
        let png = icon(&logo, 192).unwrap();
        let img = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!(img.dimensions(), (192, 192));
        // White around the shield, and the shield's navy over a good part of the icon.
        assert_eq!(img.get_pixel(2, 2).0, [255, 255, 255, 255]);
        let navy = (img.pixels())
            .filter(|p| p.0[0] < 60 && p.0[2] > 70 && p.0[2] < 120)
            .count();
        assert!(navy > 192 * 192 / 5, "{navy} navy pixels");
    }
}
