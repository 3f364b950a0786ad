//! serde_json reports what went wrong only as English text (its `Category` says "data" or
//! "syntax", not which rule broke). This is the one place that reads that text back into meaning;
//! if a serde_json release rewords a message, the table test below fails first.

/// What a serde_json error says, without its " at line L column C".
#[derive(Debug, PartialEq, Eq)]
pub enum SerdeText {
    UnknownField {
        name: String,
        allowed: Vec<String>,
    },
    MissingField {
        name: String,
    },
    UnknownVariant {
        name: String,
        allowed: Vec<String>,
    },
    /// `invalid type` or `invalid value`: what came, and serde's word for what was expected.
    Invalid {
        got: String,
        expected: String,
    },
    TrailingComma,
    KeyNotString,
    EndOfFile,
    ControlCharacter,
    /// Anything else, as serde wrote it.
    Other(String),
}

/// Reads one serde_json message (with or without its position).
pub fn classify(message: &str) -> SerdeText {
    let text = strip_position(message);
    if let Some(rest) = text.strip_prefix("unknown field `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        return SerdeText::UnknownField {
            name: name.to_string(),
            allowed: backticked(expected),
        };
    }
    if let Some(rest) = text.strip_prefix("missing field `") {
        return SerdeText::MissingField {
            name: rest.trim_end_matches('`').to_string(),
        };
    }
    if let Some(rest) = text.strip_prefix("unknown variant `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        return SerdeText::UnknownVariant {
            name: name.to_string(),
            allowed: backticked(expected),
        };
    }
    if let Some(rest) = text
        .strip_prefix("invalid type: ")
        .or_else(|| text.strip_prefix("invalid value: "))
    {
        let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return SerdeText::Invalid {
            got: got.to_string(),
            expected: expected.to_string(),
        };
    }
    if text.contains("trailing comma") {
        SerdeText::TrailingComma
    } else if text.contains("key must be a string") {
        SerdeText::KeyNotString
    } else if text.contains("EOF") {
        SerdeText::EndOfFile
    } else if text.contains("control character") {
        SerdeText::ControlCharacter
    } else {
        SerdeText::Other(text.to_string())
    }
}

/// The message without serde's " at line L column C" (the checker gives its own position).
pub fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(p) => &message[..p],
        None => message,
    }
}

fn backticked(s: &str) -> Vec<String> {
    s.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Record {
        title: String,
        year: i32,
        kind: Kind,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Reunion,
        CareerTalk,
    }

    /// The messages serde_json really writes today, read back.
    #[test]
    fn serde_json_messages_are_recognised() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let table: &[(&str, SerdeText)] = &[
            (
                r#"{"title": "a", "year": 1, "kind": "reunion", "titel": 1}"#,
                SerdeText::UnknownField {
                    name: "titel".into(),
                    allowed: s(&["title", "year", "kind"]),
                },
            ),
            (
                r#"{"title": "a", "kind": "reunion"}"#,
                SerdeText::MissingField {
                    name: "year".into(),
                },
            ),
            (
                r#"{"title": "a", "year": 1, "kind": "party"}"#,
                SerdeText::UnknownVariant {
                    name: "party".into(),
                    allowed: s(&["reunion", "career_talk"]),
                },
            ),
            (
                r#"{"title": "a", "year": "1998", "kind": "reunion"}"#,
                SerdeText::Invalid {
                    got: "string \"1998\"".into(),
                    expected: "i32".into(),
                },
            ),
            (
                r#"{"title": "a", "year": 1, "kind": "reunion",}"#,
                SerdeText::TrailingComma,
            ),
            (r#"{title: "a"}"#, SerdeText::KeyNotString),
            (r#"{"title": "a""#, SerdeText::EndOfFile),
            ("{\"title\": \"a\nb\"}", SerdeText::ControlCharacter),
        ];
        for (json, want) in table {
            let err = serde_json::from_str::<Record>(json).unwrap_err();
            assert_eq!(&classify(&err.to_string()), want, "{json}");
        }
    }

    #[test]
    fn unknown_text_is_kept() {
        assert_eq!(
            classify("something new at line 1 column 2"),
            SerdeText::Other("something new".into())
        );
    }
}
