//! Checks for single values: ids, dates, times, time zones, links, colours, countries, files.
//! Each returns the parsed value, or what is wrong and what to do.

use super::problem::did_you_mean;
use chrono::{LocalResult, NaiveDate, NaiveDateTime, TimeZone};

/// A value's problem: what is wrong, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bad {
    pub what: String,
    pub fix: String,
}

impl Bad {
    pub fn new(what: String, fix: String) -> Bad {
        Bad { what, fix }
    }
}

pub fn id(value: &str) -> Result<(), Bad> {
    let ok = !value.is_empty()
        && value.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9'))
        });
    if ok {
        Ok(())
    } else {
        Err(Bad::new(
            format!("id \"{value}\" may only use lowercase letters, digits and single hyphens"),
            format!(
                "Try \"{}\". The id appears in web addresses, so keep it once it is published.",
                slugify(value)
            ),
        ))
    }
}

pub fn slugify(value: &str) -> String {
    let mut out = String::new();
    for c in deunicode_lite(&value.to_lowercase()).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Enough transliteration for id suggestions; the search core does the real folding.
fn deunicode_lite(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ā' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
            'ş' | 'š' => 's',
            'ğ' => 'g',
            'ř' => 'r',
            'č' => 'c',
            'ž' => 'z',
            'ō' => 'o',
            'ū' => 'u',
            'đ' => 'd',
            'ệ' | 'ễ' => 'e',
            'ả' | 'ạ' | 'ầ' => 'a',
            'ổ' | 'ộ' => 'o',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' | 'ń' => 'n',
            'ç' | 'ć' => 'c',
            'ł' => 'l',
            'ś' | 'ß' => 's',
            'ż' | 'ź' => 'z',
            c => c,
        })
        .collect()
}

pub fn non_empty(value: &str, what: &str) -> Result<(), Bad> {
    if value.trim().is_empty() {
        Err(Bad::new(
            format!("{what} is empty"),
            format!("Write the {what}."),
        ))
    } else {
        Ok(())
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|n| n.pred_opt())
        .map(|d| d.format("%d").to_string().parse().unwrap_or(31))
        .unwrap_or(31)
}

fn numbers(value: &str, widths: &[usize]) -> Option<Vec<u32>> {
    let parts: Vec<&str> = value.split('-').collect();
    if parts.len() != widths.len() {
        return None;
    }
    parts
        .iter()
        .zip(widths)
        .map(|(p, w)| {
            (p.len() == *w && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect()
}

fn real_date(year: i32, month: u32, day: u32, value: &str) -> Result<NaiveDate, Bad> {
    if !(1..=12).contains(&month) {
        return Err(Bad::new(
            format!("\"{value}\" is not a real date: there is no month {month}"),
            "Write the month as 01 to 12, in the order year-month-day.".into(),
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        Bad::new(
            format!(
                "\"{value}\" is not a real date: {} {year} has {} days",
                MONTHS[month as usize - 1],
                days_in_month(year, month)
            ),
            "Check the day; dates are written year-month-day.".into(),
        )
    })
}

/// A full date, `2026-06-05`.
pub fn date(value: &str) -> Result<NaiveDate, Bad> {
    match numbers(value, &[4, 2, 2]) {
        Some(n) => real_date(n[0] as i32, n[1], n[2], value),
        None => Err(Bad::new(
            format!("expected a date like 2026-06-05, got \"{value}\""),
            "Write dates as year-month-day with hyphens.".into(),
        )),
    }
}

/// `1968`, `1968-09` or `1968-09-21`.
pub fn partial_date(value: &str) -> Result<homecoming_core::model::PartialDate, Bad> {
    use homecoming_core::model::PartialDate;
    if let Some(n) = numbers(value, &[4]) {
        return Ok(PartialDate {
            year: n[0] as i32,
            month: None,
            day: None,
        });
    }
    if let Some(n) = numbers(value, &[4, 2]) {
        if !(1..=12).contains(&n[1]) {
            return Err(Bad::new(
                format!("\"{value}\" is not a real date: there is no month {}", n[1]),
                "Write the month as 01 to 12, in the order year-month.".into(),
            ));
        }
        return Ok(PartialDate {
            year: n[0] as i32,
            month: Some(n[1] as u8),
            day: None,
        });
    }
    if let Some(n) = numbers(value, &[4, 2, 2]) {
        real_date(n[0] as i32, n[1], n[2], value)?;
        return Ok(PartialDate {
            year: n[0] as i32,
            month: Some(n[1] as u8),
            day: Some(n[2] as u8),
        });
    }
    Err(Bad::new(
        format!("expected a year, year-month or full date like 1968, 1968-09 or 1968-09-21, got \"{value}\""),
        "Write as much of the date as you know, in that order.".into(),
    ))
}

/// A local date-time without zone, `2026-06-05T18:00` (seconds allowed).
pub fn local_date_time(value: &str) -> Result<NaiveDateTime, Bad> {
    let shape = || {
        Bad::new(
            format!("expected a local date-time like 2026-06-05T18:00, got \"{value}\""),
            "Write the date, a capital T, then the 24-hour time where the event takes place; the time zone goes in \"time_zone\".".to_string(),
        )
    };
    let (d, t) = value.split_once('T').ok_or_else(shape)?;
    let n = numbers(d, &[4, 2, 2]).ok_or_else(shape)?;
    let date = real_date(n[0] as i32, n[1], n[2], value)?;
    let hm: Vec<&str> = t.split(':').collect();
    let ok_part = |p: &&str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !(hm.len() == 2 || hm.len() == 3) || !hm.iter().all(ok_part) {
        return Err(shape());
    }
    let (h, m) = (
        hm[0].parse::<u32>().unwrap_or(99),
        hm[1].parse::<u32>().unwrap_or(99),
    );
    let s = hm
        .get(2)
        .map(|s| s.parse::<u32>().unwrap_or(99))
        .unwrap_or(0);
    date.and_hms_opt(h, m, s).ok_or_else(|| {
        Bad::new(
            format!("\"{value}\" is not a real time of day"),
            "Use 24-hour time from 00:00 to 23:59.".into(),
        )
    })
}

pub fn time_zone(value: &str) -> Result<chrono_tz::Tz, Bad> {
    value.parse::<chrono_tz::Tz>().map_err(|_| {
        let names = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name());
        Bad::new(
            format!("unknown time zone \"{value}\""),
            format!(
                "{}Use an IANA time zone name such as \"Europe/London\" or \"Asia/Shanghai\".",
                did_you_mean(value, names)
            ),
        )
    })
}

/// Milliseconds since the Unix epoch of a local time in `tz`. A time skipped by a daylight-saving
/// change is an error; an ambiguous one (clocks going back) takes the earlier instant.
pub fn instant(local: NaiveDateTime, tz: chrono_tz::Tz, value: &str) -> Result<i64, Bad> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.timestamp_millis()),
        LocalResult::Ambiguous(a, _) => Ok(a.timestamp_millis()),
        LocalResult::None => Err(Bad::new(
            format!(
                "\"{value}\" does not exist in {}: the clocks skip that hour for daylight saving",
                tz.name()
            ),
            "Choose a time outside the hour when the clocks go forward.".into(),
        )),
    }
}

/// A link visitors follow: `https://` to a named host, or `mailto:` an address. One rule, the
/// README's: the value is published exactly as it is checked, so it may hold no space or
/// control character anywhere (padding included), and a web address may name no user before
/// its host (`https://school.edu@evil.example` goes to evil.example) and no backslash (which
/// browsers read as `/`).
pub fn link(value: &str) -> Result<(), Bad> {
    let lower = value.to_ascii_lowercase();
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        let what = if value.trim() != value {
            format!("{value:?} has spaces or line breaks around it")
        } else {
            format!("{value:?} has a space, tab or line break in it")
        };
        return Err(Bad::new(
            what,
            "Remove them: a link is published exactly as written. Write a space inside an address as %20.".into(),
        ));
    }
    if value.contains(['"', '<', '>', '`', '{', '}', '|', '^']) {
        return Err(Bad::new(
            format!("\"{value}\" has characters a web address cannot hold as they are"),
            "Write them percent-encoded, as the browser's address bar shows them when copied: \" is %22, < is %3C, > is %3E, ` is %60, { and } are %7B and %7D, | is %7C, ^ is %5E.".into(),
        ));
    }
    if lower.starts_with("http://") {
        // Plain http is refused: it can be read and changed on the way, and browsers mark it.
        return Err(Bad::new(
            format!("\"{value}\" is not a secure link"),
            format!(
                "Write it with https:// (\"https://{}\"); only https:// and mailto: links are published.",
                value[7..].trim_start_matches('/')
            ),
        ));
    }
    if let Some(rest) = lower.strip_prefix("https://") {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        if authority.contains(['@', '\\']) || rest.contains('\\') {
            return Err(Bad::new(
                format!("\"{value}\" hides where it leads"),
                "Write the address of the page itself, https://host/path: a name and @ before the host, or a backslash, send the reader somewhere else than it seems.".into(),
            ));
        }
        let (host, port) = authority.rsplit_once(':').unwrap_or((authority, ""));
        let host_ok = !host.is_empty()
            && (host.contains('.') || host == "localhost")
            && !host.starts_with(['.', '-'])
            && !host.ends_with('-')
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if host_ok && port.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(());
        }
    } else if let Some(rest) = lower.strip_prefix("mailto:") {
        let address = rest.split('?').next().unwrap_or("");
        if email(address).is_ok() {
            return Ok(());
        }
    }
    let hint = if lower.contains('@') && !lower.contains(':') {
        format!("For an email address write \"mailto:{value}\".")
    } else if lower.starts_with("www.") {
        format!("Write the full address: \"https://{value}\".")
    } else {
        "Use a full address starting with https:// (or mailto: for email).".into()
    };
    Err(Bad::new(
        format!("\"{value}\" is not a web or email link"),
        hint,
    ))
}

pub fn email(value: &str) -> Result<(), Bad> {
    let parts: Vec<&str> = value.split('@').collect();
    if parts.len() == 2
        && !parts[0].is_empty()
        && parts[1].contains('.')
        && !parts[1].starts_with('.')
        && !parts[1].ends_with('.')
        // Nothing that would end the address inside a `mailto:` link or add to it.
        && !value.contains(|c: char| {
            c.is_whitespace() || c.is_control() || "?&<>\",;:/\\%#".contains(c)
        })
    {
        Ok(())
    } else {
        Err(Bad::new(
            format!("\"{value}\" is not an email address"),
            "Write it as name@example.org, without \"mailto:\".".into(),
        ))
    }
}

pub fn color(value: &str) -> Result<(), Bad> {
    let hex = value.strip_prefix('#').unwrap_or("");
    if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(Bad::new(
            format!("expected a colour like #1f3a5f, got \"{value}\""),
            "Write a # and six hexadecimal digits.".into(),
        ))
    }
}

/// Relative luminance contrast of white text on `hex` (WCAG).
pub fn contrast_with_white(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0) as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    1.05 / (l + 0.05)
}

pub fn country(code: &str) -> Result<homecoming_core::model::Country, Bad> {
    use isocountry::CountryCode;
    match CountryCode::for_alpha2(code) {
        Ok(c) => Ok(homecoming_core::model::Country {
            code: code.to_string(),
            name: country_name(c).to_string(),
        }),
        Err(_) => {
            let upper = code.to_ascii_uppercase();
            let hint = if CountryCode::for_alpha2(&upper).is_ok() {
                format!("Write the code in capitals: \"{upper}\".")
            } else if let Some(c) = CountryCode::iter().find(|c| {
                c.name().eq_ignore_ascii_case(code) || country_name(**c).eq_ignore_ascii_case(code)
            }) {
                format!(
                    "Write the two-letter code \"{}\" instead of the name.",
                    c.alpha2()
                )
            } else {
                "Use the ISO 3166 two-letter code, e.g. \"GB\", \"CN\", \"DE\".".into()
            };
            Err(Bad::new(format!("\"{code}\" is not a country code"), hint))
        }
    }
}

/// The everyday English name; ISO's formal names are long for a card on a phone.
fn country_name(c: isocountry::CountryCode) -> &'static str {
    match c.alpha2() {
        "GB" => "United Kingdom",
        "US" => "United States",
        "KR" => "South Korea",
        "KP" => "North Korea",
        "RU" => "Russia",
        "IR" => "Iran",
        "VN" => "Vietnam",
        "TW" => "Taiwan",
        "BO" => "Bolivia",
        "VE" => "Venezuela",
        "TZ" => "Tanzania",
        "SY" => "Syria",
        "LA" => "Laos",
        "MD" => "Moldova",
        "CZ" => "Czechia",
        "NL" => "Netherlands",
        "AE" => "United Arab Emirates",
        "PH" => "Philippines",
        "CD" => "DR Congo",
        _ => c.name(),
    }
}

pub use crate::files::{
    content_differs, file, media_name, mime, FileKind, MAX_FILE_BYTES, MAX_PIXELS,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(id("spring-reunion-2026").is_ok());
        for bad in ["", "Spring", "a--b", "-a", "a b", "ü"] {
            assert!(id(bad).is_err(), "{bad}");
        }
        assert_eq!(slugify("Spring Reunion 2026!"), "spring-reunion-2026");
        assert_eq!(slugify("Łukasz Wałęsa"), "lukasz-walesa");
    }

    #[test]
    fn dates() {
        assert!(date("2024-02-29").is_ok());
        assert_eq!(
            date("2026-02-30").unwrap_err().what,
            "\"2026-02-30\" is not a real date: February 2026 has 28 days"
        );
        assert!(date("June 5").is_err());
        assert_eq!(partial_date("1968").unwrap().month, None);
        assert_eq!(partial_date("1968-09").unwrap().month, Some(9));
        assert!(partial_date("1968-13").is_err());
    }

    #[test]
    fn date_times() {
        assert!(local_date_time("2026-06-05T18:00").is_ok());
        assert!(local_date_time("2026-06-05T18:00:30").is_ok());
        assert!(local_date_time("2026-06-05 18:00").is_err());
        assert!(local_date_time("2026-06-05T25:00").is_err());
    }

    #[test]
    fn daylight_saving_gap_is_an_error() {
        let tz = time_zone("Europe/London").unwrap();
        let t = local_date_time("2026-03-29T01:30").unwrap();
        assert!(instant(t, tz, "2026-03-29T01:30").is_err());
        let t = local_date_time("2026-06-05T18:00").unwrap();
        assert_eq!(instant(t, tz, "").unwrap(), 1_780_678_800_000);
    }

    #[test]
    fn links() {
        assert!(link("https://example.org/x").is_ok());
        assert!(link("mailto:office@example.org").is_ok());
        assert!(link("javascript:alert(1)").is_err());
        let plain = link("http://example.org/x").unwrap_err();
        assert!(plain.what.contains("not a secure link"), "{plain:?}");
        assert!(plain.fix.contains("\"https://example.org/x\""), "{plain:?}");
        assert!(link("www.example.org")
            .unwrap_err()
            .fix
            .contains("https://www.example.org"));
        assert!(link("office@example.org")
            .unwrap_err()
            .fix
            .contains("mailto:"));
    }

    /// One link rule, in code and README: https to a named host, or mailto; what is stored is
    /// what was checked. Each of these passed before.
    #[test]
    fn links_that_hide_where_they_go_are_refused() {
        for bad in [
            "https://school.edu@evil.example/",
            "https://school.edu:443@evil.example",
            "https://evil.example\\@school.edu",
            "https://evil.example\\path",
            " https://example.org",
            "https://example.org\r\n",
            "https://example.org/\u{0}",
            "https://exa mple.org",
            "https://example.org/a\u{2028}b",
            "https://.example.org",
            "https://",
            "https:///evil.example",
            "https://example.org:80x/",
            "mailto:",
            "mailto:@",
            "mailto:a@b",
            "mailto: office@example.org",
        ] {
            assert!(link(bad).is_err(), "{bad:?} passed");
        }
        for good in [
            "https://example.org",
            "https://example.org:8443/a?b=c#d",
            "https://münchen.example/",
            "https://localhost:8080/",
            "https://example.org/a@b",
            "mailto:office@example.org?subject=Hello%20there",
        ] {
            assert!(link(good).is_ok(), "{good:?} refused");
        }
        let padded = link("https://example.org\n").unwrap_err();
        assert!(padded.what.contains("line breaks around it"), "{padded:?}");
    }

    #[test]
    fn countries() {
        assert_eq!(country("GB").unwrap().name, "United Kingdom");
        assert_eq!(country("CN").unwrap().name, "China");
        assert!(country("gb").unwrap_err().fix.contains("\"GB\""));
        assert!(country("XX").is_err());
    }

    #[test]
    fn contrast() {
        assert!(contrast_with_white("#1f3a5f") > 4.5);
        assert!(contrast_with_white("#ffff00") < 4.5);
    }
}
