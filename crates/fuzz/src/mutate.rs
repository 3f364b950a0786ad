//! Random inputs from seeds: a small fast generator and mutations that keep enough of a seed's
//! shape (JSON, binary index files) to reach past the first check.

/// xorshift64*: fast, deterministic, good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Pieces worth splicing into JSON and text: extremes, odd Unicode, markup, structure.
pub const PIECES: &[&str] = &[
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    "\\uDFFF",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "null",
    "true",
    "-1",
    "0",
    "1e309",
    "-0",
    "18446744073709551616",
    "2147483648",
    "-2147483649",
    "255",
    "256",
    "1.5",
    "\u{0}",
    "\u{feff}",
    "\u{200d}",
    "\u{202e}",
    "\u{2028}",
    "é",
    "e\u{301}",
    "ß",
    "İ",
    "ﬁ",
    "王",
    "𠀋",
    "🧑🏽‍🎓",
    "\u{10ffff}",
    "\r\n",
    "\t",
    " ",
    "%",
    "%zz",
    "%e9",
    "<script>",
    "javascript:",
    "https://",
    "mailto:",
    "//",
    "..",
    "../",
    "/",
    "@",
    "#",
    "?",
    "&",
    "=",
    "\"id\"",
    "\"name\"",
    "\"consent\"",
    "\"listed\"",
    "\"public\"",
    "\"photos\"",
    "\"file\"",
    "\"starts_at\"",
    "\"time_zone\"",
    "\"Europe/London\"",
    "\"2026-03-29T01:30\"",
    "\"2026-02-30\"",
    "\"1968-13\"",
    "\"T\"",
    "\"#1f3a5f\"",
    "\"GB\"",
    "\"gb\"",
    "\"physics\"",
    "\"ada-lovelace\"",
    "\"wang-fang\"",
    "\"reunion-1975/hall\"",
    "\"founding\"",
    "\"mentor\"",
    "\"mentoring\"",
    "\"a--b\"",
    "\"\"",
    "[]",
    "{}",
    "[[[[[[[[[[",
    "]]]]]]]]]]",
    "1968",
    "2100",
    "2101",
    "1949",
];

/// A mutation of `seed`: one to four edits.
pub fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(8) {
            // Flip a bit.
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            // Set a byte to an interesting value.
            1 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] = *rng.pick(&[0, 1, 0x7f, 0x80, 0xff, b'"', b'\\', b'{', b'0', b'9']);
            }
            // Cut a run out.
            2 => {
                let len = rng.below(out.len() - at + 1).min(64);
                out.drain(at..at + len);
            }
            // Repeat a run.
            3 if !out.is_empty() => {
                let from = rng.below(out.len());
                let len = rng.below(out.len() - from + 1).min(32);
                let run: Vec<u8> = out[from..from + len].to_vec();
                out.splice(at..at, run);
            }
            // Cut the end off.
            4 => out.truncate(at),
            // Splice in a piece.
            _ => {
                let piece = rng.pick(PIECES).as_bytes();
                out.splice(at..at, piece.iter().copied());
            }
        }
    }
    out
}

/// A random string for queries: pieces, letters of many scripts, separators.
pub fn text(rng: &mut Rng) -> String {
    const LETTERS: &[&str] = &[
        "a",
        "e",
        "n",
        "s",
        "w",
        "x",
        "z",
        "an",
        "ang",
        "wang",
        "li",
        "smith",
        "jones",
        "ø",
        "ł",
        "é",
        "ü",
        "ß",
        "æ",
        "王",
        "小",
        "明",
        "李",
        "さ",
        "ク",
        "김",
        "д",
        "ж",
        "λ",
        "ب",
        "क",
        "-",
        "'",
        ".",
        ",",
        " ",
        "  ",
        "\t",
        "*",
        "\"",
        "~",
        "1998",
        "0",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ];
    let mut s = String::new();
    for _ in 0..rng.below(8) {
        if rng.below(4) == 0 {
            let piece = rng.pick::<&str>(PIECES);
            s.push_str(piece);
        } else {
            let letters = rng.pick::<&str>(LETTERS);
            s.push_str(letters);
        }
    }
    s
}
