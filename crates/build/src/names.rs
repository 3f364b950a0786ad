//! Name forms for search, made at build time so the browser needs no pinyin tables.

use pinyin::ToPinyinMulti;

/// At most this many reading combinations per name (a name of three characters with two
/// readings each has eight).
const MAX_COMBINATIONS: usize = 16;

/// For a name written in hanzi: every reading combination as "wang xiao ming",
/// "wang xiaoming" (family name, then the given name as one word), "wangxiaoming" and the
/// initials "wxm". Empty for a name with no hanzi.
pub fn pinyin_keys(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().filter(|c| !c.is_whitespace()).collect();
    let mut readings: Vec<Vec<&'static str>> = Vec::new();
    for c in &chars {
        match c.to_pinyin_multi() {
            Some(multi) => {
                let mut r: Vec<&'static str> = multi.into_iter().map(|p| p.plain()).collect();
                r.dedup();
                readings.push(r);
            }
            None => return Vec::new(),
        }
    }
    if readings.is_empty() {
        return Vec::new();
    }
    let mut combos: Vec<Vec<&'static str>> = vec![Vec::new()];
    for options in &readings {
        let mut next = Vec::new();
        for combo in &combos {
            for r in options {
                if next.len() < MAX_COMBINATIONS {
                    let mut c = combo.clone();
                    c.push(*r);
                    next.push(c);
                }
            }
        }
        combos = next;
    }
    let mut keys = Vec::new();
    for syllables in combos {
        let spaced = syllables.join(" ");
        let given = syllables[1..].concat();
        let family_given = if given.is_empty() {
            spaced.clone()
        } else {
            format!("{} {given}", syllables[0])
        };
        let joined = syllables.concat();
        let initials: String = syllables.iter().filter_map(|s| s.chars().next()).collect();
        for key in [spaced, family_given, joined, initials] {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_forms() {
        let keys = pinyin_keys("王小明");
        for want in ["wang xiao ming", "wang xiaoming", "wangxiaoming", "wxm"] {
            assert!(keys.contains(&want.to_string()), "{want} in {keys:?}");
        }
        assert!(pinyin_keys("Anna Smith").is_empty());
    }

    #[test]
    fn every_reading_of_a_character_is_indexed() {
        let keys = pinyin_keys("曾丽");
        assert!(keys.contains(&"zeng li".to_string()), "{keys:?}");
        assert!(keys.contains(&"ceng li".to_string()), "{keys:?}");
        let keys = pinyin_keys("单伟");
        assert!(
            keys.contains(&"shan wei".to_string()) && keys.contains(&"dan wei".to_string()),
            "{keys:?}"
        );
    }
}
