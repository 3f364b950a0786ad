//! The directory map's committed outlines cover where the sample's alumni live.

mod common;

use homecoming_core::model::WorldMap;

#[test]
fn the_map_draws_every_country_the_sample_lives_in() {
    let world: WorldMap = serde_json::from_str(homecoming_build::WORLD_MAP).unwrap();
    let drawn = |c: &str| world.shapes.contains_key(c) || world.dots.contains_key(c);
    for p in &common::sample() {
        if let Some(c) = &p.country {
            assert!(drawn(&c.code), "{} is not on the map", c.code);
        }
    }
    // Nearly every code the checker accepts has a place on the map.
    let missing: Vec<&str> = isocountry::CountryCode::iter()
        .map(|c| c.alpha2())
        .filter(|c| !drawn(c))
        .collect();
    assert!(missing.len() < 20, "not on the map: {missing:?}");
}
