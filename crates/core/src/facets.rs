//! Directory facets: AND across dimensions, OR within one, and for every value the number of
//! people it would show given the query and the *other* dimensions' choices. Plain Rust, tested
//! natively.

use crate::model::PublicAlumnus;
use std::collections::BTreeMap;

/// The dimensions, in the order the page shows them (and their names in the address).
pub const DIMENSIONS: [&str; 11] = [
    "decade",
    "year",
    "college",
    "department",
    "major",
    "degree",
    "country",
    "city",
    "industry",
    "mentor",
    "chapter",
];

/// The values one person has in a dimension, as (id, label).
pub fn values(p: &PublicAlumnus, dim: &str) -> Vec<(String, String)> {
    let one = |id: String, label: String| vec![(id, label)];
    match dim {
        "decade" => {
            let d = p.class_year - p.class_year.rem_euclid(10);
            one(d.to_string(), format!("{d}s"))
        }
        "year" => one(p.class_year.to_string(), p.class_year.to_string()),
        "college" => one(p.study.college.clone(), p.study.college_name.clone()),
        "department" => one(p.study.department.clone(), p.study.department_name.clone()),
        "major" => one(p.study.major.clone(), p.study.major_name.clone()),
        "degree" => one(p.degree.clone(), p.degree.clone()),
        "country" => p
            .country
            .iter()
            .map(|c| (c.code.clone(), c.name.clone()))
            .collect(),
        // A city is named with its country: "Cambridge" is in more than one.
        "city" => match (&p.city, &p.country) {
            (Some(city), Some(c)) => one(format!("{}:{city}", c.code), city.clone()),
            (Some(city), None) => one(format!(":{city}"), city.clone()),
            _ => Vec::new(),
        },
        "industry" => p
            .industry
            .iter()
            .map(|i| (i.id.clone(), i.name.clone()))
            .collect(),
        "mentor" => p
            .mentor
            .iter()
            .map(|_| ("yes".to_string(), "Mentors".to_string()))
            .collect(),
        "chapter" => p
            .chapters
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// Chosen values per dimension.
pub type Selection = BTreeMap<String, Vec<String>>;

/// Whether a person passes every chosen dimension except `skip`.
pub fn passes(p: &PublicAlumnus, chosen: &Selection, skip: Option<&str>) -> bool {
    chosen.iter().all(|(dim, wanted)| {
        Some(dim.as_str()) == skip
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
) -> Vec<(&'static str, Vec<Count>)> {
    DIMENSIONS
        .iter()
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
            if matches!(*dim, "year" | "decade") {
                list.reverse();
            } else {
                list.sort_by(|a, b| a.label.cmp(&b.label));
            }
            (*dim, list)
        })
        .collect()
}

/// The selection as it appears in the address: `college=science&industry=finance,software`.
pub fn to_query(chosen: &Selection) -> Vec<String> {
    DIMENSIONS
        .iter()
        .filter_map(|d| {
            chosen
                .get(*d)
                .filter(|v| !v.is_empty())
                .map(|v| crate::routes::param(d, v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_form_round_trips() {
        let mut chosen = Selection::new();
        chosen.insert("industry".into(), vec!["finance".into(), "software".into()]);
        chosen.insert("decade".into(), vec!["1990".into()]);
        assert_eq!(
            to_query(&chosen),
            vec!["decade=1990", "industry=finance,software"]
        );
        chosen.insert("city".into(), vec!["GB:London".into()]);
        assert_eq!(to_query(&chosen)[1], "city=GB%3ALondon");
    }
}
