//! Nobody unlisted is named: in published texts (`UnlistedNames`) or in "did you mean" hints
//! (`AlumniIds`).

use super::*;

/// Names of unlisted people (their names, former names and Latin forms), lower-cased, leaving
/// out any a listed person also has: a caption naming a listed "Li Wei" is fine. A Latin name
/// of one word is left out too (too many ordinary words are somebody's name). Looked up by
/// the runs of words of a text (and the runs of hanzi, kana and hangul, written without
/// spaces), so a text costs its length, not the number of names: 100,000 alumni have
/// thousands of unlisted names.
pub(super) struct UnlistedNames {
    names: HashSet<String>,
    /// The most words a name has.
    longest: usize,
}

/// Whether `c` belongs to a script written without spaces between words (CJK and after).
fn unspaced(c: char) -> bool {
    c as u32 >= 0x2E80
}

/// A name or a text as lower-case words without the punctuation around them.
fn name_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

impl UnlistedNames {
    pub(super) fn new(alumni: &[Parsed<AlumnusFile>]) -> UnlistedNames {
        let names = |r: &AlumnusFile| {
            let mut all = vec![name_words(&r.name).join(" ")];
            all.extend(r.former_names.iter().map(|n| name_words(n).join(" ")));
            all.extend(r.name_latin.iter().map(|n| name_words(n).join(" ")));
            all
        };
        let listed: HashSet<String> = alumni
            .iter()
            .filter(|a| a.record.consent.listed)
            .flat_map(|a| names(&a.record))
            .collect();
        let names: HashSet<String> = alumni
            .iter()
            .filter(|a| !a.record.consent.listed)
            .flat_map(|a| names(&a.record))
            .filter(|n| !listed.contains(n))
            .filter(|n| {
                let cjk = n.chars().all(unspaced) && (2..=6).contains(&n.chars().count());
                n.contains(' ') || cjk
            })
            .collect();
        let longest = names
            .iter()
            .map(|n| n.split(' ').count())
            .max()
            .unwrap_or(0)
            .min(6);
        UnlistedNames { names, longest }
    }

    pub(super) fn of(names: &[&str]) -> UnlistedNames {
        UnlistedNames {
            names: names.iter().map(|n| n.to_string()).collect(),
            longest: 2,
        }
    }

    /// Whether `text` holds one of the names, as whole words.
    pub(super) fn named_in(&self, text: &str) -> bool {
        if self.names.is_empty() || text.is_empty() {
            return false;
        }
        let words = name_words(text);
        for i in 0..words.len() {
            let mut run = words[i].clone();
            for next in words
                .iter()
                .skip(i + 1)
                .take(self.longest.saturating_sub(1))
            {
                run.push(' ');
                run.push_str(next);
                if self.names.contains(&run) {
                    return true;
                }
            }
        }
        // Runs of characters of unspaced scripts: every stretch of two to six.
        let chars: Vec<char> = text.chars().collect();
        let mut start = 0;
        while start < chars.len() {
            if !unspaced(chars[start]) {
                start += 1;
                continue;
            }
            let end = (start..chars.len())
                .find(|&k| !unspaced(chars[k]))
                .unwrap_or(chars.len());
            for a in start..end {
                for b in a + 2..=(a + 6).min(end) {
                    if self.names.contains(&chars[a..b].iter().collect::<String>()) {
                        return true;
                    }
                }
            }
            start = end;
        }
        false
    }
}

impl Validator<'_> {
    /// A problem when a published text names somebody who is not listed. The message does not
    /// repeat the name: checker output ends up in public CI logs.
    pub(super) fn names_nobody_unlisted(
        &mut self,
        at: &At,
        field: &[Seg],
        text: &str,
        refs: &Refs,
    ) {
        if refs.unlisted.named_in(text) {
            self.report(
                at,
                field,
                Bad::new(
                    "this text names a person who is not listed in the directory".into(),
                    "Take the name out: someone who chose not to be listed is never named on the site. (The name is not repeated here, as these messages can be read in public logs; the people concerned have \"listed\": false in content/alumni/.)".into(),
                ),
            );
        }
    }
}

/// Alumni ids for a reference: any record's id is known, but only listed people's ids are
/// offered as "did you mean": the hint must not print an unlisted person's id.
pub(super) struct AlumniIds<'a> {
    all: &'a HashSet<String>,
    listed: &'a HashMap<String, String>,
}

impl Known for AlumniIds<'_> {
    fn has(&self, id: &str) -> bool {
        self.all.contains(id)
    }
    fn ids(&self) -> Vec<&str> {
        self.listed.keys().map(String::as_str).collect()
    }
}

impl Refs {
    pub(super) fn alumni_ids(&self) -> AlumniIds<'_> {
        AlumniIds {
            all: &self.alumni,
            listed: &self.listed,
        }
    }
}
