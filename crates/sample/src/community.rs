//! The sample's chapters, giving back and alumni voice: each state the pages show (a chapter
//! with no events yet, an unlisted leader and one who keeps roles private, anonymous and
//! do-not-publish gifts, an open, a closing and a closed consultation).

use super::{schema, write_json};
use serde_json::json;
use std::fs;
use std::io;
use std::path::Path;

pub fn write(out: &Path) -> io::Result<()> {
    chapters(out)?;
    giving(out)?;
    voice(out)
}

fn each(out: &Path, dir: &str, kind: &str, records: Vec<serde_json::Value>) -> io::Result<()> {
    let dir = out.join(dir);
    fs::create_dir_all(&dir)?;
    for mut r in records {
        let id = r["id"].as_str().unwrap_or_default().to_string();
        r["$schema"] = json!(schema(kind));
        write_json(&dir.join(format!("{id}.json")), &r)?;
    }
    Ok(())
}

fn chapters(out: &Path) -> io::Result<()> {
    each(
        out,
        "chapters",
        "chapter",
        vec![
            json!({"id": "london", "city": "London", "founded": 1982,
            "about": "Northbrook's oldest chapter meets monthly in central London: a pub quiz in winter, a walk along the river in summer, and the Boat Race every spring.",
            // The second leader is not listed and the third keeps roles private: neither is shown.
            "leaders": [{"alumnus": "margaret-okafor", "role": "Chair"}, {"alumnus": "ingrid-vestergaard", "role": "Treasurer"}, {"alumnus": "helene-dubois", "role": "Events lead"}]}),
            json!({"id": "shanghai", "city": "Shanghai", "founded": 2004,
            "about": "Coding nights every second Thursday, a Mid-Autumn dinner, and a warm welcome for alumni who have just moved to the city.",
            "leaders": [{"alumnus": "wang-xiaoming", "role": "Chair"}], "join": "https://forms.northbrook.example.edu/chapters/shanghai"}),
            json!({"id": "sydney", "city": "Sydney", "founded": 2026,
            "about": "The newest chapter: no events yet. If you live near Sydney, say hello and help plan the first one."}),
            json!({"id": "engineering-alumni",
            "about": "Engineers of every year and department: site visits, a mentoring evening for final-year students, and the annual bridge-building rematch.",
            "leaders": [{"alumnus": "anna-smith-jones", "role": "Mentoring lead"}]}),
            json!({"id": "rowing-club", "founded": 1974,
            "about": "Everyone who ever rowed, coxed or cheered on the river. We race the students every May and lose with dignity."}),
        ],
    )
}

fn giving(out: &Path) -> io::Result<()> {
    each(
        out,
        "giving",
        "gift",
        vec![
            json!({"id": "okafor-scholarship-2019", "alumnus": "margaret-okafor", "kind": "scholarship", "year": 2019, "recognition": "name", "band": "£50,000 and above", "note": "Founded the Okafor Rowing Scholarship"}),
            json!({"id": "okafor-chapter-2024", "alumnus": "margaret-okafor", "kind": "chapter-leader", "year": 2024, "recognition": "name", "note": "Chairs the London chapter"}),
            json!({"id": "wang-mentor-2025", "alumnus": "wang-xiaoming", "kind": "mentor", "year": 2025, "recognition": "name", "note": "Mentored four students into software careers"}),
            json!({"id": "smith-jones-speaker-2026", "alumnus": "anna-smith-jones", "kind": "speaker", "year": 2026, "recognition": "name", "note": "Spoke at Careers Week"}),
            json!({"id": "munoz-host-2026", "alumnus": "jose-munoz", "kind": "intern-host", "year": 2026, "recognition": "name"}),
            json!({"id": "zeng-funds-2025", "alumnus": "zeng-li", "kind": "funds", "year": 2025, "recognition": "anonymous", "band": "£1,000 – £4,999"}),
            json!({"id": "hughes-volunteer-2025", "alumnus": "thomas-hughes", "kind": "volunteer", "year": 2025, "recognition": "anonymous"}),
            json!({"id": "vestergaard-funds-2024", "alumnus": "ingrid-vestergaard", "kind": "funds", "year": 2024, "recognition": "anonymous"}),
            // Do not publish: counted by the office, shown nowhere.
            json!({"id": "shan-quiet-gift-2026", "alumnus": "shan-wei", "kind": "funds", "year": 2026, "recognition": "none", "amount": 25000, "note": "Quiet gift for the observatory dome"}),
        ],
    )?;
    each(
        out,
        "funds",
        "fund",
        vec![
            json!({"id": "okafor-rowing-scholarship", "name": "Okafor Rowing Scholarship", "kind": "scholarship", "established": 2019, "founder": "margaret-okafor",
            "description": "Pays the fees and boat-club costs of a first-year student who rows, chosen on need.",
            "impact": "Seven scholars so far; two of them rowed in the winning crew of 2025.", "give_url": "https://give.northbrook.example.edu/okafor-rowing"}),
            json!({"id": "class-of-1977-library-fund", "name": "Class of 1977 Library Fund", "kind": "fund", "established": 2002, "founder_name": "The Class of 1977",
            "description": "Buys books and archive boxes for the old library, chosen by its librarians.",
            "impact": "**2,400 books** bought and the campus photo archive rehoused, which is where the timeline's pictures come from."}),
        ],
    )?;
    each(
        out,
        "stories",
        "story",
        vec![
            json!({"id": "four-mentees", "title": "Four mentees, four first jobs", "date": "2026-09-01", "alumnus": "wang-xiaoming",
            "summary": "Wang Xiaoming spent a year of Thursday evenings helping students into software careers.",
            "body": "It started with one email from a final-year student. A year later, four of them have their first jobs, and two already mentor the next year.\n\n[Become a mentor](https://northbrook.example.edu/alumni/mentoring) and help the next ones.",
            "photo": "gallery/photos/centenary-1998/dinner.jpg", "photo_alt": "Alumni and students around a long table at a dinner"}),
            json!({"id": "library-boxes", "title": "The boxes that saved the archive", "date": "2026-04-12",
            "summary": "How the Class of 1977's fund rehoused forty years of campus photographs.",
            "body": "When the old library's basement flooded in 2019, the photographs survived because they were already in archive boxes the Class of 1977 had paid for."}),
        ],
    )
}

fn voice(out: &Path) -> io::Result<()> {
    each(
        out,
        "consultations",
        "consultation",
        vec![
            json!({"id": "campus-plan-2040", "title": "Campus plan 2040", "question": "What should the riverside campus keep, and what should change?",
            "background": "The university is drafting its plan for the next fifteen years: new teaching buildings, the boathouse, and the old library.",
            "opened": "2026-11-01", "closes": "2027-03-31T17:00", "time_zone": "Europe/London", "respond": "https://forms.northbrook.example.edu/campus-plan-2040"}),
            json!({"id": "alumni-card", "title": "An alumni card", "question": "Would a digital alumni card, for the library and the gym, be worth having?",
            "background": "A card would let alumni use the library and the sports centre at the staff rate.",
            "opened": "2026-11-10", "closes": "2026-12-06T17:00", "time_zone": "Europe/London", "respond": "mailto:alumni@northbrook.example.edu?subject=Alumni%20card"}),
            json!({"id": "reunion-weekend-dates", "title": "When should reunion weekend be?", "question": "June, or September?",
            "background": "Reunion weekend has been in June for thirty years; some alumni asked for September, when travel is cheaper.",
            "opened": "2026-03-01", "closes": "2026-04-30T17:00", "time_zone": "Europe/London", "respond": "https://forms.northbrook.example.edu/reunion-dates",
            "heard": "1,240 of you answered: 58% for June, 35% for September, and many asked for a weekend that suits families.",
            "did": "Reunion weekend stays in June, and from 2027 it includes a family day with the boathouse open to children."}),
        ],
    )?;
    let files = out.join("voice-files");
    fs::create_dir_all(&files)?;
    fs::write(files.join("council-minutes-2026-10.md"), "# Alumni Advisory Council: minutes, 14 October 2026\n\nPresent: the chair and six members. The council discussed the campus plan consultation and agreed to ask alumni before the spring.\n")?;
    write_json(
        &out.join("voice.json"),
        &json!({
            "$schema": schema("voice"),
            "council": {"name": "Alumni Advisory Council",
                "about": "Twelve alumni, elected by alumni for three years, who advise the university on everything that touches its graduates. Any alumnus may stand: nominations open every May.",
                "members": [
                    {"alumnus": "wang-xiaoming", "role": "Chair", "from": 2024, "to": 2027},
                    {"alumnus": "margaret-okafor", "role": "Member", "from": 2025, "to": 2028},
                    {"alumnus": "ingrid-vestergaard", "role": "Member", "from": 2025, "to": 2028}]},
            "representatives": [{"alumnus": "anna-smith-jones", "role": "Alumni governor", "body": "University Council", "from": 2025, "to": 2028}],
            "documents": [{"title": "Council minutes, October 2026", "date": "2026-10-14", "file": "voice-files/council-minutes-2026-10.md"}],
        }),
    )
}
