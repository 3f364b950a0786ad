//! The directory's world map: countries shaded by how many of the current results live there,
//! each a button that chooses it as a filter, and the chosen countries' cities listed below with
//! their counts. Drawn from `data/world.json` (no tile server); nothing is more precise than a
//! city, because the data has nothing more precise.

use super::widgets::t;
use homecoming_core::facets::Count;
use homecoming_core::model::WorldMap;
use leptos::prelude::*;
use std::sync::Arc;

/// Shades: 0 for nobody, then 1..=4 on a log scale up to the largest count.
fn shade(n: usize, max: usize) -> usize {
    if n == 0 || max == 0 {
        return 0;
    }
    let f = ((n as f64).ln_1p() / (max as f64).ln_1p() * 4.0).ceil() as usize;
    f.clamp(1, 4)
}

/// `countries` and `cities` are the facet values in meta order; `counts` gives their counts
/// (None while they load); `chosen` the chosen country and city ids.
#[component]
pub fn WorldMapView(
    world: Arc<WorldMap>,
    countries: Vec<Count>,
    cities: Vec<Count>,
    #[prop(into)] counts: Signal<Option<(Vec<usize>, Vec<usize>)>>,
    #[prop(into)] chosen: Signal<(Vec<String>, Vec<String>)>,
    on_country: Callback<String>,
    on_city: Callback<String>,
) -> impl IntoView {
    let s = t();
    let viewbox = format!("0 0 {} {}", world.width, world.height);
    let max = move || {
        counts
            .get()
            .map(|(c, _)| c.into_iter().max().unwrap_or(0))
            .unwrap_or(0)
    };
    let count_of = move |i: usize| counts.get().and_then(|(c, _)| c.get(i).copied());
    let places = countries.iter().enumerate().map(|(i, c)| {
        let (id, id2, id3) = (c.id.clone(), c.id.clone(), c.id.clone());
        let label = c.label.clone();
        let n = move || count_of(i).unwrap_or(0);
        let class = move || {
            let picked = chosen.with(|(c, _)| c.contains(&id));
            format!("place shade-{}{}", shade(n(), max()), if picked { " picked" } else { "" })
        };
        let aria = move || (s.map_country)(&label, n());
        let title = aria.clone();
        let pressed = move || chosen.with(|(c, _)| c.contains(&id2)).to_string();
        let activate = move || on_country.run(id3.clone());
        let act2 = activate.clone();
        let keydown = move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Enter" || ev.key() == " " {
                ev.prevent_default();
                act2();
            }
        };
        let shape = world.shapes.get(&c.id).cloned();
        let dot = world.dots.get(&c.id).copied();
        // Countries nobody in the results lives in are drawn, but are not buttons.
        let tab = move || if n() > 0 { "0" } else { "-1" };
        match (shape, dot) {
            (Some(d), _) => Some(view! {
                <path d=d class=class role="button" tabindex=tab aria-label=aria aria-pressed=pressed
                    on:click=move |_| activate() on:keydown=keydown><title>{title}</title></path>
            }.into_any()),
            (None, Some([x, y])) => Some(view! {
                <circle cx=x cy=y r="5" class=class role="button" tabindex=tab aria-label=aria aria-pressed=pressed
                    on:click=move |_| activate() on:keydown=keydown><title>{title}</title></circle>
            }.into_any()),
            _ => None,
        }
    }).collect_view();
    // The outlines of countries with no alumni at all, as a quiet background.
    let ids: Vec<String> = countries.iter().map(|c| c.id.clone()).collect();
    let land = world
        .shapes
        .iter()
        .filter(|(code, _)| !ids.contains(code))
        .map(|(_, d)| view! { <path d=d.clone() class="land"/> })
        .collect_view();
    let city_list = move || {
        let (picked_countries, picked_cities) = chosen.get();
        let city_counts = counts.get().map(|(_, c)| c).unwrap_or_default();
        picked_countries
            .iter()
            .map(|code| {
                let name = countries
                    .iter()
                    .find(|c| &c.id == code)
                    .map(|c| c.label.clone())
                    .unwrap_or_else(|| code.clone());
                let mut here: Vec<(Count, usize)> = cities
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.id.split(':').next() == Some(code.as_str()))
                    .map(|(i, c)| (c.clone(), city_counts.get(i).copied().unwrap_or(0)))
                    .filter(|(c, n)| *n > 0 || picked_cities.contains(&c.id))
                    .collect();
                here.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.label.cmp(&b.0.label)));
                let picked_cities = picked_cities.clone();
                view! {
                    <h3>{(s.map_cities)(&name)}</h3>
                    <ul class="chips cities">
                        {here.into_iter().map(|(c, n)| {
                            let on = picked_cities.contains(&c.id);
                            let id = c.id.clone();
                            view! {
                                <li><button type="button" class="chip" aria-pressed=on.to_string()
                                    on:click=move |_| on_city.run(id.clone())>
                                    {c.label.clone()} " " <span class="n">{n}</span>
                                </button></li>
                            }
                        }).collect_view()}
                    </ul>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="world-map">
            <figcaption>
                <strong>{s.map_title}</strong>
                <span class="meta">{s.map_hint}</span>
            </figcaption>
            <svg viewBox=viewbox role="group" aria-label=s.map_title>
                <g>{land}</g>
                <g>{places}</g>
            </svg>
            <p class="legend meta" aria-hidden="true">
                {s.map_fewer} " "
                <span class="swatch shade-1"></span><span class="swatch shade-2"></span>
                <span class="swatch shade-3"></span><span class="swatch shade-4"></span>
                " " {s.map_more}
            </p>
            {city_list}
            <p class="source meta">{s.map_source}</p>
        </figure>
    }
}

/// Where the regional chapters are: their countries marked on the world's outlines. A picture
/// with a text alternative; the list beside it is what one navigates.
#[component]
pub fn ChapterMap(world: Arc<WorldMap>, regional: Vec<(String, String)>) -> impl IntoView {
    let s = t();
    let viewbox = format!("0 0 {} {}", world.width, world.height);
    let codes: Vec<&String> = regional.iter().map(|(code, _)| code).collect();
    let land = world
        .shapes
        .iter()
        .filter(|(code, _)| !codes.contains(code))
        .map(|(_, d)| view! { <path d=d.clone() class="land"/> })
        .collect_view();
    let mut names: Vec<String> = regional.iter().map(|(_, name)| name.clone()).collect();
    names.sort();
    names.dedup();
    let marked = regional
        .iter()
        .filter_map(|(code, name)| match (world.shapes.get(code), world.dots.get(code)) {
            (Some(d), _) => Some(view! { <path d=d.clone() class="place shade-4"><title>{name.clone()}</title></path> }.into_any()),
            (None, Some([x, y])) => Some(view! { <circle cx=*x cy=*y r="5" class="place shade-4"><title>{name.clone()}</title></circle> }.into_any()),
            _ => None,
        })
        .collect_view();
    let label = format!("{}: {}", s.community.chapters_map_label, names.join(", "));
    view! {
        <figure class="world-map chapter-map">
            <svg viewBox=viewbox role="img" aria-label=label>
                <g>{land}</g>
                <g>{marked}</g>
            </svg>
            <figcaption class="meta">{s.community.chapters_map_label}</figcaption>
        </figure>
    }
}
