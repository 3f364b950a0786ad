//! `homecoming apply REQUEST.json`: an update request from the self-service forms carried out
//! in `content/alumni/`. The request is validated, the change is shown field by field, the
//! record is checked by the same checker as the content, written, and stamped `confirmed`
//! with the request's date. A removal is carried out as `forget`. A request whose contact
//! address is not the one on the record is refused unless the office checked by hand that it
//! comes from the person (`--verified`); a request to join always needs that check.

use homecoming_check::request::{RequestFile, RequestKind, CHANGEABLE};
use homecoming_check::{values, AlumnusChecker};
use serde_json::{Map, Value};
use std::fs;
use std::path::Path;

/// What `apply` did.
#[derive(Debug)]
pub struct Applied {
    pub id: String,
    pub kind: RequestKind,
    /// The change, a line a field: `  city: "Bristol" → "Bath"`, `+ mentor: …`, `- bio: …`.
    pub diff: Vec<String>,
}

pub fn apply(content: &Path, request: &Path, verified: bool) -> Result<Applied, String> {
    let name = request.display().to_string();
    let text = fs::read_to_string(request).map_err(|e| format!("{name}: {e}"))?;
    let r: RequestFile = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{name}:{}:{}: this is not an update request: {e}. Its shape is schemas/{}.",
            e.line(),
            e.column(),
            homecoming_check::request::SCHEMA_FILE
        )
    })?;
    let bad = |field: &str, b: values::Bad| format!("{name}: {field}: {}. {}", b.what, b.fix);
    values::date(&r.date).map_err(|b| bad("date", b))?;
    values::email(&r.contact).map_err(|b| bad("contact", b))?;
    for key in r.changes.keys() {
        if !CHANGEABLE.contains(&key.as_str()) {
            return Err(format!(
                "{name}: changes.{key}: \"{key}\" is not a field a request can change. Fields: {}.",
                CHANGEABLE.join(", ")
            ));
        }
    }
    let alumni = content.join("alumni");
    let (id, old) = match r.kind {
        RequestKind::Join => {
            if !verified {
                return Err(format!("{name}: a request to join comes from someone the directory does not know yet. Check by hand that {} is an alumnus (the class list, a reply from that address), then run again with --verified.", r.contact));
            }
            (None, Map::new())
        }
        RequestKind::Update | RequestKind::Remove | RequestKind::Note => {
            let id = r.id.clone().ok_or_else(|| {
                format!(
                    "{name}: id: a request to {} names the record's id.",
                    match r.kind {
                        RequestKind::Update => "update",
                        RequestKind::Note => "send a note",
                        _ => "remove",
                    }
                )
            })?;
            values::id(&id).map_err(|b| bad("id", b))?;
            let path = alumni.join(format!("{id}.json"));
            let old: Value = fs::read_to_string(&path)
                .ok()
                .and_then(|t| serde_json::from_str(&t).ok())
                .ok_or_else(|| {
                    format!("{name}: id: there is no record content/alumni/{id}.json.")
                })?;
            let on_record = old.pointer("/contact/address").and_then(Value::as_str);
            if !verified && on_record.is_none_or(|a| !a.eq_ignore_ascii_case(&r.contact)) {
                return Err(format!("{name}: contact: the request comes from {}, which is not the email address on {id}'s record. Check by hand that it comes from the person (write to the address on the record, or call), then run again with --verified.", r.contact));
            }
            (Some(id), old.as_object().cloned().unwrap_or_default())
        }
    };
    if r.kind == RequestKind::Note {
        let id = id.expect("a note names its sender");
        return note(content, &name, &id, &r);
    }
    if r.kind == RequestKind::Remove {
        let id = id.expect("a removal names its record");
        crate::forget::forget(content, &id, &r.date)?;
        return Ok(Applied {
            id,
            kind: r.kind,
            diff: vec![format!("- the whole record (forgotten, {})", r.date)],
        });
    }
    let mut new = changed(&old, &r).map_err(|e| format!("{name}: {e}"))?;
    let id = match id {
        Some(id) => id,
        None => new_id(&new, &alumni),
    };
    new.insert("$schema".into(), "../../schemas/alumnus.schema.json".into());
    new.insert("id".into(), id.clone().into());
    new.insert("confirmed".into(), r.date.clone().into());
    let mut out =
        serde_json::to_string_pretty(&Value::Object(new.clone())).map_err(|e| e.to_string())?;
    out.push('\n');
    let mut checker = AlumnusChecker::new(content, &homecoming_build::RENDER).map_err(|p| {
        let lines: Vec<String> = p.iter().map(|p| p.to_string()).collect();
        format!(
            "{}\nThe content's own files must check first.",
            lines.join("\n")
        )
    })?;
    let problems = checker.check(&name, &out);
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| {
                format!(
                    "{name}: changes.{}: {}. {}",
                    p.field.clone().unwrap_or_default(),
                    p.message,
                    p.hint
                )
            })
            .collect();
        return Err(format!("{}\nNothing was written: the record would not check. Ask the person to correct the request, or correct it here and run again.", lines.join("\n")));
    }
    let diff = diff(&old, &new);
    fs::create_dir_all(&alumni).map_err(|e| e.to_string())?;
    let path = alumni.join(format!("{id}.json"));
    fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Applied {
        id,
        kind: r.kind,
        diff,
    })
}

/// A class note into `content/notes/`, kept only if the content still checks with it.
fn note(content: &Path, name: &str, id: &str, r: &RequestFile) -> Result<Applied, String> {
    let text = r.note.as_deref().unwrap_or("").trim();
    if text.is_empty() {
        return Err(format!(
            "{name}: note: a note request holds the note (\"note\": \"…\")."
        ));
    }
    let dir = content.join("notes");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let base = format!("{id}-{}", r.date);
    let mut note_id = base.clone();
    let mut n = 2;
    while dir.join(format!("{note_id}.json")).exists() {
        note_id = format!("{base}-{n}");
        n += 1;
    }
    let path = dir.join(format!("{note_id}.json"));
    let record = serde_json::json!({"$schema": "../../schemas/class-note.schema.json", "id": note_id, "alumnus": id, "date": r.date, "text": text});
    let mut out = serde_json::to_string_pretty(&record).map_err(|e| e.to_string())?;
    out.push('\n');
    fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    let shown = path.display().to_string();
    let report = homecoming_check::check(content, &homecoming_build::RENDER);
    let mine: Vec<String> = report
        .problems
        .iter()
        .filter(|p| p.file == shown)
        .map(|p| format!("{name}: note: {}. {}", p.message, p.hint))
        .collect();
    if !mine.is_empty() {
        let _ = fs::remove_file(&path);
        return Err(format!("{}\nNothing was written.", mine.join("\n")));
    }
    Ok(Applied {
        id: note_id,
        kind: r.kind,
        diff: vec![format!(
            "+ content/notes/{}.json: {text:?}",
            path.file_stem().unwrap_or_default().to_string_lossy()
        )],
    })
}

/// The record with the request's changes and consent.
fn changed(old: &Map<String, Value>, r: &RequestFile) -> Result<Map<String, Value>, String> {
    let mut new = old.clone();
    for (key, value) in &r.changes {
        if value.is_null() {
            new.remove(key);
        } else {
            new.insert(key.clone(), value.clone());
        }
    }
    match (&r.consent, r.kind) {
        (Some(consent), _) => {
            new.insert(
                "consent".into(),
                serde_json::to_value(consent).map_err(|e| e.to_string())?,
            );
        }
        (None, RequestKind::Join) => {
            return Err("consent: a request to join says what the person agrees to show (\"consent\": {\"listed\": …, \"public\": […]}).".into());
        }
        _ => {}
    }
    Ok(new)
}

/// The change from `old` to `new`, a line a field.
fn diff(old: &Map<String, Value>, new: &Map<String, Value>) -> Vec<String> {
    let mut keys: Vec<&String> = old
        .keys()
        .chain(new.keys())
        .filter(|k| *k != "$schema")
        .collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| match (old.get(k), new.get(k)) {
            (Some(a), Some(b)) if a != b => Some(format!("  {k}: {a} → {b}")),
            (None, Some(b)) => Some(format!("+ {k}: {b}")),
            (Some(a), None) => Some(format!("- {k}: {a}")),
            _ => None,
        })
        .collect()
}

fn new_id(record: &Map<String, Value>, alumni: &Path) -> String {
    let text = |k: &str| {
        record
            .get(k)
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string())
            })
            .unwrap_or_default()
    };
    let name = if text("name_latin").is_empty() {
        text("name")
    } else {
        text("name_latin")
    };
    let base = values::slugify(&format!("{name} {}", text("class_year")));
    let base = if base.is_empty() {
        "alumnus".to_string()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while alumni.join(format!("{id}.json")).exists() {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{copy_tree, fixture};

    struct Site(std::path::PathBuf);

    impl Site {
        fn new(name: &str) -> Site {
            let root = std::env::temp_dir().join(format!("hc-apply-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&root);
            copy_tree(&fixture(), &root.join("content"));
            // Ada's record with an email, as a request's sender is checked against it.
            let ada = root.join("content/alumni/ada-lovelace.json");
            let text = fs::read_to_string(&ada).unwrap().replacen("\"consent\"", "\"contact\": {\"method\": \"email\", \"address\": \"ada@example.org\"},\n  \"consent\"", 1);
            fs::write(ada, text).unwrap();
            Site(root)
        }
        fn content(&self) -> std::path::PathBuf {
            self.0.join("content")
        }
        fn request(&self, json: Value) -> std::path::PathBuf {
            let path = self.0.join("request.json");
            fs::write(&path, json.to_string()).unwrap();
            path
        }
        fn record(&self, id: &str) -> Option<Value> {
            let text = fs::read_to_string(self.content().join(format!("alumni/{id}.json"))).ok()?;
            serde_json::from_str(&text).ok()
        }
    }

    impl Drop for Site {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn update(contact: &str) -> Value {
        serde_json::json!({
            "kind": "update", "id": "ada-lovelace", "date": "2026-12-01", "contact": contact,
            "changes": {"city": "Bath", "employer": null, "mentor": {"capacity": 2, "topics": ["engines"]}},
            "consent": {"listed": true, "public": ["city", "country", "mentoring"]}
        })
    }

    #[test]
    fn an_update_from_the_address_on_the_record_is_shown_checked_written_and_stamped() {
        let site = Site::new("update");
        let a = apply(
            &site.content(),
            &site.request(update("ADA@example.org")),
            false,
        )
        .unwrap();
        assert_eq!(a.id, "ada-lovelace");
        assert!(
            a.diff
                .contains(&"  city: \"London\" → \"Bath\"".to_string()),
            "{:#?}",
            a.diff
        );
        assert!(
            a.diff
                .contains(&"- employer: \"Analytical Engines\"".to_string()),
            "{:#?}",
            a.diff
        );
        assert!(
            a.diff.contains(&"+ confirmed: \"2026-12-01\"".to_string()),
            "{:#?}",
            a.diff
        );
        let ada = site.record("ada-lovelace").unwrap();
        assert_eq!(ada["city"], "Bath");
        assert_eq!(ada["confirmed"], "2026-12-01");
        assert!(ada.get("employer").is_none());
        let report = homecoming_check::check(&site.content(), &homecoming_build::RENDER);
        assert!(
            report.problems.is_empty(),
            "{:?}",
            report
                .problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
        );
        let mentor = report.data.unwrap().alumni[0].mentor.clone().unwrap();
        assert_eq!(mentor.topics, vec!["engines"]);
    }

    #[test]
    fn a_request_from_another_address_needs_the_office_to_verify() {
        let site = Site::new("verify");
        let err = apply(
            &site.content(),
            &site.request(update("someone@evil.example")),
            false,
        )
        .unwrap_err();
        assert!(
            err.contains("which is not the email address on ada-lovelace's record"),
            "{err}"
        );
        assert!(
            !err.contains("ada@example.org"),
            "the record's address must not be shown: {err}"
        );
        assert_eq!(site.record("ada-lovelace").unwrap()["city"], "London");
        apply(
            &site.content(),
            &site.request(update("someone@evil.example")),
            true,
        )
        .unwrap();
        assert_eq!(site.record("ada-lovelace").unwrap()["city"], "Bath");
    }

    #[test]
    fn a_bad_change_writes_nothing() {
        let site = Site::new("bad");
        for (changes, says) in [
            (
                serde_json::json!({"country": "England"}),
                "changes.country: \"England\" is not a country code",
            ),
            (
                serde_json::json!({"email": "x@example.org"}),
                "changes.email: \"email\" is not a field a request can change",
            ),
            (
                serde_json::json!({"class_year": "nineteen"}),
                "changes.class_year: expected a whole number",
            ),
        ] {
            let mut r = update("ada@example.org");
            r["changes"] = changes;
            let err = apply(&site.content(), &site.request(r), false).unwrap_err();
            assert!(err.contains(says), "{err}");
            assert_eq!(site.record("ada-lovelace").unwrap()["city"], "London");
        }
        let err = apply(&site.content(), &site.request(serde_json::json!({"kind": "update", "date": "2026-12-01", "contact": "a@b.org", "extra": 1})), false).unwrap_err();
        assert!(
            err.contains("this is not an update request: unknown field `extra`"),
            "{err}"
        );
    }

    #[test]
    fn joining_needs_verification_and_a_consent_and_makes_a_checked_record() {
        let site = Site::new("join");
        let join = serde_json::json!({
            "kind": "join", "date": "2026-12-01", "contact": "mary@example.org",
            "changes": {"name": "Mary Somerville", "class_year": 1980, "degree": "BSc", "major": "astronomy",
                        "contact": {"method": "email", "address": "mary@example.org"}},
            "consent": {"listed": true, "public": ["contact"]}
        });
        let err = apply(&site.content(), &site.request(join.clone()), false).unwrap_err();
        assert!(err.contains("run again with --verified"), "{err}");
        let a = apply(&site.content(), &site.request(join), true).unwrap();
        assert_eq!(a.id, "mary-somerville-1980");
        let report = homecoming_check::check(&site.content(), &homecoming_build::RENDER);
        assert!(report.problems.is_empty());
        assert!(report
            .data
            .unwrap()
            .alumni
            .iter()
            .any(|p| p.name == "Mary Somerville"));
    }

    #[test]
    fn a_removal_forgets_the_person() {
        let site = Site::new("remove");
        let r = serde_json::json!({"kind": "remove", "id": "ada-lovelace", "date": "2026-12-01", "contact": "ada@example.org"});
        apply(&site.content(), &site.request(r), false).unwrap();
        assert!(site.record("ada-lovelace").is_none());
        assert!(fs::read_to_string(site.content().join("forgotten.json"))
            .unwrap()
            .contains(&homecoming_check::forgotten::id_hash("ada-lovelace")));
    }

    #[test]
    fn a_class_note_is_written_for_its_sender_and_checked() {
        let site = Site::new("note");
        let r = serde_json::json!({"kind": "note", "id": "ada-lovelace", "date": "2026-12-01", "contact": "ada@example.org", "note": "Back in London, teaching."});
        let a = apply(&site.content(), &site.request(r), false).unwrap();
        assert_eq!(a.id, "ada-lovelace-2026-12-01");
        let report = homecoming_check::check(&site.content(), &homecoming_build::RENDER);
        let notes = report.data.unwrap().notes;
        assert_eq!(notes.len(), 1);
        assert_eq!(
            (notes[0].author.name.as_str(), notes[0].class_year),
            ("Ada Lovelace", 1975)
        );
        // A note naming someone unlisted is refused, and nothing stays behind.
        let r = serde_json::json!({"kind": "note", "id": "ada-lovelace", "date": "2026-12-02", "contact": "ada@example.org", "note": "Met Wang Fang at the reunion."});
        let err = apply(&site.content(), &site.request(r), false).unwrap_err();
        assert!(err.contains("names a person who is not listed"), "{err}");
        assert!(!site
            .content()
            .join("notes/ada-lovelace-2026-12-02.json")
            .exists());
    }
}
