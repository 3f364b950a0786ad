//! "Find a mentor": ranks listed alumni who offer mentoring against what a reader asks for, and
//! says why each one is suggested. Plain Rust, tested natively with a table of cases.
//!
//! Cross-industry suggestions are included on purpose: after the best matches, up to two mentors
//! from industries the reader did not pick are shown, each with the reason it may help.

use crate::model::{PublicAlumnus, Stage};

/// What the reader is looking for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Wish {
    /// Industry ids the reader is interested in.
    pub industries: Vec<String>,
    /// Where the reader is in their career.
    pub stage: Option<Stage>,
    /// ISO country code.
    pub country: Option<String>,
    pub city: Option<String>,
    pub language: Option<String>,
}

/// Why a mentor is suggested.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    SameIndustry(String),
    /// Moved from one industry to another: (from, to).
    ChangedIndustry(String, String),
    SameCity(String),
    SameCountry(String),
    Speaks(String),
    /// A different view, from an industry the reader did not pick.
    OtherIndustry(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub id: String,
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// How many of the best matches come before the cross-industry suggestions.
const FIRST: usize = 3;
/// Cross-industry suggestions included on purpose.
const CROSS: usize = 2;

/// Mentors ranked for `wish`: best first, with at most `limit` suggestions.
pub fn rank(people: &[PublicAlumnus], wish: &Wish, limit: usize) -> Vec<Suggestion> {
    let mut matched = Vec::new();
    let mut others = Vec::new();
    for p in people {
        let Some(m) = &p.mentor else { continue };
        let industry = p.industry.as_ref();
        let mut reasons = Vec::new();
        let mut score = 0;
        let wants = |id: &str| wish.industries.iter().any(|w| w == id);
        if let Some(i) = industry.filter(|i| wants(&i.id)) {
            score += 30;
            reasons.push(Reason::SameIndustry(i.name.clone()));
        }
        if let (Some(prev), Some(now)) = (&m.previous_industry, industry) {
            // A move is worth most to someone changing careers, and when it touches their interests.
            let relevant =
                wants(&now.id) || wants(&prev.id) || wish.stage == Some(Stage::CareerChange);
            if relevant {
                score += if wish.stage == Some(Stage::CareerChange) {
                    25
                } else {
                    5
                };
                reasons.push(Reason::ChangedIndustry(prev.name.clone(), now.name.clone()));
            }
        }
        let same_country = wish
            .country
            .as_ref()
            .is_some_and(|c| p.country.as_ref().is_some_and(|pc| &pc.code == c));
        let same_city = same_country
            && wish.city.as_ref().is_some_and(|c| {
                p.city
                    .as_ref()
                    .is_some_and(|pc| crate::search::fold(pc) == crate::search::fold(c))
            });
        if same_city {
            score += 20;
            reasons.push(Reason::SameCity(p.city.clone().unwrap_or_default()));
        } else if same_country {
            score += 10;
            reasons.push(Reason::SameCountry(
                p.country
                    .as_ref()
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
            ));
        }
        if let Some(lang) = &wish.language {
            if let Some(spoken) = m.languages.iter().find(|l| l.eq_ignore_ascii_case(lang)) {
                score += 15;
                reasons.push(Reason::Speaks(spoken.clone()));
            }
        }
        // More room to take mentees ranks a little higher among equals.
        score += m.capacity as u32;
        let picked_industry = industry.is_some_and(|i| wants(&i.id));
        if !picked_industry && !wish.industries.is_empty() {
            if let Some(i) = industry {
                let mut reasons = reasons;
                reasons.push(Reason::OtherIndustry(i.name.clone()));
                others.push(Suggestion {
                    id: p.id.clone(),
                    score,
                    reasons,
                });
            }
        } else {
            matched.push(Suggestion {
                id: p.id.clone(),
                score,
                reasons,
            });
        }
    }
    let order = |a: &Suggestion, b: &Suggestion| b.score.cmp(&a.score).then(a.id.cmp(&b.id));
    matched.sort_by(order);
    others.sort_by(order);
    // The best matches, then a couple of different views, then the rest of the matches.
    let mut out: Vec<Suggestion> = matched.iter().take(FIRST).cloned().collect();
    let mut seen_industries = Vec::new();
    for o in others {
        if out.len() >= FIRST + CROSS || seen_industries.len() >= CROSS {
            break;
        }
        let industry = match o.reasons.last() {
            Some(Reason::OtherIndustry(i)) => i.clone(),
            _ => continue,
        };
        if !seen_industries.contains(&industry) {
            seen_industries.push(industry);
            out.push(o);
        }
    }
    out.extend(matched.into_iter().skip(FIRST));
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Mentoring, Named, Study};

    fn mentor(
        id: &str,
        industry: &str,
        previous: Option<&str>,
        country: &str,
        city: &str,
        languages: &[&str],
        capacity: u8,
    ) -> PublicAlumnus {
        let named = |s: &str| Named {
            id: s.into(),
            name: s[..1].to_uppercase() + &s[1..],
        };
        PublicAlumnus {
            id: id.into(),
            name: id.into(),
            name_latin: None,
            former_names: vec![],
            nickname: None,
            name_keys: vec![],
            class_year: 2000,
            degree: "BA".into(),
            study: Study {
                college: "c".into(),
                department: "d".into(),
                major: "m".into(),
                college_name: "C".into(),
                department_name: "D".into(),
                major_name: "M".into(),
            },
            city: Some(city.into()),
            country: Some(Country {
                code: country.into(),
                name: country.into(),
            }),
            employer: None,
            job_title: None,
            industry: Some(named(industry)),
            bio: None,
            photo: None,
            chapters: vec![],
            mentor: Some(Mentoring {
                capacity,
                topics: vec![],
                languages: languages.iter().map(|s| s.to_string()).collect(),
                previous_industry: previous.map(named),
            }),
            contact: None,
        }
    }

    fn people() -> Vec<PublicAlumnus> {
        let mut plain = mentor("not-a-mentor", "finance", None, "GB", "London", &[], 1);
        plain.mentor = None;
        vec![
            mentor(
                "ana-finance-london",
                "finance",
                None,
                "GB",
                "London",
                &["English"],
                2,
            ),
            mentor(
                "ben-finance-paris",
                "finance",
                None,
                "FR",
                "Paris",
                &["French", "English"],
                1,
            ),
            mentor(
                "chen-engineer-to-finance",
                "finance",
                Some("engineering"),
                "CN",
                "Shanghai",
                &["Mandarin", "English"],
                2,
            ),
            mentor(
                "dara-software",
                "software",
                None,
                "GB",
                "Manchester",
                &["English"],
                3,
            ),
            mentor(
                "eli-health",
                "healthcare",
                None,
                "GB",
                "London",
                &["English"],
                1,
            ),
            mentor("fay-law", "law", None, "US", "Boston", &["English"], 1),
            plain,
        ]
    }

    fn ids(s: &[Suggestion]) -> Vec<&str> {
        s.iter().map(|x| x.id.as_str()).collect()
    }

    #[test]
    fn ranking_table() {
        struct Case {
            wish: Wish,
            first: &'static str,
            reasons: Vec<Reason>,
        }
        let w = |industries: &[&str],
                 stage: Option<Stage>,
                 country: Option<&str>,
                 city: Option<&str>,
                 language: Option<&str>| Wish {
            industries: industries.iter().map(|s| s.to_string()).collect(),
            stage,
            country: country.map(str::to_string),
            city: city.map(str::to_string),
            language: language.map(str::to_string),
        };
        let cases = [
            Case {
                wish: w(&["finance"], None, Some("GB"), Some("london"), None),
                first: "ana-finance-london",
                reasons: vec![
                    Reason::SameIndustry("Finance".into()),
                    Reason::SameCity("London".into()),
                ],
            },
            Case {
                wish: w(&["finance"], Some(Stage::CareerChange), None, None, None),
                first: "chen-engineer-to-finance",
                reasons: vec![
                    Reason::SameIndustry("Finance".into()),
                    Reason::ChangedIndustry("Engineering".into(), "Finance".into()),
                ],
            },
            Case {
                wish: w(&["finance"], None, None, None, Some("mandarin")),
                first: "chen-engineer-to-finance",
                reasons: vec![
                    Reason::SameIndustry("Finance".into()),
                    Reason::ChangedIndustry("Engineering".into(), "Finance".into()),
                    Reason::Speaks("Mandarin".into()),
                ],
            },
            Case {
                wish: w(&["finance"], None, Some("FR"), None, None),
                first: "ben-finance-paris",
                reasons: vec![
                    Reason::SameIndustry("Finance".into()),
                    Reason::SameCountry("FR".into()),
                ],
            },
        ];
        for case in cases {
            let got = rank(&people(), &case.wish, 10);
            assert_eq!(
                got[0].id,
                case.first,
                "{:?} gave {:?}",
                case.wish,
                ids(&got)
            );
            assert_eq!(got[0].reasons, case.reasons, "{:?}", case.wish);
        }
    }

    #[test]
    fn cross_industry_suggestions_come_after_the_best_matches() {
        let wish = Wish {
            industries: vec!["finance".into()],
            country: Some("GB".into()),
            ..Wish::default()
        };
        let got = rank(&people(), &wish, 10);
        let order = ids(&got);
        assert_eq!(
            &order[..3],
            &[
                "ana-finance-london",
                "chen-engineer-to-finance",
                "ben-finance-paris"
            ]
        );
        // Two different views from two other industries, nearest first.
        assert_eq!(&order[3..5], &["dara-software", "eli-health"]);
        assert!(matches!(got[3].reasons.last(), Some(Reason::OtherIndustry(i)) if i == "Software"));
        assert!(got[3].reasons.contains(&Reason::SameCountry("GB".into())));
    }

    #[test]
    fn only_mentors_and_never_more_than_asked() {
        let got = rank(&people(), &Wish::default(), 3);
        assert_eq!(got.len(), 3);
        assert!(!ids(&rank(&people(), &Wish::default(), 20)).contains(&"not-a-mentor"));
    }
}
