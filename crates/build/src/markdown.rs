//! Markdown to safe HTML, at build time only: the browser receives finished HTML and no markdown
//! or sanitiser code.
//!
//! Three guards: raw HTML in the markdown is turned into visible text before rendering; a link
//! is kept only when it passes the checker's one link rule (`https://` to a named host, or
//! `mailto:`) and an image only when it is a file of `content/` (published under `media/`),
//! everything else becoming its text; and the rendered HTML then passes through ammonia, which
//! keeps only harmless tags and attributes, the same two schemes, and relative addresses only
//! under `media/`. So a page never loads anything from another host (no tracking pixel) and
//! never links to `//evil.example`.

use homecoming_check::values;
use homecoming_check::Markdown;
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;

pub fn to_html(markdown: &str) -> Markdown {
    let mut images = Vec::new();
    // For each open link or image: whether it was kept.
    let mut open: Vec<bool> = Vec::new();
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    )
    .filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let keep = values::link(&dest_url).is_ok();
            open.push(keep);
            keep.then_some(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let keep = values::media_name(&dest_url).is_ok();
            open.push(keep);
            keep.then(|| {
                images.push(dest_url.to_string());
                Event::Start(Tag::Image {
                    link_type,
                    dest_url: CowStr::from(format!("media/{dest_url}")),
                    title,
                    id,
                })
            })
        }
        Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
            open.pop().unwrap_or(false).then_some(Event::End(end))
        }
        other => Some(other),
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    let html = ammonia::Builder::default()
        .url_schemes(["https", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::Custom(Box::new(media_only)))
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string();
    Markdown { html, images }
}

/// A relative address passes only when it names a published content file.
fn media_only(url: &str) -> Option<Cow<'_, str>> {
    url.strip_prefix("media/")
        .filter(|rest| values::media_name(rest).is_ok())
        .map(|_| Cow::Borrowed(url))
}

#[cfg(test)]
mod tests {
    use super::to_html;

    fn html(markdown: &str) -> String {
        to_html(markdown).html
    }

    #[test]
    fn renders_ordinary_markdown() {
        assert_eq!(
            html("A **bold** [link](https://example.org)."),
            "<p>A <strong>bold</strong> <a href=\"https://example.org\" rel=\"noopener noreferrer\">link</a>.</p>\n"
        );
        let with_photo = to_html("![The quad](gallery/photos/quad.jpg)");
        assert_eq!(
            with_photo.html,
            "<p><img src=\"media/gallery/photos/quad.jpg\" alt=\"The quad\"></p>\n"
        );
        assert_eq!(with_photo.images, vec!["gallery/photos/quad.jpg"]);
    }

    #[test]
    fn hostile_input_comes_out_inert() {
        let cases = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](JaVaScRiPt:alert(1))",
            "<div onclick=\"alert(1)\">hi</div>",
        ];
        for case in cases {
            let html = html(case);
            // Every tag that survives is harmless, with no event handler and no script link.
            for tag in html.split('<').skip(1).map(|t| &t[..t.find('>').unwrap()]) {
                let name = tag.trim_start_matches('/').split(' ').next().unwrap();
                assert!(
                    ["p", "a", "strong", "em", "div"].contains(&name),
                    "{case:?} gave {html:?}"
                );
                assert!(!tag.contains(" on"), "{case:?} gave {html:?}");
                assert!(
                    !tag.to_lowercase().contains("javascript"),
                    "{case:?} gave {html:?}"
                );
            }
        }
    }

    /// #15 finding 2: protocol-relative and plain-http links, and images from other hosts
    /// (tracking pixels that load when the page opens), went through.
    #[test]
    fn only_https_and_mailto_links_and_only_content_images() {
        let cases = [
            ("[a](//evil.example/x)", "a"),
            ("[a](http://evil.example/x)", "a"),
            ("[a](https://school.edu@evil.example/)", "a"),
            ("[a](/directory)", "a"),
            ("[a](ftp://evil.example/)", "a"),
            ("<//evil.example/x>", "&lt;//evil.example/x&gt;"),
            ("![pixel](https://evil.example/p.gif)", "pixel"),
            ("![pixel](//evil.example/p.gif)", "pixel"),
            ("![pixel](http://evil.example/p.gif)", "pixel"),
            ("![up](../../etc/passwd)", "up"),
            ("![sp](a b.jpg)", "![sp](a b.jpg)"),
            ("![q](a.jpg?x=//evil.example)", "q"),
            (
                "[![pixel](https://evil.example/p.gif)](//evil.example)",
                "pixel",
            ),
        ];
        for (case, text) in cases {
            let out = to_html(case);
            assert_eq!(out.html, format!("<p>{text}</p>\n"), "{case:?}");
            assert!(out.images.is_empty(), "{case:?}");
        }
        let mail = html("[write](mailto:office@example.org)");
        assert!(
            mail.contains("href=\"mailto:office@example.org\""),
            "{mail}"
        );
    }
}
