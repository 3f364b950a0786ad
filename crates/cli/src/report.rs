//! `homecoming report`: what an office needs to keep its data alive: records not confirmed for
//! years, listed and unlisted counts, consent coverage per field, likely duplicates, contact
//! links that are malformed.

use homecoming_check::content::{AlumnusFile, ContactMethodFile, CONSENT_FIELDS};
use homecoming_check::values;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

pub fn report(content: &Path, years: u32, today: &str) -> Result<String, String> {
    let dir = content.join("alumni");
    let mut records: Vec<AlumnusFile> = Vec::new();
    let mut unreadable = 0;
    let mut names: Vec<_> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    for path in names {
        match fs::read_to_string(&path)
            .ok()
            .and_then(|t| serde_json::from_str::<AlumnusFile>(&t).ok())
        {
            Some(r) => records.push(r),
            None => unreadable += 1,
        }
    }
    let listed = records.iter().filter(|r| r.consent.listed).count();
    let cutoff = {
        let y: i32 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
        format!("{}{}", y - years as i32, today.get(4..).unwrap_or("-01-01"))
    };
    let stale: Vec<&AlumnusFile> = records
        .iter()
        .filter(|r| r.confirmed.as_deref().is_none_or(|c| c < cutoff.as_str()))
        .collect();
    let mut out = String::new();
    let pct = |n: usize, of: usize| {
        if of == 0 {
            0.0
        } else {
            100.0 * n as f64 / of as f64
        }
    };
    out.push_str(&format!(
        "{} alumni records: {listed} listed, {} not listed{}\n",
        records.len(),
        records.len() - listed,
        if unreadable > 0 {
            format!(", {unreadable} that do not parse (run homecoming check)")
        } else {
            String::new()
        }
    ));
    out.push_str(&format!(
        "\nNot confirmed for {years} years or more (before {cutoff}): {} ({:.0}%)\n",
        stale.len(),
        pct(stale.len(), records.len())
    ));
    for r in stale.iter().take(10) {
        out.push_str(&format!(
            "  {} (confirmed {})\n",
            r.id,
            r.confirmed.as_deref().unwrap_or("never")
        ));
    }
    if stale.len() > 10 {
        out.push_str(&format!("  … and {} more\n", stale.len() - 10));
    }
    out.push_str(
        "\nListed people, per field: how many hold it, and how many of those made it public\n",
    );
    let listed_records: Vec<&AlumnusFile> = records.iter().filter(|r| r.consent.listed).collect();
    for field in CONSENT_FIELDS {
        let holding: Vec<&&AlumnusFile> =
            listed_records.iter().filter(|r| r.holds(field)).collect();
        let public = holding
            .iter()
            .filter(|r| r.consent.public.iter().any(|f| f == field))
            .count();
        out.push_str(&format!(
            "  {field:<13} held by {:>5.1}%, public for {:>5.1}% of them\n",
            pct(holding.len(), listed_records.len()),
            pct(public, holding.len())
        ));
    }
    let mut same: HashMap<(String, i32), Vec<&str>> = HashMap::new();
    for r in &records {
        let key = homecoming_core::search::words(&r.name).join(" ");
        same.entry((key, r.class_year)).or_default().push(&r.id);
    }
    let mut dupes: Vec<Vec<&str>> = same
        .into_values()
        .filter(|v| v.len() > 1)
        .map(|mut v| {
            v.sort();
            v
        })
        .collect();
    dupes.sort();
    out.push_str(&format!(
        "\nLikely duplicates (same name and class year): {}\n",
        dupes.len()
    ));
    for d in dupes.iter().take(20) {
        out.push_str(&format!("  {}\n", d.join(", ")));
    }
    let malformed: Vec<&AlumnusFile> = records
        .iter()
        .filter(|r| match &r.contact {
            Some(ContactMethodFile::Email { address }) => values::email(address).is_err(),
            Some(ContactMethodFile::Form { url }) | Some(ContactMethodFile::Linkedin { url }) => {
                values::link(url).is_err()
            }
            None => false,
        })
        .collect();
    out.push_str(&format!("\nMalformed contact links: {}\n", malformed.len()));
    for r in malformed.iter().take(20) {
        out.push_str(&format!("  {}\n", r.id));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_counts_what_keeps_the_data_alive() {
        let root = std::env::temp_dir().join(format!("hc-report-{}", std::process::id()));
        let alumni = root.join("alumni");
        fs::create_dir_all(&alumni).unwrap();
        let person = |id: &str, name: &str, listed: bool, extra: &str| {
            let text = format!(
                "{{\"id\": \"{id}\", \"name\": \"{name}\", \"class_year\": 1990, \"degree\": \"BA\", \"major\": \"history\", {extra} \"consent\": {{\"listed\": {listed}, \"public\": [\"city\"]}}}}"
            );
            fs::write(alumni.join(format!("{id}.json")), text).unwrap();
        };
        person(
            "ann-lee",
            "Ann Lee",
            true,
            "\"city\": \"Leeds\", \"confirmed\": \"2026-01-10\",",
        );
        person(
            "ann-lee-2",
            "Ann  LEE",
            true,
            "\"confirmed\": \"2020-05-01\",",
        );
        person("bo-chan", "Bo Chan", false, "\"city\": \"Hull\", \"contact\": {\"method\": \"form\", \"url\": \"http://forms.example.org\"},");
        let text = report(&root, 3, "2026-12-01").unwrap();
        for line in [
            "3 alumni records: 2 listed, 1 not listed",
            "Not confirmed for 3 years or more (before 2023-12-01): 2 (67%)",
            "  ann-lee-2 (confirmed 2020-05-01)",
            "  bo-chan (confirmed never)",
            "  city          held by  50.0%, public for 100.0% of them",
            "Likely duplicates (same name and class year): 1\n  ann-lee, ann-lee-2",
            "Malformed contact links: 1\n  bo-chan",
        ] {
            assert!(text.contains(line), "{line:?} not in:\n{text}");
        }
        fs::remove_dir_all(&root).unwrap();
    }
}
