//! The sample's `site.json` (with the Chinese forms of its names, for the 简体中文 interface)
//! and its logo.

use super::tables::*;
use super::write_json;
use serde_json::{json, Value};
use std::fs;
use std::io;
use std::path::Path;

pub fn write(out: &Path) -> io::Result<()> {
    // Every site-level name with its Chinese form, for the 简体中文 interface.
    let named = |id: &str, name: &str| {
        let mut v = json!({"id": id, "name": name});
        if let Some(zh) = NAMES_ZH.get(name) {
            v["name_zh"] = json!(zh);
        }
        v
    };
    let colleges: Vec<Value> = COLLEGES
        .iter()
        .map(|(id, name, depts)| {
            let mut college = named(id, name);
            college["departments"] = depts
                .iter()
                .map(|(id, name, majors)| {
                    let mut dept = named(id, name);
                    dept["majors"] = majors.iter().map(|(id, name)| named(id, name)).collect();
                    dept
                })
                .collect();
            college
        })
        .collect();
    let chapters: Vec<Value> = CHAPTERS
        .iter()
        .map(|(id, name, kind, scope)| {
            let mut chapter = named(id, name);
            chapter["kind"] = json!(kind);
            chapter["scope"] = json!(scope);
            chapter
        })
        .collect();
    write_json(
        &out.join("site.json"),
        &json!({
            "$schema": "../schemas/site.schema.json",
            "name": "Northbrook University",
            "name_zh": NAMES_ZH["Northbrook University"],
            "short_name": "Northbrook",
            "short_name_zh": NAMES_ZH["Northbrook"],
            "url": "https://alumni.northbrook.example.edu/",
            "tagline": "Wherever you went next, this is still your campus.",
            "founded": 1898,
            // The sample holds what offices hold: private fields and unlisted people. Such a
            // repository must be private (README, "Where the content lives").
            "repository": "private",
            "colors": {"primary": "#1f3a5f", "accent": "#b5122b"},
            "logo": "site/logo.svg",
            "colleges": colleges,
            "industries": INDUSTRIES.iter().map(|(id, name, _, _)| named(id, name)).collect::<Vec<_>>(),
            "chapters": chapters,
            "updates": {
                "email": "alumni@northbrook.example.edu",
                "endpoint": "https://forms.northbrook.example.edu/alumni-updates",
                "github": "https://github.com/northbrook/alumni-content"
            },
            "contacts": [
                {"label": "Alumni office", "href": "mailto:alumni@northbrook.example.edu"},
                {"label": "Alumni relations", "href": "https://northbrook.example.edu/alumni"}
            ]
        }),
    )?;
    fs::create_dir_all(out.join("site"))?;
    fs::write(
        out.join("site/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" role=\"img\" aria-label=\"Northbrook University\">\
<path d=\"M32 3 58 12v18c0 16-11 27-26 31C17 57 6 46 6 30V12z\" fill=\"#1f3a5f\"/>\
<path d=\"M32 9 52 16v14c0 12-8 21-20 25-12-4-20-13-20-25V16z\" fill=\"none\" stroke=\"#f4c542\" stroke-width=\"2\"/>\
<text x=\"32\" y=\"41\" font-family=\"Georgia,serif\" font-size=\"24\" font-weight=\"bold\" fill=\"#fff\" text-anchor=\"middle\">N</text></svg>\n",
    )
}
