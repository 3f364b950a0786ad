//! Finds where a field sits in a JSON text, so that a problem found after parsing (a dangling
//! reference, an impossible date) still names the exact line and column.
//!
//! serde_json does not keep spans, so this walks the text once along the path. It assumes the text
//! is valid JSON (the checker parses it first) and falls back to the deepest part of the path it
//! could find.

/// One step of a path into a JSON document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl Seg {
    pub fn key(k: &str) -> Seg {
        Seg::Key(k.to_string())
    }
}

/// A path written as `venue.country` or `photos[3].file`.
pub fn display_path(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Line and column (both from 1, column in characters) of the value at `path`.
pub fn locate(src: &str, path: &[Seg]) -> (usize, usize) {
    let mut walker = Walker {
        s: src.as_bytes(),
        i: 0,
    };
    walker.ws();
    let offset = walker.find(path).unwrap_or(walker.i);
    line_col(src, offset)
}

/// Line and column (from 1, column in characters) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = &src[..floor_char_boundary(src, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|p| p + 1).unwrap_or(0);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Byte offset of a line and column as serde_json reports them (column counted in bytes).
pub fn offset_of(src: &str, line: usize, byte_col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match src[start..].find('\n') {
            Some(p) => start += p + 1,
            None => break,
        }
    }
    (start + byte_col.saturating_sub(1)).min(src.len())
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

struct Walker<'a> {
    s: &'a [u8],
    i: usize,
}

impl Walker<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    /// With `self.i` at the start of a value: the offset of the value at `path` below it, or
    /// `None` when the path does not exist (then `self.i` is left at the deepest value found).
    fn find(&mut self, path: &[Seg]) -> Option<usize> {
        let Some((first, rest)) = path.split_first() else {
            return Some(self.i);
        };
        let here = self.i;
        match (first, self.peek()) {
            (Seg::Key(want), Some(b'{')) => {
                self.i += 1;
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        break;
                    }
                    let key = self.string();
                    self.ws();
                    self.i += 1; // ':'
                    self.ws();
                    if key == *want {
                        return self.find(rest).or(Some(self.i));
                    }
                    self.skip_value();
                    self.ws();
                    if self.peek() == Some(b',') {
                        self.i += 1;
                    }
                }
            }
            (Seg::Index(want), Some(b'[')) => {
                self.i += 1;
                let mut n = 0;
                loop {
                    self.ws();
                    if matches!(self.peek(), Some(b']') | None) {
                        break;
                    }
                    if n == *want {
                        return self.find(rest).or(Some(self.i));
                    }
                    self.skip_value();
                    self.ws();
                    if self.peek() == Some(b',') {
                        self.i += 1;
                    }
                    n += 1;
                }
            }
            _ => {}
        }
        self.i = here;
        None
    }

    fn string(&mut self) -> String {
        let start = self.i + 1;
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                b'\\' => self.i += 1,
                b'"' => break,
                _ => {}
            }
        }
        let raw = &self.s[start..self.i.saturating_sub(1).max(start)];
        let text = String::from_utf8_lossy(raw);
        serde_json::from_str::<String>(&format!("\"{text}\"")).unwrap_or_else(|_| text.into_owned())
    }

    fn skip_value(&mut self) {
        match self.peek() {
            Some(b'"') => {
                self.string();
            }
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                while let Some(c) = self.peek() {
                    match c {
                        b'"' => {
                            self.string();
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.i += 1;
                                return;
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            _ => {
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                        break;
                    }
                    self.i += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"id\": \"x\",\n  \"tags\": [\"a\", {\"k\": \"ü\"}],\n  \"venue\": {\n    \"name\": \"Hall \\\"A\\\"\",\n    \"country\": \"XX\"\n  }\n}\n";

    #[test]
    fn finds_nested_keys_and_indexes() {
        assert_eq!(locate(DOC, &[Seg::key("id")]), (2, 9));
        assert_eq!(
            locate(DOC, &[Seg::key("venue"), Seg::key("country")]),
            (6, 16)
        );
        assert_eq!(
            locate(DOC, &[Seg::key("tags"), Seg::Index(1), Seg::key("k")]),
            (3, 23)
        );
        assert_eq!(locate(DOC, &[Seg::key("tags"), Seg::Index(0)]), (3, 12));
    }

    #[test]
    fn falls_back_to_the_deepest_existing_part() {
        assert_eq!(locate(DOC, &[Seg::key("venue"), Seg::key("lat")]), (4, 12));
        assert_eq!(locate(DOC, &[Seg::key("nope")]), (1, 1));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let doc = "{\"ü\": 1, \"b\": 2}";
        assert_eq!(locate(doc, &[Seg::key("b")]), (1, 15));
    }

    #[test]
    fn paths_read_like_field_names() {
        let path = [Seg::key("photos"), Seg::Index(3), Seg::key("file")];
        assert_eq!(display_path(&path), "photos[3].file");
    }
}
