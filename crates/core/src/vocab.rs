//! Closed vocabularies: the words content files may use for a kind, a tag or a filter, each an
//! enum. The interface names every variant in an exhaustive match (`i18n`), so a new word or a
//! new language cannot forget one; content files and addresses spell them as `name()` says.

/// A closed vocabulary: every enum `vocabulary!` declares is one, so code that checks or
/// offers words (the checker's "did you mean") works for all of them.
pub trait Vocabulary: Copy + 'static {
    /// Every value's name, in the order filters show them.
    const NAMES: &'static [&'static str];
    /// The value a content file or an address names, if it is one.
    fn from_name(name: &str) -> Option<Self>;
}

/// Declares an enum whose variants are written in content and addresses as the given names:
/// serde uses those names, and the enum gets `ALL`, `NAMES`, `name()` and `from_name()`.
macro_rules! vocabulary {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in the order filters show them.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];
            /// Every value's name, in the same order.
            pub const NAMES: [&'static str; [$($text),+].len()] = [$($text),+];

            /// Its name in content files and in addresses.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The value a content file or an address names, if it is one.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::vocab::Vocabulary for $name {
            const NAMES: &'static [&'static str] = &$name::NAMES;
            fn from_name(name: &str) -> Option<Self> {
                $name::from_name(name)
            }
        }
    };
}

pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use crate::model::*;

    /// Names round-trip through `from_name` and serde, and serde writes what `name()` says.
    fn round_trips<T>(all: &[T], name: fn(T) -> &'static str, from: fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        for &v in all {
            assert_eq!(from(name(v)), Some(v));
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{}\"", name(v)));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        }
        assert_eq!(from("not-a-word"), None);
    }

    #[test]
    fn every_vocabulary_round_trips() {
        round_trips(&EventKind::ALL, EventKind::name, EventKind::from_name);
        round_trips(&ChapterKind::ALL, ChapterKind::name, ChapterKind::from_name);
        round_trips(&TimelineTag::ALL, TimelineTag::name, TimelineTag::from_name);
        round_trips(&Category::ALL, Category::name, Category::from_name);
        round_trips(&Stage::ALL, Stage::name, Stage::from_name);
        round_trips(&Format::ALL, Format::name, Format::from_name);
        round_trips(
            &OpportunityKind::ALL,
            OpportunityKind::name,
            OpportunityKind::from_name,
        );
        assert_eq!(Stage::NAMES.len(), Stage::ALL.len());
    }
}
