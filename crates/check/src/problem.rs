//! One problem in the content, written for the member of staff who has to fix it.

use std::fmt;

/// A problem with a content file. Printed as one line:
/// `file:line:col: collection → record: field: what is wrong. What to do.`
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Path as given on the command line, e.g. `content/events/spring-reunion.json`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub collection: &'static str,
    /// The record's id, when it could be read.
    pub record: Option<String>,
    /// The field, as `venue.country` or `photos[2].file`.
    pub field: Option<String>,
    /// What is wrong, without a final full stop.
    pub message: String,
    /// What to do about it: one or two sentences.
    pub hint: String,
}

impl Problem {
    /// A problem with a file as a whole (unreadable, not JSON, not one record), at
    /// (line, column): no record or field can be named.
    pub fn whole_file(
        file: String,
        (line, column): (usize, usize),
        collection: &'static str,
        message: String,
        hint: String,
    ) -> Problem {
        Problem {
            file,
            line,
            column,
            collection,
            record: None,
            field: None,
            message,
            hint,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.collection
        )?;
        if let Some(record) = &self.record {
            write!(f, " → {record}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}.", self.message)?;
        if !self.hint.is_empty() {
            write!(f, " {}", self.hint)?;
        }
        Ok(())
    }
}

/// The nearest of `candidates` to `word`, when it is near enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// `"a", "b" or "c"`, for hints that list the allowed values.
pub fn one_of<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = values.into_iter().map(|v| format!("\"{v}\"")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// "Did you mean "x"? " when a near candidate exists, otherwise "".
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    nearest(word, candidates)
        .map(|n| format!("Did you mean \"{n}\"? "))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_near_words() {
        let fields = ["starts_at", "ends_at", "time_zone", "title"];
        assert_eq!(nearest("strats_at", fields), Some("starts_at"));
        assert_eq!(nearest("timezone", fields), Some("time_zone"));
        assert_eq!(nearest("colour", fields), None);
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(one_of(["a"]), "\"a\"");
        assert_eq!(one_of(["a", "b", "c"]), "\"a\", \"b\" or \"c\"");
    }
}
