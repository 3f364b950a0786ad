//! The directory. This version searches the published list in memory with the search core
//! (folding, pinyin forms, former names, prefixes, typos), with the state in the URL. The sharded
//! index and facets of the directory issue come next.

use crate::app::cards::AlumnusCard;
use crate::app::data;
use crate::app::widgets::{t, use_title, Async};
use crate::model::PublicAlumnus;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

const PAGE: usize = 50;

#[component]
pub fn Directory() -> impl IntoView {
    let s = t();
    use_title(move || s.directory_title.to_string());
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let year = Memo::new(move |_| query.read().get("year").and_then(|y| y.parse::<i32>().ok()));
    let shown = RwSignal::new(PAGE);
    let navigate = use_navigate();
    let set_state = move |q: String, year: Option<i32>| {
        let mut parts = Vec::new();
        if !q.is_empty() {
            parts.push(format!("q={}", js_sys::encode_uri_component(&q)));
        }
        if let Some(y) = year {
            parts.push(format!("year={y}"));
        }
        let search = if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        };
        shown.set(PAGE);
        navigate(
            &format!("/directory{search}"),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let set_q = set_state.clone();
    let set_year = set_state.clone();
    view! {
        <section class="page">
            <h1>{s.directory_title}</h1>
            <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="q">{s.directory_search_label}</label>
                <input id="q" type="search" autocomplete="off" placeholder=s.directory_search_placeholder
                    prop:value=q
                    on:input=move |ev| set_q(event_target_value(&ev), year.get_untracked())/>
                <label for="year">{s.directory_year_label}</label>
                <Async load=data::alumni render=move |all| {
                    let mut years: Vec<i32> = all.iter().map(|p| p.class_year).collect();
                    years.sort_unstable_by(|a, b| b.cmp(a));
                    years.dedup();
                    let set_year = set_year.clone();
                    view! {
                        <select id="year" on:change=move |ev| set_year(q.get_untracked(), event_target_value(&ev).parse().ok())>
                            <option value="" selected=move || year.get().is_none()>{s.directory_any_year}</option>
                            {years.into_iter().map(|y| view! {
                                <option value=y.to_string() selected=move || year.get() == Some(y)>{y}</option>
                            }).collect_view()}
                        </select>
                    }
                }/>
            </form>
            <Async load=data::alumni render=move |all| {
                let set_state = set_state.clone();
                let matches = Memo::new(move |_| filter(&all, &q.get(), year.get()));
                view! {
                    <p class="count" role="status" aria-live="polite">{move || (s.directory_count)(matches.with(|m| m.len()))}</p>
                    {move || matches.with(|m| m.is_empty()).then(|| {
                        let set_state = set_state.clone();
                        view! {
                            <div class="empty">
                                <p>{s.directory_empty}</p>
                                <p>{s.directory_empty_hint}</p>
                                <button type="button" class="button" on:click=move |_| set_state(String::new(), None)>{s.directory_clear}</button>
                            </div>
                        }
                    })}
                    <ul class="cards people">
                        {move || matches.with(|m| m.iter().take(shown.get()).map(|(person, former)| view! {
                            <AlumnusCard person=person.clone() matched_former=former.clone()/>
                        }).collect_view())}
                    </ul>
                    {move || (matches.with(|m| m.len()) > shown.get()).then(|| view! {
                        <button type="button" class="button secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{s.show_more}</button>
                    })}
                }
            }/>
        </section>
    }
}

/// Listed people matching every word of `q` (see `search::find_alumni`), in one class year when
/// one is chosen; with the former name that matched, so the card can say "née …".
fn filter(
    all: &[PublicAlumnus],
    q: &str,
    year: Option<i32>,
) -> Vec<(PublicAlumnus, Option<String>)> {
    crate::search::find_alumni(all, q)
        .into_iter()
        .filter(|f| year.is_none_or(|y| all[f.index].class_year == y))
        .map(|f| (all[f.index].clone(), f.former))
        .collect()
}
