//! Files an attacker (or an unlucky export) could commit under `content/`: each case changes a
//! copy of the valid base fixture and names the problem the checker must report. Every case
//! passed the checker before #15.

mod common;

use common::{check_changed_base, set};
use std::fs;
use std::path::Path;

/// The problems of the base fixture after `change`, with the folder shown as `content`.
fn problems_after(name: &str, change: impl FnOnce(&Path)) -> Vec<String> {
    check_changed_base(&format!("hostile-{name}"), change).1
}

fn resource_file(content: &Path, name: &str, bytes: &[u8]) {
    fs::create_dir_all(content.join("careers/files")).unwrap();
    fs::write(content.join("careers/files").join(name), bytes).unwrap();
    set(
        content,
        "careers/cv-guide.json",
        "\"url\": \"https://example.edu/cv\"",
        &format!("\"file\": \"careers/files/{name}\""),
    );
}

fn one(lines: &[String], needle: &str) {
    assert!(
        lines.len() == 1 && lines[0].contains(needle),
        "expected one problem saying {needle:?}, got {lines:#?}"
    );
}

#[test]
fn an_html_page_offered_as_a_download_is_refused() {
    let lines = problems_after("html", |c| {
        resource_file(c, "cv.html", b"<script>alert(document.cookie)</script>")
    });
    one(&lines, "careers/cv-guide.json");
    one(&lines, "file: \"careers/files/cv.html\" is not a document type that can be offered for download. Save it as pdf, docx");
}

#[test]
fn a_web_page_renamed_pdf_is_refused_by_its_content() {
    let lines = problems_after("fake-pdf", |c| {
        resource_file(c, "cv.pdf", b"<html><script>alert(1)</script></html>")
    });
    one(&lines, "\"careers/files/cv.pdf\" is named .pdf but its content is of another type. Export the file again as a real .pdf file");
    let lines = problems_after("fake-txt", |c| {
        resource_file(c, "cv.txt", b"  <html><script>alert(1)</script></html>")
    });
    one(
        &lines,
        "is named .txt but it is a web page or markup, not plain text",
    );
}

#[test]
fn a_real_pdf_and_text_pass() {
    let lines = problems_after("pdf", |c| resource_file(c, "cv.pdf", b"%PDF-1.7\n..."));
    assert!(lines.is_empty(), "{lines:#?}");
    let lines = problems_after("txt", |c| {
        resource_file(c, "cv.txt", "Lebenslauf: Größe".as_bytes())
    });
    assert!(lines.is_empty(), "{lines:#?}");
}

#[test]
fn an_svg_with_anything_active_is_refused() {
    let payloads = [
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect ONCLICK = 'alert(1)'/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><iframe/></foreignObject></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://evil.example/p.png\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://evil.example/x.css)</style></svg>",
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(https://evil.example/#a)\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "<html><script>alert(1)</script></html>",
    ];
    for (i, svg) in payloads.iter().enumerate() {
        let lines = problems_after(&format!("svg-{i}"), |c| {
            fs::write(c.join("site/logo.svg"), svg).unwrap()
        });
        assert_eq!(lines.len(), 1, "payload {i}: {svg}: {lines:#?}");
        one(&lines, "site.json");
        one(&lines, "logo: \"site/logo.svg\" is named .svg but it ");
    }
    let lines = problems_after("svg-download", |c| {
        resource_file(c, "chart.svg", payloads[0].as_bytes())
    });
    one(&lines, "is named .svg but it holds a script");
}

#[test]
fn a_photo_must_be_a_raster_image() {
    let lines = problems_after("svg-photo", |c| {
        fs::write(c.join("gallery/photos/hall.svg"), "<svg onload=alert(1)/>").unwrap();
        set(c, "gallery/reunion-1975.json", "hall.png", "hall.svg");
    });
    one(
        &lines,
        "photos[0].file: \"gallery/photos/hall.svg\" is not a JPEG or PNG photo",
    );
    let lines = problems_after("fake-png", |c| {
        fs::write(c.join("gallery/photos/hall.png"), "<svg onload=alert(1)/>").unwrap();
    });
    one(&lines, "is named .png but its content is of another type");
}

#[test]
fn file_names_that_would_break_a_srcset_are_refused() {
    let lines = problems_after("srcset", |c| {
        let name = "a 1w, //evil.example/x.png";
        set(c, "gallery/reunion-1975.json", "hall.png", name);
    });
    one(&lines, "the file name \"gallery/photos/a 1w, //evil.example/x.png\" has characters a web address cannot carry as they are. Rename the file using only letters a to z, digits, hyphens, underscores and dots (for example \"gallery/photos/a-1w/evil.example/x.png\")");
    for name in [
        "hall\".png",
        "hall'.png",
        "hall<x>.png",
        ".hidden.png",
        "hall%20.png",
        "hall?.png",
        "hall#.png",
    ] {
        let lines = problems_after("names", |c| {
            set(
                c,
                "gallery/reunion-1975.json",
                "hall.png",
                &name.replace('"', "\\\""),
            );
        });
        one(&lines, "has characters a web address cannot carry");
    }
}

#[test]
fn symbolic_links_are_refused() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        let lines = problems_after("symlink-file", |c| {
            fs::remove_file(c.join("gallery/photos/hall.png")).unwrap();
            symlink("/etc/passwd", c.join("gallery/photos/hall.png")).unwrap();
        });
        one(
            &lines,
            "photos[0].file: \"gallery/photos/hall.png\" is a symbolic link",
        );
        one(&lines, "Copy the file itself into the content folder");
        let lines = problems_after("symlink-dir", |c| {
            let real = c.parent().unwrap().join("elsewhere");
            fs::create_dir_all(&real).unwrap();
            fs::rename(c.join("gallery/photos/hall.png"), real.join("hall.png")).unwrap();
            fs::remove_dir(c.join("gallery/photos")).unwrap();
            symlink(&real, c.join("gallery/photos")).unwrap();
        });
        one(&lines, "is a symbolic link (at ");
        let lines = problems_after("symlink-download", |c| {
            fs::create_dir_all(c.join("careers/files")).unwrap();
            symlink("../../../.git/config", c.join("careers/files/cv.pdf")).unwrap();
            set(
                c,
                "careers/cv-guide.json",
                "\"url\": \"https://example.edu/cv\"",
                "\"file\": \"careers/files/cv.pdf\"",
            );
        });
        one(&lines, "is a symbolic link");
    }
}

/// A PNG header of `w` × `h` pixels and nothing else: the checker reads only the header.
fn png_header(w: u32, h: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    0xEDB8_8320 ^ (crc >> 1)
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut chunk = b"IHDR".to_vec();
    chunk.extend(w.to_be_bytes());
    chunk.extend(h.to_be_bytes());
    chunk.extend([8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(13u32.to_be_bytes());
    out.extend(&chunk);
    out.extend(crc32(&chunk).to_be_bytes());
    // A little compressed data, as a real file has, then the end.
    for (kind, data) in [
        (&b"IDAT"[..], &[0x78u8, 0x9c, 0x03, 0, 0, 0, 0, 1][..]),
        (b"IEND", b""),
    ] {
        let mut chunk = kind.to_vec();
        chunk.extend(data);
        out.extend((data.len() as u32).to_be_bytes());
        out.extend(&chunk);
        out.extend(crc32(&chunk).to_be_bytes());
    }
    out
}

#[test]
fn a_photo_of_too_many_pixels_names_its_file() {
    let lines = problems_after("pixels", |c| {
        fs::write(
            c.join("gallery/photos/hall.png"),
            png_header(50_000, 50_000),
        )
        .unwrap();
    });
    one(&lines, "content/gallery/reunion-1975.json:");
    one(&lines, "photos[0].file: \"gallery/photos/hall.png\" is 50000 × 50000 pixels, more than the 50 megapixels a photo may have");
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let lines = problems_after("big", |c| {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.resize(41 * 1024 * 1024, b' ');
        resource_file(c, "cv.pdf", &pdf);
    });
    one(
        &lines,
        "\"careers/files/cv.pdf\" is 43.0 MB, more than the 40 MB a file may have",
    );
}

#[test]
fn a_content_file_over_the_limit_is_refused_unread() {
    let lines = problems_after("big-json", |c| {
        let mut text = String::from("{\"id\": \"x\", \"bio\": \"");
        text.push_str(&"a".repeat(3 * 1024 * 1024));
        text.push_str("\"}");
        fs::write(c.join("alumni/x.json"), text).unwrap();
    });
    one(&lines, "content/alumni/x.json:1:1: alumni: the file is larger than 2 MB, the most a content file may hold. Each file holds one record");
}

#[test]
fn a_content_file_that_is_a_link_is_refused() {
    #[cfg(unix)]
    {
        let lines = problems_after("json-link", |c| {
            std::os::unix::fs::symlink("/etc/passwd", c.join("alumni/x.json")).unwrap();
        });
        one(&lines, "content/alumni/x.json:1:1: alumni: the file is a symbolic link. Commit the file itself");
    }
}

/// Links an attacker would try, in every link field (#15's corpus): each is refused by the one
/// link rule, and each link field goes through it.
const HOSTILE_LINKS: [&str; 40] = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript&#58;alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "///evil.example/x",
    "\\\\evil.example\\x",
    "/\\evil.example",
    "http://evil.example/",
    "HTTP://evil.example/",
    "https:evil.example",
    "https:/evil.example",
    "https://",
    "https://school.edu@evil.example/",
    "https://school.edu%40evil.example/",
    "https://school.edu:pass@evil.example",
    "https://evil.example\\@school.edu",
    "https://evil.example/\"onmouseover=\"alert(1)",
    "https://evil.example/ onmouseover=alert(1)",
    "https://evil.example/\r\nSet-Cookie: x",
    "https://example.org\n",
    "\thttps://example.org",
    "https://exa mple.org",
    "https://<script>.example",
    "https://evil.example'onload='alert(1)",
    "https://-evil.example",
    "https://.example",
    "mailto:",
    "mailto:a@b?bcc=everyone@example.org\r\n",
    "mailto:x@example.org\"><script>alert(1)</script>",
    "mailto:<script>@example.org",
    "ftp://evil.example/",
    "chrome://settings",
];

#[test]
fn every_hostile_link_is_refused_in_every_link_field() {
    let fields = [
        ("site.json", "\"href\": \"mailto:alumni@example.edu\""),
        (
            "events/spring-reunion.json",
            "\"url\": \"https://example.edu/register\"",
        ),
        (
            "careers/cv-guide.json",
            "\"url\": \"https://example.edu/cv\"",
        ),
    ];
    let mut refused = 0;
    for (file, original) in fields {
        let key = original.split(':').next().unwrap();
        // All the payloads against one field at once would stop at the first: one site each.
        for (i, link) in HOSTILE_LINKS.iter().enumerate() {
            let value = serde_json::to_string(link).unwrap();
            let lines = problems_after(&format!("link-{}-{i}", file.replace('/', "_")), |c| {
                set(c, file, original, &format!("{key}: {value}"))
            });
            assert_eq!(lines.len(), 1, "{file} {link:?}: {lines:#?}");
            assert!(
                lines[0].starts_with(&format!("content/{file}:")),
                "{lines:#?}"
            );
            refused += 1;
        }
    }
    assert_eq!(refused, 3 * HOSTILE_LINKS.len());
}

/// File names an attacker would commit (#15's corpus): each refused by name, before the file
/// is even looked for, in a photo and in a download.
const HOSTILE_NAMES: [&str; 32] = [
    "a 1w, //evil.example/x.jpg",
    "x.jpg 2x, https://evil.example/p.jpg",
    "x.jpg\" onerror=\"alert(1)",
    "x.jpg' onerror='alert(1)",
    "x.jpg><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>.jpg",
    "x.jpg?.jpg",
    "x.jpg#.jpg",
    "x%2e%2e%2fetc%2fpasswd.jpg",
    "%2e%2e/x.jpg",
    "../../etc/passwd.jpg",
    "gallery/../../x.jpg",
    "/etc/passwd.jpg",
    "gallery//x.jpg",
    "gallery/./x.jpg",
    ".git/config.jpg",
    ".htaccess.jpg",
    "x\\..\\y.jpg",
    "x\u{0}.jpg",
    "x\n.jpg",
    "x\r.jpg",
    "x\t.jpg",
    "x\u{202e}gpj.exe.jpg",
    "x\u{200b}.jpg",
    "ｘ.jpg",
    "é.jpg",
    "x:y.jpg",
    "C:\\x.jpg",
    "x;y.jpg",
    "x&y.jpg",
    "x(1).jpg",
    "javascript:alert(1).jpg",
];

#[test]
fn every_hostile_file_name_is_refused() {
    for (i, name) in HOSTILE_NAMES.iter().enumerate() {
        let value = serde_json::to_string(name).unwrap();
        let lines = problems_after(&format!("name-{i}"), |c| {
            set(
                c,
                "gallery/reunion-1975.json",
                "\"gallery/photos/hall.png\"",
                &value,
            );
        });
        assert_eq!(lines.len(), 1, "{name:?}: {lines:#?}");
        assert!(
            lines[0].contains("cannot carry as they are")
                || lines[0].contains("points outside the content folder"),
            "{name:?}: {lines:#?}"
        );
        let lines = problems_after(&format!("dl-name-{i}"), |c| {
            set(
                c,
                "careers/cv-guide.json",
                "\"url\": \"https://example.edu/cv\"",
                &format!("\"file\": {value}"),
            );
        });
        assert_eq!(lines.len(), 1, "{name:?}: {lines:#?}");
    }
}
