//! The directory: search through the search core (folding, pinyin forms, former names, prefixes,
//! typos) and facets with live counts (`facets`), all in the address:
//! `/directory?q=wang&decade=1990&industry=finance,software`. Results render 50 at a time, the
//! next 50 as the reader nears the end (or with "Show more"). Facets
//! sit in a drawer on phones and beside the results on wide screens; chosen values show as
//! removable chips, marked by a tick and not by colour alone.
//!
//! Everything comes from the sharded index (`index`, fetched by `app::dir`): the page never
//! holds the whole directory.

use crate::app::cards::AlumnusCard;
use crate::app::data::{self, AppError};
use crate::app::dir;
use crate::app::map::WorldMapView;
use crate::app::widgets::{t, use_go_to, use_latest, use_title, Async, ErrorView, Loading};
use crate::facets::{self, Selection, DIMENSIONS};
use crate::index::{self, Hit, Meta, Vocab};
use crate::model::PublicAlumnus;
use crate::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

const PAGE: usize = 50;
/// Cards a new query shows first: more than a phone screen holds (about five at 360 × 800),
/// so the reader sees results after fetching a dozen card chunks at most, not fifty.
const FIRST_SCREEN: usize = 12;
/// How long typing must pause before the address follows the box.
const ADDRESS_PAUSE_MS: u64 = 300;
/// How long typing must pause before facet counts are worked out.
const COUNTS_PAUSE_MS: i32 = 150;

/// A dimension that only makes sense once its parent is chosen.
fn parent(dim: &str) -> Option<&'static str> {
    match dim {
        "department" => Some("college"),
        "major" => Some("department"),
        "city" => Some("country"),
        _ => None,
    }
}

/// What the list shows for one address.
struct Page {
    href: String,
    /// People passing the query and the facets.
    total: usize,
    /// The first of them, with the former name that matched.
    cards: Vec<(PublicAlumnus, Option<String>)>,
    /// The query's matches before facets, for the counts.
    matched: Arc<Vec<Hit>>,
    chosen: Selection,
    suggestion: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct State {
    q: String,
    chosen: Selection,
    /// The map is open (`map=1`).
    map: bool,
}

impl State {
    fn href(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(param("q", &[&self.q]));
        }
        parts.extend(facets::to_query(&self.chosen));
        if self.map {
            parts.push(param("map", &["1"]));
        }
        Route::Directory.with_query(&parts)
    }

    fn toggle(&self, dim: &str, id: &str) -> State {
        let mut next = self.clone();
        let values = next.chosen.entry(dim.to_string()).or_default();
        if let Some(pos) = values.iter().position(|v| v == id) {
            values.remove(pos);
        } else {
            values.push(id.to_string());
        }
        // Un-choosing a parent drops its children's choices.
        if values.is_empty() {
            for child in DIMENSIONS.iter().filter(|d| parent(d) == Some(dim)) {
                next.chosen.remove(*child);
            }
        }
        next.chosen.retain(|_, v| !v.is_empty());
        next
    }

    fn chosen_count(&self) -> usize {
        self.chosen.values().map(Vec::len).sum()
    }
}

#[component]
pub fn Directory() -> impl IntoView {
    let s = t();
    use_title(move || s.directory_title.to_string());
    let query = use_query_map();
    // What is being typed, ahead of the address: the results follow every keystroke, the
    // address (and so the router) once typing pauses.
    let typed = RwSignal::new(None::<String>);
    let state = Memo::new(move |_| {
        let q = query.read();
        let mut chosen = Selection::new();
        for dim in DIMENSIONS {
            if let Some(v) = q.get(dim).filter(|v| !v.is_empty()) {
                chosen.insert(dim.to_string(), v.split(',').map(str::to_string).collect());
            }
        }
        State {
            q: typed
                .get()
                .unwrap_or_else(|| q.get("q").unwrap_or_default()),
            chosen,
            map: q.get("map").is_some_and(|v| v == "1"),
        }
    });
    // Whenever the address changes (our own write, Back, a link), it is the truth again, and a
    // write still waiting for a pause is dropped.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        query.track();
        typed.set(None);
        if let Some(h) = pending.get_value() {
            h.clear();
        }
    });
    let shown = RwSignal::new(PAGE);
    // A new query first fills a phone screen, then the rest of the page (see FIRST_SCREEN).
    let filled = RwSignal::new(FIRST_SCREEN);
    let drawer = RwSignal::new(false);
    let go_to = use_go_to();
    // Typing replaces the address; each filter choice is a step Back can undo.
    let go = move |next: State, replace: bool| {
        shown.set(PAGE);
        filled.set(FIRST_SCREEN);
        go_to(&next.href(), replace);
    };
    let go_q = go.clone();
    let on_type = move |text: String| {
        shown.set(PAGE);
        filled.set(FIRST_SCREEN);
        typed.set(Some(text));
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let go_q = go_q.clone();
        let handle = set_timeout_with_handle(
            move || go_q(state.get_untracked(), true),
            std::time::Duration::from_millis(ADDRESS_PAUSE_MS),
        )
        .ok();
        pending.set_value(handle);
    };
    view! {
        <section class="page directory">
            <h1>{s.directory_title}</h1>
            <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="q">{s.directory_search_label}</label>
                <input id="q" type="search" autocomplete="off" placeholder=s.directory_search_placeholder
                    prop:value=move || state.get().q
                    on:input=move |ev| on_type(event_target_value(&ev))/>
            </form>
            <Async load=dir::ready render=move |(meta, vocab): (Arc<Meta>, Arc<Vocab>)| {
                let go = go.clone();
                // The query's matches and the cards of the first `shown` that pass the facets.
                let page = {
                    let (meta, vocab) = (meta.clone(), vocab.clone());
                    use_latest(move || {
                        let (st, n) = (state.get(), shown.get().min(filled.get()));
                        let (meta, vocab) = (meta.clone(), vocab.clone());
                        async move {
                            let found = dir::find(&meta, &vocab, &st.q, &st.chosen).await?;
                            let visible: Vec<Hit> = found.passing.iter().take(n).copied().collect();
                            let numbers: Vec<u32> = visible.iter().map(|h| h.person).collect();
                            let people = dir::people(&meta, &numbers).await?;
                            let cards = people.into_iter().zip(&visible).map(|(p, h)| {
                                let former = h.former.and_then(|k| p.former_names.get(usize::from(k)).cloned());
                                (p, former)
                            }).collect::<Vec<_>>();
                            let suggestion = (found.passing.is_empty() && !st.q.is_empty()).then(|| vocab.suggest(&st.q)).flatten();
                            Ok::<_, AppError>(Arc::new(Page { href: st.href(), total: found.passing.len(), cards, matched: found.matched, chosen: st.chosen, suggestion }))
                        }
                    })
                };
                let ok_page = move || page.get().and_then(|r| r.ok());
                // Once the first screen is painted, the rest of the page follows.
                Effect::new(move |_| {
                    let short = ok_page().is_some_and(|p| p.cards.len() < p.total.min(PAGE));
                    if short && filled.get_untracked() != usize::MAX {
                        leptos::task::spawn_local(async move {
                            dir::after_paint(0).await;
                            filled.set(usize::MAX);
                        });
                    }
                });
                // Counts wait until the results are on screen: they need the facet table.
                let counts = {
                    let meta = meta.clone();
                    use_latest(move || {
                        let p = ok_page();
                        let meta = meta.clone();
                        async move {
                            let p = p?;
                            if p.chosen.is_empty() && p.matched.len() == meta.people {
                                let all = meta.dims.iter().map(|d| d.values.iter().map(|v| v.count).collect::<Vec<_>>()).collect::<Vec<_>>();
                                return Some((p.href.clone(), Arc::new(all)));
                            }
                            // Counts follow once typing pauses; a newer list makes these moot.
                            dir::after_paint(COUNTS_PAUSE_MS).await;
                            if page.with_untracked(|now| now.as_ref().and_then(|r| r.as_ref().ok()).map(|n| n.href != p.href)).unwrap_or(true) {
                                return None;
                            }
                            let cols = dir::columns(meta.clone()).await.ok()?;
                            let picks = index::chosen_indexes(&meta, &p.chosen);
                            Some((p.href.clone(), Arc::new(index::counts(&meta, &cols, &p.matched, &picks))))
                        }
                    })
                };
                let (go_facet, go_chip, go_suggest, go_clear) = (go.clone(), go.clone(), go.clone(), go.clone());
                let total = move || ok_page().map(|p| p.total);
                let stale = move || ok_page().is_some_and(|p| state.with(|st| p.href != st.href()));
                let has_more = move || filled.get() == usize::MAX && ok_page().is_some_and(|p| p.total > p.cards.len());
                let sentinel = NodeRef::<leptos::html::Div>::new();
                sentinel.on_load(move |el| {
                    crate::app::lazy::when_near(&el, move || {
                        let n = shown.get_untracked();
                        // Only a full page grows: the first screen of a new query is not the end.
                        if page.get_untracked().and_then(|r| r.ok()).is_some_and(|p| p.cards.len() >= n && p.total > n) {
                            shown.update(|n| *n += PAGE);
                        }
                    })
                });
                let dims = meta.dims.clone();
                let map_open = Memo::new(move |_| state.with(|st| st.map));
                let dim_index = |name: &str| meta.dims.iter().position(|d| d.name == name);
                let (country_dim, city_dim) = (dim_index("country"), dim_index("city"));
                let map_panel = {
                    let go = go.clone();
                    let meta = meta.clone();
                    move || map_open.get().then(|| {
                        let (go_country, go_city) = (go.clone(), go.clone());
                        let values = |d: Option<usize>| d.map(|d| meta.dims[d].values.clone()).unwrap_or_default();
                        let (countries, cities) = (values(country_dim), values(city_dim));
                        let map_counts = Signal::derive(move || counts.get().flatten().map(|(_, all)| {
                            let pick = |d: Option<usize>| d.and_then(|d| all.get(d).cloned()).unwrap_or_default();
                            (pick(country_dim), pick(city_dim))
                        }));
                        let chosen = Signal::derive(move || state.with(|st| {
                            let get = |d: &str| st.chosen.get(d).cloned().unwrap_or_default();
                            (get("country"), get("city"))
                        }));
                        let on_country = Callback::new(move |id: String| go_country(state.get_untracked().toggle("country", &id), false));
                        let on_city = Callback::new(move |id: String| go_city(state.get_untracked().toggle("city", &id), false));
                        view! {
                            <div id="map">
                                <Async load=data::world render=move |world| view! {
                                    <WorldMapView world countries=countries.clone() cities=cities.clone() counts=map_counts chosen on_country on_city/>
                                }/>
                            </div>
                        }
                    })
                };
                let go_map = go.clone();
                view! {
                    <div class="directory-tools">
                        <button type="button" class="button secondary filters-toggle" aria-controls="facets"
                            aria-expanded=move || drawer.get().to_string()
                            on:click=move |_| drawer.update(|d| *d = !*d)>
                            {move || (s.filters_button)(state.get().chosen_count())}
                        </button>
                        <button type="button" class="button secondary map-toggle" aria-controls="map"
                            aria-expanded=move || map_open.get().to_string()
                            on:click=move |_| { let st = state.get_untracked(); go_map(State { map: !st.map, ..st }, false) }>
                            {s.map_button}
                        </button>
                    </div>
                    <div class="directory-layout">
                        <aside id="facets" class="facets" class:open=move || drawer.get() aria-label=s.filters_title
                            data-counts=move || counts.get().flatten().map(|(href, _)| href)>
                            // Built once: the values never change order; counts and ticks update in
                            // place, so a keyboard user's focus stays on the box they ticked.
                            {dims.iter().enumerate().map(|(d, dim)| {
                                let go = go_facet.clone();
                                let dim_name: &'static str = DIMENSIONS.iter().find(|x| **x == dim.name).copied().unwrap_or("");
                                // One memo per dimension stands between the page state and its
                                // checkboxes, so typing (which changes only the query) re-runs
                                // eleven memos, not a closure per checkbox.
                                let picked = Memo::new(move |_| state.with(|st| st.chosen.get(dim_name).cloned().unwrap_or_default()));
                                let shown_counts = Memo::new(move |_| counts.get().flatten().map(|(_, all)| all.get(d).cloned().unwrap_or_default()));
                                let visible = Memo::new(move |_| parent(dim_name).is_none_or(|p| state.with(|st| st.chosen.contains_key(p))));
                                view! {
                                    <fieldset class="facet" class:hidden=move || !visible.get()>
                                        <legend>{(s.facet_name)(dim_name)}</legend>
                                        <ul>
                                            {dim.values.iter().enumerate().map(|(v, c)| {
                                                let go = go.clone();
                                                let (id, id2) = (c.id.clone(), c.id.clone());
                                                let n = move || shown_counts.with(|l| l.as_ref().and_then(|l| l.get(v).copied()));
                                                view! {
                                                    <li>
                                                        <label class="check" class:zero=move || n() == Some(0)>
                                                            <input type="checkbox" name=dim_name value=c.id.clone()
                                                                prop:checked=move || picked.with(|x| x.contains(&id2))
                                                                on:change=move |_| go(state.get_untracked().toggle(dim_name, &id), false)/>
                                                            <span>{c.label.clone()}</span>
                                                            <span class="n">{move || n().map(|n| n.to_string()).unwrap_or_default()}</span>
                                                        </label>
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                    </fieldset>
                                }
                            }).collect_view()}
                            <button type="button" class="button filters-done" on:click=move |_| drawer.set(false)>{s.filters_done}</button>
                        </aside>
                        <div class="results">
                            {map_panel}
                            <ul class="chips" aria-label=s.filters_title>
                                {
                                    let dims = meta.dims.clone();
                                    move || {
                                        let st = state.get();
                                        st.chosen.iter().flat_map(|(dim, ids)| ids.iter().map(move |id| (dim.clone(), id.clone()))).map(|(dim, id)| {
                                            let label = dims.iter().find(|d| d.name == dim).and_then(|d| d.values.iter().find(|c| c.id == id)).map(|c| c.label.clone()).unwrap_or_else(|| id.clone());
                                            let go = go_chip.clone();
                                            let (d2, i2) = (dim.clone(), id.clone());
                                            view! {
                                                <li><button type="button" class="chip" aria-pressed="true" aria-label=(s.remove_filter)(&label)
                                                    on:click=move |_| go(state.get_untracked().toggle(&d2, &i2), false)>{label.clone()} " ×"</button></li>
                                            }
                                        }).collect_view()
                                    }
                                }
                            </ul>
                            <p class="count" role="status" aria-live="polite">{move || total().map(|n| (s.directory_count)(n))}</p>
                            {move || match page.get() {
                                Some(Err(error)) => Some(view! { <ErrorView error/> }.into_any()),
                                None => Some(view! { <Loading/> }.into_any()),
                                Some(Ok(_)) => None,
                            }}
                            {move || (total() == Some(0)).then(|| {
                                let (go_suggest, go_clear) = (go_suggest.clone(), go_clear.clone());
                                view! {
                                    <div class="empty">
                                        <p>{s.directory_empty}</p>
                                        {ok_page().and_then(|p| p.suggestion.clone()).map(|better| {
                                            let go = go_suggest.clone();
                                            let b2 = better.clone();
                                            view! { <p>{s.did_you_mean} " " <button type="button" class="chip" on:click=move |_| go(State { q: b2.clone(), ..state.get_untracked() }, false)>{better}</button> "?"</p> }
                                        })}
                                        {(state.get().chosen_count() > 0).then(|| view! { <p>{s.remove_a_filter}</p> })}
                                        <p>{s.directory_empty_hint}</p>
                                        <button type="button" class="button" on:click=move |_| go_clear(State::default(), false)>{s.directory_clear}</button>
                                    </div>
                                }
                            })}
                            // `data-state` says which address the list shows (the benchmark waits for it).
                            // While a newer query is on its way, the old list says so (dimmed
                            // after a moment, busy for screen readers).
                            <ul class="cards people" data-state=move || ok_page().map(|p| p.href.clone())
                                class:stale=stale aria-busy=move || stale().to_string()>
                                // Keyed: a person still in the list keeps their card.
                                <For each=move || ok_page().map(|p| p.cards.clone()).unwrap_or_default()
                                    key=|(person, former)| (person.id.clone(), former.clone())
                                    children=|(person, former)| view! { <AlumnusCard person matched_former=former/> }/>
                            </ul>
                            {move || has_more().then(|| view! {
                                <button type="button" class="button secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{s.show_more}</button>
                            })}
                            // Reaching the end of the list renders the next 50 by itself.
                            <div class="more-sentinel" aria-hidden="true" node_ref=sentinel></div>
                        </div>
                    </div>
                }
            }/>
        </section>
    }
}
