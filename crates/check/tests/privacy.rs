//! An unlisted person is named nowhere, and mentoring follows consent (#15 findings 4 and 5).
//! The base fixture lists Ada Lovelace and holds 王芳 (Wang Fang), who is not listed. Every
//! case here passed the checker, or published the data, before.

mod common;

use common::{check_changed_base, set};
use homecoming_check::Report;

/// The base fixture with `old` replaced by `new` in `file`, checked.
fn checked(name: &str, edits: &[(&str, &str, &str)]) -> (Report, Vec<String>) {
    check_changed_base(&format!("privacy-{name}"), |content| {
        for (file, old, new) in edits {
            set(content, file, old, new);
        }
    })
}

fn never_named(lines: &[String]) {
    for line in lines {
        for secret in ["王芳", "Wang Fang", "wang-fang", "fang.wang"] {
            // A problem in the person's own file names the file, which is the id.
            let line = line
                .replace("content/alumni/wang-fang.json", "")
                .replace("alumni → wang-fang:", "");
            assert!(!line.contains(secret), "{line}");
        }
    }
}

#[test]
fn an_unlisted_author_is_not_named_by_the_name_beside_the_id() {
    let (report, lines) = checked(
        "author",
        &[(
            "careers/cv-guide.json",
            "\"author\": \"ada-lovelace\"",
            "\"author\": \"wang-fang\", \"author_name\": \"Dr F. W.\"",
        )],
    );
    assert!(lines.is_empty(), "{lines:#?}");
    let data = report.data.unwrap();
    assert_eq!(data.resources[0].author, None);
}

#[test]
fn a_caption_or_story_naming_an_unlisted_person_is_refused_without_the_name() {
    for (i, (file, old, new)) in [
        (
            "gallery/reunion-1975.json",
            "\"The hall\"",
            "\"王芳 in the hall\"",
        ),
        (
            "gallery/reunion-1975.json",
            "\"The hall\"",
            "\"Ada Lovelace and wang fang, 1975\"",
        ),
        (
            "gallery/reunion-1975.json",
            "\"title\": \"Reunion 1975\"",
            "\"title\": \"Reunion 1975 with Wang Fang\"",
        ),
        (
            "careers/cv-guide.json",
            "\"Keep it short.\"",
            "\"Ask Wang Fang, who keeps hers short.\"",
        ),
        (
            "careers/cv-guide.json",
            "\"author\": \"ada-lovelace\"",
            "\"author_name\": \"Wang Fang\"",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let (_, lines) = checked(&format!("caption-{i}"), &[(file, old, new)]);
        assert_eq!(lines.len(), 1, "{new}: {lines:#?}");
        assert!(
            lines[0].contains(
                "this text names a person who is not listed in the directory. Take the name out"
            ),
            "{lines:#?}"
        );
        never_named(&lines);
    }
    // A name that merely contains the unlisted one, or a listed person's name, is fine.
    let (_, lines) = checked(
        "not-a-name",
        &[(
            "gallery/reunion-1975.json",
            "\"The hall\"",
            "\"Ada Lovelace in the Wang Fangsworth hall\"",
        )],
    );
    assert!(lines.is_empty(), "{lines:#?}");
}

#[test]
fn hints_never_offer_an_unlisted_id() {
    let (_, lines) = checked(
        "hint",
        &[(
            "gallery/reunion-1975.json",
            "\"ada-lovelace\"",
            "\"wang-fan\"",
        )],
    );
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("there is no alumnus with id \"wang-fan\""),
        "{lines:#?}"
    );
    never_named(&lines);
}

#[test]
fn problems_in_an_unlisted_record_do_not_print_its_values() {
    let (_, lines) = checked(
        "own-record",
        &[(
            "alumni/wang-fang.json",
            "\"country\": \"CN\",",
            "\"country\": \"China\", \"contact\": {\"method\": \"email\", \"address\": \"fang.wang at example.org\"},",
        )],
    );
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.contains(
            "contact.address: \"(hidden: this person is not listed)\" is not an email address"
        )),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l
            .contains("country: \"(hidden: this person is not listed)\" is not a country code")),
        "{lines:#?}"
    );
    never_named(&lines);
}

#[test]
fn mentoring_follows_consent() {
    let mentor = "\"mentor\": {\"capacity\": 2, \"topics\": [\"analytical engines\", \"moving into software\", \"mathematician careers\"], \"languages\": [\"English\"], \"previous_industry\": \"software\"},\n  \"job_title\": \"Mathematician\",\n  \"chapters\"";
    // The offer itself is published only with "mentoring" in public.
    let (report, lines) = checked(
        "mentor-private",
        &[("alumni/ada-lovelace.json", "\"chapters\"", mentor)],
    );
    assert!(lines.is_empty(), "{lines:#?}");
    assert!(report.data.unwrap().alumni[0].mentor.is_none());
    // With it: no topic repeating the private job title, and no previous industry while the
    // industry is private.
    let (report, lines) = checked(
        "mentor-public",
        &[
            ("alumni/ada-lovelace.json", "\"chapters\"", mentor),
            (
                "alumni/ada-lovelace.json",
                "\"employer\",\n      \"industry\",",
                "\"mentoring\",",
            ),
        ],
    );
    assert!(lines.is_empty(), "{lines:#?}");
    let offer = report.data.unwrap().alumni[0].mentor.clone().unwrap();
    assert_eq!(
        offer.topics,
        vec!["moving into software"],
        "employer and job title repeated"
    );
    assert_eq!(offer.previous_industry, None);
    assert_eq!(offer.languages, vec!["English"]);
}

/// `"repository": "public"` (#15 finding 10): nothing private may be committed.
#[test]
fn a_public_repository_holds_nothing_private() {
    let public = (
        "site.json",
        "\"repository\": \"private\"",
        "\"repository\": \"public\"",
    );
    let (_, lines) = checked("public-repo", &[public]);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].contains("alumni → wang-fang: name: this person is not listed, and \"repository\" in site.json is \"public\": the record may hold only its id, but it holds name, class_year, degree, major, name_latin, country."), "{lines:#?}");
    never_named(&lines);
    // An unlisted record of just its id passes; a listed field without consent does not.
    let (report, lines) = checked(
        "public-repo-2",
        &[
            public,
            ("alumni/wang-fang.json", "\"name\": \"王芳\",\n  \"name_latin\": \"Wang Fang\",\n  \"class_year\": 1998,\n  \"degree\": \"MSc\",\n  \"major\": \"astronomy\",\n  \"country\": \"CN\",", ""),
            ("alumni/ada-lovelace.json", "\"employer\": \"Analytical Engines\",", "\"employer\": \"Analytical Engines\", \"job_title\": \"Analyst\", \"mentor\": {\"capacity\": 1},"),
        ],
    );
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].contains("alumni → ada-lovelace: job_title: \"job_title\" is not public, and \"repository\" in site.json is \"public\""), "{lines:#?}");
    assert!(
        lines[1].contains("mentor: \"mentoring\" is not public"),
        "{lines:#?}"
    );
    assert!(report.data.is_none());
}

/// Class notes are signed: their sender must be listed, and they name nobody unlisted.
#[test]
fn class_notes_are_signed_by_listed_people_and_name_nobody_unlisted() {
    let note = |name: &str, alumnus: &str, text: &str| {
        let (file, alumnus, text) = (
            format!("notes/{name}.json"),
            alumnus.to_string(),
            text.to_string(),
        );
        move |c: &std::path::Path| {
            std::fs::create_dir_all(c.join("notes")).unwrap();
            let json = serde_json::json!({"id": name_of(&file), "alumnus": alumnus, "date": "2026-11-01", "text": text});
            std::fs::write(c.join(&file), json.to_string()).unwrap();
        }
    };
    fn name_of(file: &str) -> String {
        file.trim_start_matches("notes/")
            .trim_end_matches(".json")
            .to_string()
    }
    let (report, lines) = check_changed_base(
        "note-ok",
        note("n1", "ada-lovelace", "New job at the observatory."),
    );
    assert!(lines.is_empty(), "{lines:#?}");
    assert_eq!(report.data.unwrap().notes[0].author.name, "Ada Lovelace");
    for (case, alumnus, text, says) in [
        (
            "note-unlisted",
            "wang-fang",
            "Hello all",
            "the person who sent this note is not listed in the directory",
        ),
        (
            "note-names",
            "ada-lovelace",
            "Saw Wang Fang last week",
            "this text names a person who is not listed",
        ),
        (
            "note-long",
            "ada-lovelace",
            &"a".repeat(501),
            "the note has 501 characters, more than 500",
        ),
        (
            "note-nobody",
            "nobody",
            "Hi",
            "there is no alumnus with id \"nobody\"",
        ),
    ] {
        let (_, lines) = check_changed_base(case, note("n1", alumnus, text));
        assert_eq!(lines.len(), 1, "{case}: {lines:#?}");
        assert!(lines[0].contains(says), "{case}: {lines:#?}");
        never_named(&lines);
    }
}

/// Alumni-only details (#18): published only as `SiteData::members`, never in the public
/// model, and refused in a public repository, where the file itself would show them.
#[test]
fn alumni_only_fields_stay_out_of_the_public_model() {
    let alumni_only = (
        "alumni/ada-lovelace.json",
        "\"employer\": \"Analytical Engines\",",
        "\"employer\": \"Analytical Engines\", \"job_title\": \"Analyst\", \"contact\": {\"method\": \"email\", \"address\": \"ada@example.org\"},",
    );
    let consent = (
        "alumni/ada-lovelace.json",
        "\"chapters\"\n    ]",
        "\"chapters\"\n    ],\n    \"alumni\": [\"job_title\", \"contact\"]",
    );
    let (report, lines) = checked("alumni-only", &[alumni_only, consent]);
    assert!(lines.is_empty(), "{lines:#?}");
    let data = report.data.unwrap();
    let ada = data.alumni.iter().find(|a| a.id == "ada-lovelace").unwrap();
    assert_eq!((ada.job_title.as_ref(), ada.contact.as_ref()), (None, None));
    assert_eq!(ada.employer.as_deref(), Some("Analytical Engines"));
    let only = &data.members["ada-lovelace"];
    assert_eq!(only.job_title.as_deref(), Some("Analyst"));
    assert!(only.contact.is_some() && only.employer.is_none() && only.city.is_none());
    assert_eq!(data.members.len(), 1, "nobody else has alumni-only details");
    let public = (
        "site.json",
        "\"repository\": \"private\"",
        "\"repository\": \"public\"",
    );
    let wang_fang_id_only = ("alumni/wang-fang.json", "\"name\": \"王芳\",\n  \"name_latin\": \"Wang Fang\",\n  \"class_year\": 1998,\n  \"degree\": \"MSc\",\n  \"major\": \"astronomy\",\n  \"country\": \"CN\",", "");
    let (_, lines) = checked(
        "alumni-only-public",
        &[alumni_only, consent, public, wang_fang_id_only],
    );
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].contains("job_title: \"job_title\" is alumni-only, and \"repository\" in site.json is \"public\": the repository itself would show it to everyone. Alumni-only details need a private repository"), "{lines:#?}");
}
