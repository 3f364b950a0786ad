//! Directory facets (`homecoming_core::facets`) over the sample's published alumni.

mod common;

use common::sample;
use homecoming_core::facets::{counts, passes, Count, Dimension, Selection};

fn count(list: &[(Dimension, Vec<Count>)], dim: Dimension, id: &str) -> usize {
    list.iter()
        .find(|(d, _)| *d == dim)
        .unwrap()
        .1
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.count)
        .unwrap_or(0)
}

#[test]
fn counts_follow_the_other_dimensions_and_or_within_one() {
    let all = sample();
    let everyone: Vec<usize> = (0..all.len()).collect();
    let none = Selection::new();
    let base = counts(&all, &everyone, &none);
    let in_cn = all
        .iter()
        .filter(|p| p.country.as_ref().is_some_and(|c| c.code == "CN"))
        .count();
    assert_eq!(count(&base, Dimension::Country, "CN"), in_cn);

    // Choosing software narrows the countries' counts, not the industries'.
    let mut chosen = Selection::new();
    chosen.insert(Dimension::Industry, vec!["software".into()]);
    let c = counts(&all, &everyone, &chosen);
    let software_cn = all
        .iter()
        .filter(|p| {
            p.country.as_ref().is_some_and(|c| c.code == "CN")
                && p.industry.as_ref().is_some_and(|i| i.id == "software")
        })
        .count();
    assert_eq!(count(&c, Dimension::Country, "CN"), software_cn);
    assert_eq!(
        count(&c, Dimension::Industry, "finance"),
        count(&base, Dimension::Industry, "finance")
    );

    // OR within a dimension.
    chosen.insert(
        Dimension::Industry,
        vec!["software".into(), "finance".into()],
    );
    let passing = all.iter().filter(|p| passes(p, &chosen, None)).count();
    assert_eq!(
        passing,
        count(&base, Dimension::Industry, "software")
            + count(&base, Dimension::Industry, "finance")
    );
}

#[test]
fn values_keep_their_order_whatever_is_chosen() {
    let all = sample();
    let everyone: Vec<usize> = (0..all.len()).collect();
    let ids = |sel: &Selection| -> Vec<Vec<String>> {
        counts(&all, &everyone, sel)
            .into_iter()
            .map(|(_, l)| l.into_iter().map(|c| c.id).collect())
            .collect()
    };
    let mut chosen = Selection::new();
    chosen.insert(Dimension::College, vec!["science".into()]);
    assert_eq!(ids(&Selection::new()), ids(&chosen));
}
