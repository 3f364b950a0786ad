//! Files of `content/`: names safe in a web address, types allowed by use and checked by
//! content, no symbolic links, size and pixel limits.

use crate::values::{slugify, Bad};
use std::path::Path;

/// A path under `content/` that is also safe in a web address as it is: segments of ASCII
/// letters, digits, `-`, `_` and `.`, none starting with a dot. A photo named
/// `a 1w, //evil.example/x.jpg` would otherwise add a source from another host to a `srcset`.
pub fn media_name(rel: &str) -> Result<(), Bad> {
    let ok = !rel.is_empty()
        && rel.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        });
    if ok {
        return Ok(());
    }
    if rel.starts_with('/') || rel.split('/').any(|p| p == "..") {
        return Err(Bad::new(
            format!("\"{rel}\" points outside the content folder"),
            "Write the path relative to content/, e.g. \"gallery/photos/quad-1975.jpg\".".into(),
        ));
    }
    let suggestion: Vec<String> = rel
        .split('/')
        .filter(|seg| !seg.is_empty())
        .map(|seg| {
            let (stem, ext) = seg.rsplit_once('.').unwrap_or((seg, ""));
            let stem = slugify(stem);
            let stem = if stem.is_empty() { "file".into() } else { stem };
            if ext.is_empty() {
                stem
            } else {
                format!("{stem}.{}", slugify(ext))
            }
        })
        .collect();
    Err(Bad::new(
        format!("the file name {rel:?} has characters a web address cannot carry as they are"),
        format!(
            "Rename the file using only letters a to z, digits, hyphens, underscores and dots (for example \"{}\"), and write the new name here.",
            suggestion.join("/")
        ),
    ))
}

/// What a file of `content/` may be, by use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A photo or portrait: JPEG or PNG, read and re-encoded by the build.
    Photo,
    /// The school's logo: PNG, or SVG with nothing active in it.
    Logo,
    /// A career download: documents, plain text and images.
    Download,
}

/// A content file's size limit, in bytes: a photo is re-encoded, a download is fetched by
/// phones.
pub const MAX_FILE_BYTES: u64 = 40 * 1024 * 1024;
/// Pixels a photo may have (50 megapixels): decoding takes four bytes a pixel, and a
/// 50,000 × 50,000 picture would need ten gigabytes.
pub const MAX_PIXELS: u64 = 50_000_000;

impl FileKind {
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Photo => &["jpg", "jpeg", "png"],
            FileKind::Logo => &["svg", "png"],
            FileKind::Download => &[
                "pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt", "txt",
                "md", "csv", "jpg", "jpeg", "png", "gif", "webp", "svg",
            ],
        }
    }
}

/// A file under the content folder, of an allowed type (by extension and by content), no
/// larger than the limit, and inside the folder: no part of its path a symbolic link (a link
/// named like a photo could publish any file the build can read). Returns its size in bytes.
pub fn file(content: &Path, rel: &str, kind: FileKind) -> Result<u64, Bad> {
    media_name(rel)?;
    let ext = Path::new(rel)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let kinds = kind.extensions();
    if !kinds.contains(&ext.as_str()) {
        let what = match kind {
            FileKind::Photo => "a JPEG or PNG photo",
            FileKind::Logo => "an SVG or PNG logo",
            FileKind::Download => "a document type that can be offered for download",
        };
        return Err(Bad::new(
            format!("\"{rel}\" is not {what}"),
            format!(
                "Save it as {} and point here to that file; web pages and scripts are never published.",
                kinds.join(", ")
            ),
        ));
    }
    let missing = || {
        Bad::new(
            format!("file \"{rel}\" does not exist"),
            format!(
                "Add the file under {}/ or correct the path; paths are relative to that folder and case matters.",
                content.display()
            ),
        )
    };
    let mut at = content.to_path_buf();
    for seg in rel.split('/') {
        at.push(seg);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Bad::new(
                    format!("\"{rel}\" is a symbolic link (at {})", at.display()),
                    "Copy the file itself into the content folder: links are refused, since they can point at any file on the machine that builds the site.".into(),
                ))
            }
            Ok(_) => {}
            Err(_) => return Err(missing()),
        }
    }
    let meta = std::fs::metadata(&at).map_err(|_| missing())?;
    if !meta.is_file() {
        return Err(missing());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Bad::new(
            format!(
                "\"{rel}\" is {:.1} MB, more than the {} MB a file may have",
                meta.len() as f64 / 1e6,
                MAX_FILE_BYTES / 1024 / 1024
            ),
            "Make it smaller: export photos at most 8,000 pixels wide, and documents without embedded media.".into(),
        ));
    }
    let bytes = read_head(
        &at,
        if ext == "svg" || is_text(&ext) {
            MAX_FILE_BYTES
        } else {
            4096
        },
    )
    .map_err(|_| missing())?;
    if let Some(why) = content_differs(&ext, &bytes) {
        return Err(Bad::new(
            format!("\"{rel}\" is named .{ext} but {why}"),
            format!("Export the file again as a real .{ext} file (or rename it to what it is, if that type is allowed here)."),
        ));
    }
    Ok(meta.len())
}

fn is_text(ext: &str) -> bool {
    matches!(ext, "txt" | "md" | "csv")
}

fn read_head(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Why `bytes` are not a file of type `ext`, or `None` when they are. Hosts pick the type a
/// browser is told from the extension, so the extension must be true: an HTML page renamed
/// `.pdf` is refused, and an SVG must hold nothing that can run or fetch.
pub fn content_differs(ext: &str, bytes: &[u8]) -> Option<String> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let ok = match ext {
        "jpg" | "jpeg" => starts(&[0xFF, 0xD8, 0xFF]),
        "png" => starts(b"\x89PNG\r\n\x1a\n"),
        "gif" => starts(b"GIF87a") || starts(b"GIF89a"),
        "webp" => bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WEBP",
        "pdf" => starts(b"%PDF-"),
        "docx" | "xlsx" | "pptx" | "odt" | "ods" | "odp" => starts(b"PK\x03\x04"),
        "doc" | "xls" | "ppt" => starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        "svg" => return svg_problem(bytes),
        "txt" | "md" | "csv" => {
            let Ok(text) = std::str::from_utf8(bytes) else {
                return Some("it is not UTF-8 text".into());
            };
            if text.contains('\0') {
                return Some("it holds binary data".into());
            }
            let head = text
                .trim_start_matches('\u{feff}')
                .trim_start()
                .to_ascii_lowercase();
            if head.starts_with('<') {
                return Some("it is a web page or markup, not plain text".into());
            }
            true
        }
        _ => false,
    };
    (!ok).then(|| "its content is of another type".into())
}

/// What in an SVG could run script or fetch from elsewhere when the file is opened on the
/// site's own origin, if anything.
fn svg_problem(bytes: &[u8]) -> Option<String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some("it is not UTF-8 text".into());
    };
    let lower = text.to_ascii_lowercase();
    if !lower.contains("<svg") {
        return Some("it is not an SVG image".into());
    }
    let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let found = [
        ("<script", "a script"),
        ("<foreignobject", "a foreignObject (HTML inside the image)"),
        ("<!entity", "an XML entity"),
        ("<!doctype", "a document type declaration"),
        ("<iframe", "an iframe"),
        ("<embed", "an embedded object"),
        ("<object", "an embedded object"),
        ("<use", "a <use> of another file"),
        ("<image", "an <image> loaded from a file"),
        ("<animate", "an animation (which can change a link)"),
        ("<set", "an animation (which can change a link)"),
        ("<a", "a link"),
        ("<style", "a style sheet"),
        ("javascript:", "a javascript: address"),
        ("url(", "an address in a style"),
        ("href=", "a link to another file"),
        ("src=", "a link to another file"),
        ("@import", "a style import"),
        ("<?xml-stylesheet", "a style sheet"),
    ]
    .iter()
    .find(|(needle, _)| squeezed.contains(needle) || lower.contains(needle))
    .map(|(_, what)| *what);
    if let Some(what) = found {
        return Some(format!(
            "it holds {what}, which could run or fetch when the file is opened"
        ));
    }
    // An event handler: on…= in any tag.
    let mut tight = String::with_capacity(lower.len());
    for c in lower.chars() {
        if c == '=' {
            tight.truncate(tight.trim_end().len());
        }
        if !(c.is_whitespace() && tight.ends_with('=')) {
            tight.push(c);
        }
    }
    let handler = tight
        .split(|c: char| c.is_whitespace() || c == '/' || c == '"' || c == '\'')
        .any(|word| {
            word.starts_with("on")
                && word.contains('=')
                && word[2..]
                    .split('=')
                    .next()
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphabetic()))
        });
    handler.then(|| {
        "it holds an event handler (on…=), which runs script when the file is opened".into()
    })
}

pub fn mime(rel: &str) -> &'static str {
    match Path::new(rel)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("pdf") => "application/pdf",
        Some("docx") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Some("xlsx") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Some("pptx") => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Some("txt") => "text/plain",
        Some("md") => "text/markdown",
        Some("csv") => "text/csv",
        Some("doc") => "application/msword",
        Some("xls") => "application/vnd.ms-excel",
        Some("ppt") => "application/vnd.ms-powerpoint",
        Some("odt") => "application/vnd.oasis.opendocument.text",
        Some("ods") => "application/vnd.oasis.opendocument.spreadsheet",
        Some("odp") => "application/vnd.oasis.opendocument.presentation",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}
