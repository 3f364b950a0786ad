//! The search core: folding, tokens, and matching with prefixes and typos, ranked
//! exact > prefix > fuzzy. Plain Rust, used by the browser app and tested natively. The career
//! library and the directory (through `index`) use it.

use std::collections::HashMap;

/// Lowercase, without accents; apostrophes vanish ("O'Brien" → "obrien") and hyphens become
/// spaces ("Smith-Jones" → "smith jones"), as do control characters. The wasm carries no
/// Unicode decomposition tables:
/// a table (`fold_char`) maps precomposed Latin letters to their base letters, including those
/// decomposition would not split (ø, ł, đ, ß, æ, œ, þ), and combining marks (U+0300–U+036F)
/// are dropped, so text typed decomposed ("e" + U+0301) and "İ", which lowercases to "i" +
/// U+0307, fold too.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '’' | '‘' | '`' | 'ʼ' => {}
            '-' | '‐' | '–' | '—' | '_' | '/' | '.' | ',' | ';' | ':' | '(' | ')' | '&' => {
                out.push(' ')
            }
            c if c.is_control() => out.push(' '),
            c if c.is_ascii() => out.push(c),
            '\u{0300}'..='\u{036f}' => {}
            c => match fold_char(c) {
                Some(s) => out.push_str(s),
                None => out.push(c),
            },
        }
    }
    out
}

/// Latin letters with marks, to their base letters.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ'
        | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể'
        | 'ễ' | 'ệ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ỉ' | 'ị' | 'ǐ' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ'
        | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' | 'ǒ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ'
        | 'ử' | 'ữ' | 'ự' | 'ǔ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The folded words of a text.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_string).collect()
}

/// How well one query word matches one word of a record; lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Exact,
    Prefix,
    /// Within the typo allowance: one edit from four letters, two from eight.
    Fuzzy,
}

/// Edits allowed for a query word of this many letters.
pub fn allowed_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

pub fn match_word(query: &str, word: &str) -> Option<Level> {
    if query == word {
        return Some(Level::Exact);
    }
    if word.starts_with(query) {
        return Some(Level::Prefix);
    }
    // Typo tolerance runs against every word of the vocabulary on each keystroke: short words
    // (all but a few) are compared in buffers on the stack, without allocating.
    let (mut qb, mut wb) = (['\0'; SHORT], ['\0'; SHORT]);
    match (chars_into(query, &mut qb), chars_into(word, &mut wb)) {
        (Some(qn), Some(wn)) => fuzzy(&qb[..qn], &wb[..wn]),
        _ => {
            let q: Vec<char> = query.chars().collect();
            let w: Vec<char> = word.chars().collect();
            fuzzy(&q, &w)
        }
    }
}

/// Words up to this many letters are compared on the stack.
const SHORT: usize = 48;

fn chars_into(text: &str, buf: &mut [char; SHORT]) -> Option<usize> {
    let mut n = 0;
    for c in text.chars() {
        *buf.get_mut(n)? = c;
        n += 1;
    }
    Some(n)
}

fn fuzzy(q: &[char], w: &[char]) -> Option<Level> {
    let max = allowed_edits(q.len());
    // A typo is forgiven anywhere but in the first letter: people rarely get that one wrong,
    // and the directory index then needs only the query's first letters' words.
    if max == 0 || q.first() != w.first() {
        return None;
    }
    // A typo in a word being typed: compare against the word's start too.
    let whole = within(q, w, max);
    let start = w.len() > q.len() && within(q, &w[..q.len()], max);
    (whole || start).then_some(Level::Fuzzy)
}

/// Whether the optimal-string-alignment distance of `a` and `b` is at most `max`.
fn within(a: &[char], b: &[char], max: usize) -> bool {
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    if b.len() < SHORT {
        let mut rows = [[0u16; SHORT]; 3];
        let [back2, back1, row] = &mut rows;
        distance_within(a, b, max, back2, back1, row)
    } else {
        let mut rows = vec![vec![0u16; b.len() + 1]; 3];
        let [back2, back1, row] = rows.as_mut_slice() else {
            unreachable!("three rows")
        };
        distance_within(a, b, max, back2, back1, row)
    }
}

/// The distance table of `within`, three rows at a time (two back, one back, this one); each
/// row holds at least `b.len() + 1` cells.
fn distance_within<'r>(
    a: &[char],
    b: &[char],
    max: usize,
    mut back2: &'r mut [u16],
    mut back1: &'r mut [u16],
    mut row: &'r mut [u16],
) -> bool {
    for (j, cell) in back1.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j as u16;
    }
    for i in 1..=a.len() {
        row[0] = i as u16;
        let mut least = row[0];
        for j in 1..=b.len() {
            let cost = u16::from(a[i - 1] != b[j - 1]);
            let mut v = (back1[j] + 1).min(row[j - 1] + 1).min(back1[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(back2[j - 2] + 1);
            }
            row[j] = v;
            least = least.min(v);
        }
        if usize::from(least) > max {
            return false;
        }
        // This row becomes the one back; the oldest is reused for the next.
        std::mem::swap(&mut back2, &mut back1);
        std::mem::swap(&mut back1, &mut row);
    }
    usize::from(back1[b.len()]) <= max
}

/// A record's searchable text, by field; a lower `rank` is a more important field (the name or
/// title ranks above the rest).
pub struct Field<'a> {
    pub rank: u8,
    pub text: &'a str,
}

/// How a record matched a query: compared field by field, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score {
    /// The worst level any query word needed.
    pub level: Level,
    /// The most important field a query word matched in.
    pub field: u8,
    /// Sum of levels: more exact words first.
    pub total: u16,
}

/// Every query word must match a word of some field. `None` when one does not.
pub fn score(query: &[String], fields: &[Field]) -> Option<Score> {
    let field_words: Vec<(u8, Vec<String>)> =
        fields.iter().map(|f| (f.rank, words(f.text))).collect();
    if query.is_empty() {
        return Some(Score {
            level: Level::Exact,
            field: 0,
            total: 0,
        });
    }
    combine(query.iter().map(|q| {
        field_words
            .iter()
            .flat_map(|(rank, ws)| {
                ws.iter()
                    .filter_map(move |w| match_word(q, w).map(|l| (l, *rank)))
            })
            .min()
    }))
}

/// The score of a record from each query word's best (level, field rank); `None` when a word
/// matched nothing. Shared by `score` and the directory index.
pub fn combine(best: impl IntoIterator<Item = Option<(Level, u8)>>) -> Option<Score> {
    let mut worst = Level::Exact;
    let mut best_field = u8::MAX;
    let mut total = 0u16;
    for b in best {
        let (level, rank) = b?;
        worst = worst.max(level);
        best_field = best_field.min(rank);
        total += level as u16;
    }
    Some(Score {
        level: worst,
        field: best_field,
        total,
    })
}

/// One alumnus found by `find_alumni`.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Index into the list searched.
    pub index: usize,
    pub score: Option<Score>,
    /// The former name the query matched, when only a former name did ("née Smith").
    pub former: Option<String>,
}

/// Listed alumni matching every word of `query`, best first. Own names (and their pinyin forms)
/// rank above a nickname, which ranks above employer, title, place, industry, major and bio;
/// exact above prefix above typo. A former name is an alias: the result says it matched.
pub fn find_alumni(all: &[crate::model::PublicAlumnus], query: &str) -> Vec<Found> {
    let q = words(query);
    let mut found: Vec<Found> = all
        .iter()
        .enumerate()
        .filter_map(|(index, p)| {
            if q.is_empty() {
                return Some(Found {
                    index,
                    score: None,
                    former: None,
                });
            }
            let others = other_fields(p);
            let mut fields: Vec<Field> = vec![Field {
                rank: 0,
                text: &p.name,
            }];
            fields.extend(p.name_latin.as_deref().map(|t| Field { rank: 0, text: t }));
            fields.extend(p.name_keys.iter().map(|t| Field { rank: 0, text: t }));
            fields.extend(p.nickname.as_deref().map(|t| Field { rank: 1, text: t }));
            fields.extend(others.iter().flatten().map(|t| Field { rank: 2, text: t }));
            if let Some(score) = score(&q, &fields) {
                return Some(Found {
                    index,
                    score: Some(score),
                    former: None,
                });
            }
            // Only an earlier name matches: still found, and said so.
            p.former_names.iter().find_map(|former| {
                let mut with_former = vec![Field {
                    rank: 0,
                    text: former,
                }];
                with_former.extend(others.iter().flatten().map(|t| Field { rank: 2, text: t }));
                score(&q, &with_former).map(|s| Found {
                    index,
                    score: Some(s),
                    former: Some(former.clone()),
                })
            })
        })
        .collect();
    found.sort_by(|a, b| {
        a.score
            .cmp(&b.score)
            .then_with(|| all[a.index].name.cmp(&all[b.index].name))
    });
    found
}

/// The cards among `cards` matching every word of `query`, best first, with the former name
/// that matched when only a former name did: the directory's answer offline, from the cards
/// this device already has (the index's other files may not be there).
pub fn find_cards(cards: &[crate::model::Card], query: &str) -> Vec<(usize, Option<String>)> {
    let q = words(query);
    let mut found: Vec<(Option<Score>, usize, Option<String>)> = cards
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let others = [&c.employer, &c.job_title, &c.city, &c.country]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .chain([c.major.as_str()])
                .map(|text| Field { rank: 2, text });
            let names = [Some(&c.name), c.name_latin.as_ref()]
                .into_iter()
                .flatten()
                .map(|text| Field { rank: 0, text });
            let fields: Vec<Field> = names.chain(others.clone()).collect();
            if let Some(s) = score(&q, &fields) {
                return Some((Some(s), i, None));
            }
            c.former_names.iter().find_map(|former| {
                let with: Vec<Field> = [Field {
                    rank: 0,
                    text: former,
                }]
                .into_iter()
                .chain(others.clone())
                .collect();
                score(&q, &with).map(|s| (Some(s), i, Some(former.clone())))
            })
        })
        .collect();
    found.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| cards[a.1].name.cmp(&cards[b.1].name))
    });
    found
        .into_iter()
        .map(|(_, i, former)| (i, former))
        .collect()
}

/// The fields searched after a person's names: employer, job title, city, country, industry,
/// major and bio. The directory index reads the same list.
pub fn other_fields(p: &crate::model::PublicAlumnus) -> [Option<&str>; 7] {
    [
        p.employer.as_deref(),
        p.job_title.as_deref(),
        p.city.as_deref(),
        p.country.as_ref().map(|c| c.name.as_str()),
        p.industry.as_ref().map(|i| i.name.as_str()),
        Some(p.study.major_name.as_str()),
        p.bio.as_deref(),
    ]
}

/// The words of a person's names (own, Latin, nickname, former) that "did you mean" draws on.
pub fn name_words(p: &crate::model::PublicAlumnus) -> impl Iterator<Item = String> + '_ {
    [
        Some(p.name.as_str()),
        p.name_latin.as_deref(),
        p.nickname.as_deref(),
    ]
    .into_iter()
    .flatten()
    .chain(p.former_names.iter().map(String::as_str))
    .flat_map(words)
}

/// A spelling to suggest when a query finds nobody: each query word replaced by the most common
/// name word within two edits of it. `None` when nothing is near.
pub fn suggest(all: &[crate::model::PublicAlumnus], query: &str) -> Option<String> {
    let q = words(query);
    if q.is_empty() {
        return None;
    }
    let mut freq: HashMap<String, usize> = HashMap::new();
    for w in all.iter().flat_map(name_words) {
        *freq.entry(w).or_default() += 1;
    }
    let freq: HashMap<&str, usize> = freq.iter().map(|(w, n)| (w.as_str(), *n)).collect();
    suggest_from(&freq, query)
}

/// "Did you mean" from name words and how often they occur: each query word that is not a name
/// word replaced by the most common one within two edits of it that shares its first letter.
pub fn suggest_from(freq: &HashMap<&str, usize>, query: &str) -> Option<String> {
    let q = words(query);
    let mut changed = false;
    let mut out = Vec::new();
    for w in &q {
        let chars: Vec<char> = w.chars().collect();
        let best = freq
            .iter()
            .filter(|(cand, _)| {
                let cand: Vec<char> = cand.chars().collect();
                cand != chars && cand.first() == chars.first() && within(&chars, &cand, 2)
            })
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(cand, _)| cand.to_string());
        match best {
            Some(b) if !freq.contains_key(w.as_str()) => {
                changed = true;
                out.push(b);
            }
            _ => out.push(w.clone()),
        }
    }
    changed.then(|| out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_are_found_offline_by_name_former_name_and_place() {
        let card = |id: &str, name: &str, former: &[&str], city: &str| crate::model::Card {
            id: id.into(),
            name: name.into(),
            name_latin: None,
            former_names: former.iter().map(|f| f.to_string()).collect(),
            class_year: 1985,
            major: "Medicine".into(),
            job_title: None,
            employer: None,
            city: Some(city.into()),
            country: None,
            alumni_only: vec![],
        };
        let cards = [
            card("a", "Anna Smith-Jones", &["Anna Smith"], "Bristol"),
            card("b", "Björn Berg", &[], "Malmö"),
        ];
        assert_eq!(find_cards(&cards, "bjorn"), vec![(1, None)]);
        assert_eq!(find_cards(&cards, "malmo"), vec![(1, None)]);
        assert_eq!(find_cards(&cards, "jones"), vec![(0, None)]);
        assert!(find_cards(&cards, "nobody").is_empty());
        assert_eq!(find_cards(&cards, "").len(), 2);
    }

    #[test]
    fn folding() {
        let table = [
            ("Bjørn Østergaard", "bjorn ostergaard"),
            ("Łukasz Wałęsa", "lukasz walesa"),
            ("Straße", "strasse"),
            ("O'Brien", "obrien"),
            ("Smith-Jones", "smith jones"),
            ("Đặng Thị Ánh", "dang thi anh"),
            ("Æsir Œuvre Þór", "aesir oeuvre thor"),
            ("José Muñoz", "jose munoz"),
            ("王小明", "王小明"),
            ("İstanbul", "istanbul"),
            ("Jose\u{0301} Mun\u{0303}oz", "jose munoz"),
        ];
        for (input, want) in table {
            assert_eq!(fold(input), want, "{input}");
        }
        // Every prefix of a name whose lowercase carries a combining mark still matches it.
        for prefix in ["ista", "istan", "istanbu"] {
            assert_eq!(
                match_word(prefix, &fold("İstanbul")),
                Some(Level::Prefix),
                "{prefix}"
            );
        }
    }

    #[test]
    fn word_matches() {
        let table = [
            ("cv", "cv", Some(Level::Exact)),
            ("inter", "interviews", Some(Level::Prefix)),
            ("intervew", "interviews", Some(Level::Fuzzy)),
            ("intreview", "interview", Some(Level::Fuzzy)), // transposition
            ("salry", "salary", Some(Level::Fuzzy)),
            ("cvs", "cv", None), // three letters: no typos
            ("negotation", "negotiation", Some(Level::Fuzzy)),
            ("ngotiatoin", "negotiation", Some(Level::Fuzzy)), // two edits at eight letters and more
            ("xyzw", "word", None),
            ("wnag", "wang", Some(Level::Fuzzy)),
            ("xang", "wang", None),    // never a typo in the first letter
            ("alary", "salary", None), // nor a missing first letter
        ];
        for (q, w, want) in table {
            assert_eq!(match_word(q, w), want, "{q} ~ {w}");
        }
    }

    #[test]
    fn exact_beats_prefix_beats_fuzzy_and_titles_beat_bodies() {
        let q = words("interview");
        let exact = score(
            &q,
            &[Field {
                rank: 1,
                text: "Interview basics",
            }],
        )
        .unwrap();
        let prefix = score(
            &q,
            &[Field {
                rank: 0,
                text: "Interviews",
            }],
        )
        .unwrap();
        let fuzzy = score(
            &q,
            &[Field {
                rank: 0,
                text: "Intervew notes",
            }],
        )
        .unwrap();
        assert!(exact < prefix && prefix < fuzzy);
        let in_title = score(
            &q,
            &[
                Field {
                    rank: 0,
                    text: "Interview",
                },
                Field { rank: 1, text: "" },
            ],
        )
        .unwrap();
        let in_body = score(
            &q,
            &[
                Field {
                    rank: 0,
                    text: "Salary",
                },
                Field {
                    rank: 1,
                    text: "interview",
                },
            ],
        )
        .unwrap();
        assert!(in_title < in_body);
        assert_eq!(
            score(
                &words("salary zebra"),
                &[Field {
                    rank: 0,
                    text: "salary"
                }]
            ),
            None
        );
    }
}
