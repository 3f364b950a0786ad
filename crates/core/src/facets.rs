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
            // Years and decades newest first; names alphabetically.
            if matches!(dim, Dimension::Year | Dimension::Decade) {
                list.reverse();
            } else {
                list.sort_by(|a, b| a.label.cmp(&b.label));
            }
            (dim, list)
        })
        .collect()
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
}
