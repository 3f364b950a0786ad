//! Directory facets: AND across dimensions, OR within one, and for every value the number of
//! people it would show given the query and the *other* dimensions' choices. Plain Rust, tested
//! natively.

use crate::model::PublicAlumnus;
use crate::vocab::vocabulary;
use std::collections::BTreeMap;

vocabulary! {
    /// A facet dimension. The order is the one the page shows them in; the name is the one
    /// the address and `meta.json` use.
    pub enum Dimension {
        Decade = "decade",
        Year = "year",
        College = "college",
        Department = "department",
        Major = "major",
        Degree = "degree",
        Country = "country",
        City = "city",
        Industry = "industry",
        Mentor = "mentor",
        Chapter = "chapter",
    }
}

impl Dimension {
    /// The dimension this one narrows (a department lies in a college, a major in a
    /// department, a city in a country), whose choice it follows.
    pub fn parent(self) -> Option<Dimension> {
        match self {
            Dimension::Department => Some(Dimension::College),
            Dimension::Major => Some(Dimension::Department),
            Dimension::City => Some(Dimension::Country),
            Dimension::Decade
            | Dimension::Year
            | Dimension::College
            | Dimension::Degree
            | Dimension::Country
            | Dimension::Industry
            | Dimension::Mentor
            | Dimension::Chapter => None,
        }
    }
}

/// The values one person has in a dimension, as (id, label).
pub fn values(p: &PublicAlumnus, dim: Dimension) -> Vec<(String, String)> {
    let one = |id: String, label: String| vec![(id, label)];
    match dim {
        Dimension::Decade => {
            let d = p.class_year - p.class_year.rem_euclid(10);
            one(d.to_string(), format!("{d}s"))
        }
        Dimension::Year => one(p.class_year.to_string(), p.class_year.to_string()),
        Dimension::College => one(p.study.college.clone(), p.study.college_name.clone()),
        Dimension::Department => one(p.study.department.clone(), p.study.department_name.clone()),
        Dimension::Major => one(p.study.major.clone(), p.study.major_name.clone()),
        Dimension::Degree => one(p.degree.clone(), p.degree.clone()),
        Dimension::Country => p
            .country
            .iter()
            .map(|c| (c.code.clone(), c.name.clone()))
            .collect(),
        // A city is named with its country: "Cambridge" is in more than one.
        Dimension::City => match (&p.city, &p.country) {
            (Some(city), Some(c)) => one(format!("{}:{city}", c.code), city.clone()),
            (Some(city), None) => one(format!(":{city}"), city.clone()),
            _ => Vec::new(),
        },
        Dimension::Industry => p
            .industry
            .iter()
            .map(|i| (i.id.clone(), i.name.clone()))
            .collect(),
        Dimension::Mentor => p
            .mentor
            .iter()
            .map(|_| ("yes".to_string(), "Mentors".to_string()))
            .collect(),
        Dimension::Chapter => p
            .chapters
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect(),
    }
}

/// Chosen values per dimension.
pub type Selection = BTreeMap<Dimension, Vec<String>>;

/// Whether a person passes every chosen dimension except `skip`.
pub fn passes(p: &PublicAlumnus, chosen: &Selection, skip: Option<Dimension>) -> bool {
    chosen.iter().all(|(&dim, wanted)| {
        Some(dim) == skip
            || wanted.is_empty()
            || values(p, dim).iter().any(|(id, _)| wanted.contains(id))
    })
}

/// One value of a facet with its count.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Count {
    pub id: String,
    pub label: String,
    pub count: usize,
}

/// For every dimension, every value that occurs in `all` (in a fixed order that never changes
/// with the choices), with how many of `matched` (indexes of people matching the query) pass the
/// other dimensions' choices and have that value.
pub fn counts(
    all: &[PublicAlumnus],
    matched: &[usize],
    chosen: &Selection,
) -> Vec<(Dimension, Vec<Count>)> {
    Dimension::ALL
        .into_iter()
        .map(|dim| {
            let mut table: BTreeMap<String, Count> = BTreeMap::new();
            for p in all {
                for (id, label) in values(p, dim) {
                    table.entry(id.clone()).or_insert(Count {
                        id,
                        label,
                        count: 0,
                    });
                }
            }
            for &i in matched {
                let p = &all[i];
                if passes(p, chosen, Some(dim)) {
                    for (id, _) in values(p, dim) {
                        if let Some(c) = table.get_mut(&id) {
                            c.count += 1;
                        }
                    }
                }
            }
            let mut list: Vec<Count> = table.into_values().collect();
            in_order(dim, &mut list, |c| c);
            (dim, list)
        })
        .collect()
}

/// Every value of `dim` that occurs in `all`, in `counts`' order, with its count and the
/// people (indexes into `all`, ascending) who have it: `counts` of everyone with nothing
/// chosen, in one pass, for the index writer.
pub fn members(all: &[PublicAlumnus], dim: Dimension) -> Vec<(Count, Vec<u32>)> {
    let mut table: BTreeMap<String, (Count, Vec<u32>)> = BTreeMap::new();
    for (i, p) in all.iter().enumerate() {
        for (id, label) in values(p, dim) {
            let (count, people) = match table.get_mut(&id) {
                Some(entry) => entry,
                None => table.entry(id.clone()).or_insert((
                    Count {
                        id,
                        label,
                        count: 0,
                    },
                    Vec::new(),
                )),
            };
            count.count += 1;
            people.push(i as u32);
        }
    }
    let mut list: Vec<(Count, Vec<u32>)> = table.into_values().collect();
    in_order(dim, &mut list, |(c, _)| c);
    list
}

/// Years and decades newest first; names alphabetically (`list` comes in id order).
fn in_order<T>(dim: Dimension, list: &mut [T], count: impl Fn(&T) -> &Count) {
    if matches!(dim, Dimension::Year | Dimension::Decade) {
        list.reverse();
    } else {
        list.sort_by(|a, b| count(a).label.cmp(&count(b).label));
    }
}

/// The selection as it appears in the address: `college=science&industry=finance,software`.
pub fn to_query(chosen: &Selection) -> Vec<String> {
    chosen
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(d, v)| crate::routes::param(d.name(), v))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_form_round_trips() {
        let mut chosen = Selection::new();
        chosen.insert(
            Dimension::Industry,
            vec!["finance".into(), "software".into()],
        );
        chosen.insert(Dimension::Decade, vec!["1990".into()]);
        assert_eq!(
            to_query(&chosen),
            vec!["decade=1990", "industry=finance,software"]
        );
        chosen.insert(Dimension::City, vec!["GB:London".into()]);
        assert_eq!(to_query(&chosen)[1], "city=GB%3ALondon");
    }

    /// People who differ in every dimension, some in none (no city, no industry…).
    fn people() -> Vec<PublicAlumnus> {
        use crate::model::*;
        let cities = [("GB", "London"), ("CA", "London"), ("CN", "上海"), ("", "")];
        (0..60)
            .map(|i: usize| {
                let named = |s: String| Named {
                    id: s.to_lowercase(),
                    name: s,
                };
                let (cc, city) = cities[i % cities.len()];
                PublicAlumnus {
                    id: format!("p{i}"),
                    name: format!("P{i}"),
                    name_latin: None,
                    former_names: vec![],
                    nickname: None,
                    name_keys: vec![],
                    class_year: 1968 + (i as i32 * 7) % 55,
                    degree: ["BA", "MSc", "PhD"][i % 3].into(),
                    study: Study {
                        college: format!("c{}", i % 4),
                        department: format!("d{}", i % 5),
                        major: format!("m{}", i % 7),
                        college_name: format!("College {}", 4 - i % 4),
                        department_name: format!("Dept {}", i % 5),
                        major_name: format!("Major {}", i % 7),
                    },
                    city: (!city.is_empty()).then(|| city.into()),
                    country: (!cc.is_empty() && i % 5 != 0).then(|| Country {
                        code: cc.into(),
                        name: cc.into(),
                    }),
                    employer: None,
                    job_title: None,
                    industry: (i % 3 != 0).then(|| named(format!("Ind{}", i % 6))),
                    bio: None,
                    photo: None,
                    chapters: (0..i % 3)
                        .map(|k| named(format!("Ch{}", (i + k) % 4)))
                        .collect(),
                    mentor: (i % 4 == 0).then(|| Mentoring {
                        capacity: 1,
                        topics: vec![],
                        languages: vec![],
                        previous_industry: None,
                    }),
                    contact: None,
                }
            })
            .collect()
    }

    #[test]
    fn members_are_the_counts_of_everyone_with_nothing_chosen() {
        let all = people();
        let everyone: Vec<usize> = (0..all.len()).collect();
        for (dim, counts) in counts(&all, &everyone, &Selection::new()) {
            let members = members(&all, dim);
            let got: Vec<&Count> = members.iter().map(|(c, _)| c).collect();
            assert_eq!(got, counts.iter().collect::<Vec<_>>(), "{dim:?}");
            for (c, people) in &members {
                assert_eq!(people.len(), c.count, "{dim:?} {}", c.id);
                assert!(people.is_sorted(), "{dim:?} {}", c.id);
            }
        }
    }
}
