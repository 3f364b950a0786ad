//! `homecoming forget <id>`: an erasure request carried out in the content folder. The
//! person's record goes, with their portrait (when no one else's record uses the file), their
//! class notes and gifts, and every reference to them (photo tags, resource authorship, job
//! postings, chapter leaders, council seats, fund founders, stories), and the id is
//! recorded in `content/forgotten.json`, by its SHA-256 only, so the checker refuses the
//! record if an import or an old branch brings it back. Free text that still names the person
//! is listed for the office to edit by hand; the README says what else an erasure needs.

use homecoming_check::forgotten::{self, FORGOTTEN_FILE};
use serde_json::Value;
use std::fs;
use std::io;
use std::path::Path;

/// What `forget` did, for its summary.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub removed: Vec<String>,
    pub edited: Vec<String>,
    /// Files whose text still holds the person's name (`file: field`).
    pub still_named: Vec<String>,
}

pub fn forget(content: &Path, id: &str, today: &str) -> Result<Forgotten, String> {
    let io = |path: &Path, e: io::Error| format!("{}: {e}", path.display());
    let record_path = content.join("alumni").join(format!("{id}.json"));
    let record: Value = read(&record_path).map_err(|e| {
        format!("{e}\nThere is no record content/alumni/{id}.json: check the id (it is the file's name without .json).")
    })?;
    let mut done = Forgotten::default();
    let names: Vec<String> = ["name", "name_latin"]
        .iter()
        .filter_map(|k| record.get(*k).and_then(Value::as_str))
        .chain(
            record
                .get("former_names")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str),
        )
        .map(str::to_lowercase)
        .filter(|n| n.chars().count() >= 2)
        .collect();

    // The portrait, unless another record uses the same file.
    if let Some(photo) = record.get("photo").and_then(Value::as_str) {
        let shared = json_files(&content.join("alumni"))
            .iter()
            .filter(|p| **p != record_path)
            .any(|p| read(p).is_ok_and(|v| v.get("photo").and_then(Value::as_str) == Some(photo)));
        let file = content.join(photo);
        if !shared && file.is_file() {
            fs::remove_file(&file).map_err(|e| io(&file, e))?;
            done.removed.push(photo.to_string());
        }
    }

    // References: photo tags, resource authors, job postings, leaders, founders, stories.
    for (folder, edit) in [
        ("gallery", untag as fn(&mut Value, &str) -> bool),
        ("careers", unauthor),
        ("opportunities", unpost),
        ("chapters", unlead),
        ("funds", |v: &mut Value, id: &str| unfield(v, "founder", id)),
        ("stories", |v: &mut Value, id: &str| {
            unfield(v, "alumnus", id)
        }),
    ] {
        for path in json_files(&content.join(folder)) {
            let Ok(mut value) = read(&path) else { continue };
            if edit(&mut value, id) {
                write(&path, &value).map_err(|e| io(&path, e))?;
                done.edited.push(rel(content, &path));
            }
        }
    }
    let voice = content.join("voice.json");
    if let Ok(mut value) = read(&voice) {
        if unseat(&mut value, id) {
            write(&voice, &value).map_err(|e| io(&voice, e))?;
            done.edited.push(rel(content, &voice));
        }
    }
    // The person's class notes and gifts go with them.
    for path in json_files(&content.join("notes"))
        .into_iter()
        .chain(json_files(&content.join("giving")))
    {
        if read(&path).is_ok_and(|v| v.get("alumnus").and_then(Value::as_str) == Some(id)) {
            fs::remove_file(&path).map_err(|e| io(&path, e))?;
            done.removed.push(rel(content, &path));
        }
    }
    fs::remove_file(&record_path).map_err(|e| io(&record_path, e))?;
    done.removed.push(rel(content, &record_path));

    // Text that still names the person, for the office to edit.
    for folder in [
        "gallery",
        "timeline",
        "events",
        "careers",
        "opportunities",
        "notes",
        "chapters",
        "giving",
        "funds",
        "stories",
        "consultations",
    ] {
        let files = json_files(&content.join(folder));
        let voice = (folder == "chapters").then(|| content.join("voice.json"));
        for path in files.into_iter().chain(voice.filter(|v| v.is_file())) {
            let text = fs::read_to_string(&path).unwrap_or_default().to_lowercase();
            if names.iter().any(|n| text.contains(n.as_str())) {
                done.still_named.push(rel(content, &path));
            }
        }
    }

    let mut ids = vec![id.to_string()];
    if let Some(source) = record.get("source_id").and_then(Value::as_str) {
        ids.push(format!("source:{source}"));
    }
    forgotten::record(content, &ids, today).map_err(|e| io(&content.join(FORGOTTEN_FILE), e))?;
    Ok(done)
}

/// Removes `field` when it is `id`.
fn unfield(record: &mut Value, field: &str, id: &str) -> bool {
    let Some(obj) = record.as_object_mut() else {
        return false;
    };
    let mine = obj.get(field).and_then(Value::as_str) == Some(id);
    if mine {
        obj.remove(field);
    }
    mine
}

/// Drops the entries of the list at `path` whose `alumnus` is `id`.
fn drop_entries(value: &mut Value, path: &[&str], id: &str) -> bool {
    let list = path.iter().try_fold(value, |v, k| v.get_mut(*k));
    let Some(list) = list.and_then(Value::as_array_mut) else {
        return false;
    };
    let before = list.len();
    list.retain(|e| e.get("alumnus").and_then(Value::as_str) != Some(id));
    list.len() != before
}

fn unlead(chapter: &mut Value, id: &str) -> bool {
    drop_entries(chapter, &["leaders"], id)
}

fn unseat(voice: &mut Value, id: &str) -> bool {
    let council = drop_entries(voice, &["council", "members"], id);
    drop_entries(voice, &["representatives"], id) | council
}

fn untag(album: &mut Value, id: &str) -> bool {
    let mut changed = false;
    for photo in album
        .get_mut("photos")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if let Some(people) = photo.get_mut("people").and_then(Value::as_array_mut) {
            let before = people.len();
            people.retain(|p| p.as_str() != Some(id));
            changed |= people.len() != before;
        }
    }
    changed
}

fn unauthor(resource: &mut Value, id: &str) -> bool {
    let Some(obj) = resource.as_object_mut() else {
        return false;
    };
    if obj.get("author").and_then(Value::as_str) != Some(id) {
        return false;
    }
    obj.remove("author");
    obj.remove("author_name");
    true
}

fn unpost(opportunity: &mut Value, id: &str) -> bool {
    let Some(obj) = opportunity.as_object_mut() else {
        return false;
    };
    let mine = obj.get("posted_by").and_then(Value::as_str) == Some(id);
    if mine {
        obj.remove("posted_by");
    }
    mine
}

fn read(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, value: &Value) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    fs::write(path, text)
}

fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn rel(content: &Path, path: &Path) -> String {
    path.strip_prefix(content)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{copy_tree, fixture};

    fn problems(content: &Path) -> Vec<String> {
        let report = homecoming_check::check(content, &homecoming_build::RENDER);
        report.problems.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_forgotten_person_is_gone_everywhere_and_cannot_come_back() {
        let root = std::env::temp_dir().join(format!("hc-forget-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let content = root.join("content");
        copy_tree(&fixture(), &content);
        let record = fs::read_to_string(content.join("alumni/ada-lovelace.json")).unwrap();
        assert!(problems(&content).is_empty());

        let done = forget(&content, "ada-lovelace", "2026-12-01").unwrap();
        assert_eq!(done.removed, vec!["alumni/ada-lovelace.json"]);
        assert_eq!(
            done.edited,
            vec!["gallery/reunion-1975.json", "careers/cv-guide.json"]
        );
        // What is left checks: no reference dangles, and nothing names her.
        assert_eq!(problems(&content), Vec::<String>::new());
        let everything: String = [
            "gallery/reunion-1975.json",
            "careers/cv-guide.json",
            "forgotten.json",
        ]
        .iter()
        .map(|f| fs::read_to_string(content.join(f)).unwrap())
        .collect();
        assert!(
            !everything.contains("ada-lovelace") && !everything.contains("Ada"),
            "{everything}"
        );

        // The record comes back (an import, an old branch): refused.
        fs::write(content.join("alumni/ada-lovelace.json"), record).unwrap();
        let lines = problems(&content);
        assert_eq!(lines.len(), 1, "{lines:#?}");
        assert!(
            lines[0].contains("alumni → ada-lovelace: id: this person asked to be forgotten"),
            "{lines:#?}"
        );
        // Twice is once.
        fs::remove_file(content.join("alumni/ada-lovelace.json")).unwrap();
        assert!(forget(&content, "ada-lovelace", "2026-12-02").is_err());
        assert!(forget(&content, "nobody", "2026-12-02")
            .unwrap_err()
            .contains("There is no record content/alumni/nobody.json"));
        fs::remove_dir_all(&root).unwrap();
    }

    /// The sample's Wang Xiaoming chairs a chapter and the council, mentored, and has a story.
    #[test]
    fn a_forgotten_person_leaves_chapters_giving_and_voice() {
        let root = std::env::temp_dir().join(format!("hc-forget-community-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let content = root.join("content");
        copy_tree(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"),
            &content,
        );
        let done = forget(&content, "wang-xiaoming", "2026-12-01").unwrap();
        for file in [
            "chapters/shanghai.json",
            "stories/four-mentees.json",
            "voice.json",
        ] {
            assert!(done.edited.contains(&file.to_string()), "{file}: {done:#?}");
        }
        assert!(done
            .removed
            .contains(&"giving/wang-mentor-2025.json".to_string()));
        assert_eq!(problems(&content), Vec::<String>::new());
        for folder in ["chapters", "giving", "funds", "stories"] {
            for path in json_files(&content.join(folder)) {
                assert!(
                    !fs::read_to_string(&path).unwrap().contains("wang-xiaoming"),
                    "{}",
                    path.display()
                );
            }
        }
        assert!(!fs::read_to_string(content.join("voice.json"))
            .unwrap()
            .contains("wang-xiaoming"));
        // The story still names him in its text: the office is told.
        assert!(
            done.still_named
                .contains(&"stories/four-mentees.json".to_string()),
            "{done:#?}"
        );
        fs::remove_dir_all(&root).unwrap();
    }
}
