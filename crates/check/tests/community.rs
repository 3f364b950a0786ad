//! Chapters, giving and voice name a person only by their own choice: leaders and council
//! members when listed with "roles" in their consent, givers as their gift's `recognition`
//! says. The base fixture lists Ada Lovelace and holds 王芳 (Wang Fang), who is not listed.

mod common;

use common::{check_changed_base, set};
use serde_json::json;
use std::path::Path;

fn write(content: &Path, file: &str, value: serde_json::Value) {
    let path = content.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, value.to_string()).unwrap();
}

/// Ada made roles public (or not), leads London with Wang Fang, sits on the council.
fn community(content: &Path, ada_roles: bool) {
    if ada_roles {
        set(
            content,
            "alumni/ada-lovelace.json",
            "\"chapters\"\n    ]",
            "\"chapters\", \"roles\"\n    ]",
        );
    }
    write(
        content,
        "chapters/london.json",
        json!({"id": "london", "city": "London", "about": "Meetups by the river.",
        "leaders": [{"alumnus": "ada-lovelace", "role": "Chair"}, {"alumnus": "wang-fang", "role": "Treasurer"}]}),
    );
    write(
        content,
        "voice.json",
        json!({"council": {"name": "Alumni Council", "about": "Elected.",
        "members": [{"alumnus": "ada-lovelace", "role": "Chair", "from": 2024, "to": 2027}, {"alumnus": "wang-fang", "role": "Member", "from": 2024, "to": 2027}]}}),
    );
}

#[test]
fn leaders_are_named_only_when_listed_with_roles() {
    let (report, lines) = check_changed_base("community-roles", |c| community(c, true));
    assert!(lines.is_empty(), "{lines:#?}");
    let data = report.data.unwrap();
    let london = data.chapters.iter().find(|c| c.id == "london").unwrap();
    let leaders: Vec<&str> = london
        .leaders
        .iter()
        .map(|l| l.person.name.as_str())
        .collect();
    assert_eq!(leaders, ["Ada Lovelace"]);
    assert_eq!(london.members, 1, "Ada made her chapters public");
    assert_eq!(london.city.as_deref(), Some("London"));
    // Ada made no way to reach her public: none is shown beside her role.
    assert_eq!(london.leaders[0].contact, None);
    let council: Vec<&str> = data
        .voice
        .council
        .iter()
        .map(|s| s.person.name.as_str())
        .collect();
    assert_eq!(council, ["Ada Lovelace"]);
    // Every chapter of site.json has a page, with or without its own file.
    assert_eq!(data.chapters.len(), data.site.chapters.len());

    let (report, lines) = check_changed_base("community-no-roles", |c| community(c, false));
    assert!(lines.is_empty(), "{lines:#?}");
    let data = report.data.unwrap();
    assert!(data.chapters.iter().all(|c| c.leaders.is_empty()));
    assert!(data.voice.council.is_empty());
}

fn gift(content: &Path, id: &str, alumnus: &str, recognition: &str, extra: serde_json::Value) {
    let mut g = json!({"id": id, "alumnus": alumnus, "kind": "funds", "year": 2026, "recognition": recognition});
    g.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    write(content, &format!("giving/{id}.json"), g);
}

#[test]
fn each_gift_is_recognised_as_its_giver_chose() {
    let (report, lines) = check_changed_base("community-gifts", |c| {
        gift(
            c,
            "named",
            "ada-lovelace",
            "name",
            json!({"band": "£1,000 – £4,999", "note": "Telescope fund", "amount": 2500}),
        );
        gift(
            c,
            "anonymous",
            "ada-lovelace",
            "anonymous",
            json!({"note": "Second gift"}),
        );
        gift(c, "unlisted", "wang-fang", "anonymous", json!({}));
        gift(
            c,
            "quiet",
            "ada-lovelace",
            "none",
            json!({"note": "Quiet gift"}),
        );
    });
    assert!(lines.is_empty(), "{lines:#?}");
    let roll = report.data.unwrap().giving.roll;
    assert_eq!(
        roll.len(),
        3,
        "a do-not-publish gift is not on the roll: {roll:#?}"
    );
    let text = serde_json::to_string(&roll).unwrap();
    for secret in ["Quiet gift", "Second gift", "2500", "wang-fang", "王芳"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert_eq!(roll[0].person.as_ref().unwrap().name, "Ada Lovelace");
    assert_eq!(roll[0].band.as_deref(), Some("£1,000 – £4,999"));
    assert!(roll[1].person.is_none() && roll[1].class_year == Some(1975));
    // An unlisted giver's class year is theirs to keep too.
    assert!(roll[2].person.is_none() && roll[2].class_year.is_none());
}

#[test]
fn an_amount_is_refused_in_a_public_repository() {
    let (report, lines) = check_changed_base("community-amount", |c| {
        set(
            c,
            "site.json",
            "\"repository\": \"private\"",
            "\"repository\": \"public\"",
        );
        // The unlisted record holds only its id in a public repository.
        std::fs::write(c.join("alumni/wang-fang.json"), json!({"id": "wang-fang", "name": "-", "class_year": 1998, "degree": "MSc", "major": "astronomy", "consent": {"listed": false}}).to_string()).unwrap();
        gift(c, "named", "ada-lovelace", "name", json!({"amount": 2500}));
    });
    let amount: Vec<&String> = lines.iter().filter(|l| l.contains("amount")).collect();
    assert_eq!(amount.len(), 1, "{lines:#?}");
    assert!(amount[0].contains("an amount is committed to a public repository"));
    assert!(report.data.is_none());
}

#[test]
fn texts_of_the_community_name_nobody_unlisted() {
    for (case, file, value) in [
        (
            "story",
            "stories/s.json",
            json!({"id": "s", "title": "A year with Wang Fang", "date": "2026-01-01", "summary": "s", "body": "b"}),
        ),
        (
            "fund",
            "funds/f.json",
            json!({"id": "f", "name": "Fund", "kind": "fund", "established": 2001, "description": "Given by 王芳.", "impact": "i"}),
        ),
        (
            "consultation",
            "consultations/c.json",
            json!({"id": "c", "title": "t", "question": "q", "background": "b", "opened": "2026-01-01", "closes": "2026-02-01T17:00", "time_zone": "UTC", "respond": "https://example.org", "heard": "Wang Fang said no."}),
        ),
    ] {
        let (_, lines) = check_changed_base(&format!("community-names-{case}"), |c| {
            write(c, file, value)
        });
        assert_eq!(lines.len(), 1, "{case}: {lines:#?}");
        assert!(
            lines[0].contains("names a person who is not listed"),
            "{lines:#?}"
        );
        assert!(
            !lines[0].contains("Wang Fang") && !lines[0].contains("王芳"),
            "{lines:#?}"
        );
    }
}

#[test]
fn a_consultation_closes_at_its_local_time() {
    let (report, lines) = check_changed_base("community-closes", |c| {
        write(
            c,
            "consultations/c.json",
            json!({"id": "c", "title": "t", "question": "q", "background": "b", "opened": "2026-06-01", "closes": "2026-07-01T17:00", "time_zone": "Europe/London", "respond": "mailto:office@example.org"}),
        );
    });
    assert!(lines.is_empty(), "{lines:#?}");
    let c = &report.data.unwrap().voice.consultations[0];
    // 17:00 in London in summer is 16:00 UTC.
    assert_eq!(c.closes_utc_ms, 1_782_921_600_000);
}
