//! Calendar files and links, written at build time.
//!
//! Times are written in UTC (`DTSTART:20270604T170000Z`), which every calendar converts to the
//! reader's zone correctly across daylight-saving changes; the event's own zone travels along for
//! display as `X-WR-TIMEZONE` and in the description. All-day events use dates. UIDs are stable:
//! `<event id>@<site host or short name>`, so a re-published event updates instead of duplicating.

use homecoming_core::model::Event;

/// Milliseconds since the epoch → `20270604T170000Z`.
pub fn utc_stamp(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// `2027-06-04T17:00:00Z`, for Outlook links.
pub fn utc_iso(ms: i64) -> String {
    let s = utc_stamp(ms);
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        &s[0..4],
        &s[4..6],
        &s[6..8],
        &s[9..11],
        &s[11..13],
        &s[13..15]
    )
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `2026-09-15` → `20260915`; the day after for an exclusive end.
fn date_value(local: &str, next_day: bool) -> String {
    let digits: String = local
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(8)
        .collect();
    if !next_day {
        return digits;
    }
    let (y, m, d) = (
        digits[0..4].parse::<i64>().unwrap_or(1970),
        digits[4..6].parse::<i64>().unwrap_or(1),
        digits[6..8].parse::<i64>().unwrap_or(1),
    );
    let days = days_from_civil(y, m, d) + 1;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}{m:02}{d:02}")
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1).
pub fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// Plain text of sanitised HTML, for calendar descriptions.
pub fn plain_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .trim()
        .to_string()
}

fn location(e: &Event) -> Option<String> {
    e.venue
        .as_ref()
        .map(|v| format!("{}, {}, {}, {}", v.name, v.address, v.city, v.country.name))
        .or_else(|| e.online_url.clone())
}

fn vevent(e: &Event, uid_domain: &str, page_url: &str, stamp_ms: i64) -> String {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@{uid_domain}", e.id),
        format!("DTSTAMP:{}", utc_stamp(stamp_ms)),
    ];
    if e.all_day {
        lines.push(format!(
            "DTSTART;VALUE=DATE:{}",
            date_value(&e.starts_local, false)
        ));
        lines.push(format!(
            "DTEND;VALUE=DATE:{}",
            date_value(&e.ends_local, true)
        ));
    } else {
        lines.push(format!("DTSTART:{}", utc_stamp(e.starts_utc_ms)));
        lines.push(format!("DTEND:{}", utc_stamp(e.ends_utc_ms)));
    }
    lines.push(format!("SUMMARY:{}", escape_text(&e.title)));
    let mut description = plain_text(&e.description_html);
    if !e.all_day {
        description.push_str(&format!(
            "\n\nLocal time: {} to {} ({}).",
            e.starts_local.replace('T', " "),
            e.ends_local.replace('T', " "),
            e.time_zone
        ));
    }
    if let Some(url) = &e.online_url {
        description.push_str(&format!("\nJoin online: {url}"));
    }
    description.push_str(&format!("\n{page_url}"));
    lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
    if let Some(loc) = location(e) {
        lines.push(format!("LOCATION:{}", escape_text(&loc)));
    }
    if let Some(v) = &e.venue {
        if let (Some(lat), Some(lon)) = (v.lat, v.lon) {
            lines.push(format!("GEO:{lat};{lon}"));
        }
    }
    lines.push(format!("URL:{page_url}"));
    lines.push("END:VEVENT".into());
    lines.iter().map(|l| fold(l)).collect()
}

/// A whole calendar holding `events`. `site_url` is the absolute address of the site root, used
/// for event links; `stamp_ms` is the build time.
pub fn calendar(
    events: &[&Event],
    name: &str,
    uid_domain: &str,
    site_url: &str,
    stamp_ms: i64,
) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Homecoming//Alumni events//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(name)),
    ] {
        out.push_str(&fold(&line));
    }
    if let [single] = events {
        out.push_str(&fold(&format!("X-WR-TIMEZONE:{}", single.time_zone)));
    }
    for e in events {
        let page = format!(
            "{}{}",
            site_url.trim_end_matches('/'),
            homecoming_core::routes::Route::Event(e.id.clone()).path()
        );
        out.push_str(&vevent(e, uid_domain, &page, stamp_ms));
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// "Add to Google Calendar".
pub fn google_link(e: &Event, page_url: &str) -> String {
    let dates = if e.all_day {
        format!(
            "{}/{}",
            date_value(&e.starts_local, false),
            date_value(&e.ends_local, true)
        )
    } else {
        format!(
            "{}/{}",
            utc_stamp(e.starts_utc_ms),
            utc_stamp(e.ends_utc_ms)
        )
    };
    let mut url = format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={}&ctz={}&details={}",
        encode(&e.title),
        dates,
        encode(&e.time_zone),
        encode(&format!("{}\n{page_url}", e.summary))
    );
    if let Some(loc) = location(e) {
        url.push_str(&format!("&location={}", encode(&loc)));
    }
    url
}

/// "Add to Outlook" (Outlook on the web; the desktop app opens the .ics file).
pub fn outlook_link(e: &Event, page_url: &str) -> String {
    let (start, end) = if e.all_day {
        (e.starts_local.clone(), {
            let d = date_value(&e.ends_local, true);
            format!("{}-{}-{}", &d[0..4], &d[4..6], &d[6..8])
        })
    } else {
        (utc_iso(e.starts_utc_ms), utc_iso(e.ends_utc_ms))
    };
    let mut url = format!(
        "https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject={}&startdt={}&enddt={}&body={}",
        encode(&e.title),
        encode(&start),
        encode(&end),
        encode(&format!("{}\n{page_url}", e.summary))
    );
    if e.all_day {
        url.push_str("&allday=true");
    }
    if let Some(loc) = location(e) {
        url.push_str(&format!("&location={}", encode(&loc)));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_stamps() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        // 2027-03-28 02:30 UTC, just after London's clocks went forward.
        assert_eq!(utc_stamp(1_806_201_000_000), "20270328T023000Z");
        assert_eq!(utc_iso(1_806_201_000_000), "2027-03-28T02:30:00Z");
        assert_eq!(date_value("2026-12-31", true), "20270101");
        assert_eq!(date_value("2028-02-28", true), "20280229");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a, b; c\\d\nnext"), "a\\, b\\; c\\\\d\\nnext");
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let line = format!("SUMMARY:{}", "上海".repeat(30));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }

    #[test]
    fn plain_text_of_html() {
        assert_eq!(
            plain_text("<p>Dinner &amp; <strong>dance</strong></p>\n"),
            "Dinner & dance"
        );
    }
}
