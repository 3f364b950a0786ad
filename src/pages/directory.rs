//! The directory: search through the search core (folding, pinyin forms, former names, prefixes,
//! typos) and facets with live counts (`facets`), all in the address:
//! `/directory?q=wang&decade=1990&industry=finance,software`. Results render 50 at a time, the
//! next 50 as the reader nears the end (or with "Show more"). Facets
//! sit in a drawer on phones and beside the results on wide screens; chosen values show as
//! removable chips, marked by a tick and not by colour alone.
//!
//! Everything comes from the sharded index (`index`, fetched by `app::dir`): the page never
//! holds the whole directory.

use crate::cards::AlumnusCard;
use crate::data::{self, AppError};
use crate::dir;
use crate::map::WorldMapView;
use crate::widgets::{t, use_go_to, use_latest, use_title, Async, ErrorView, Loading};
use homecoming_core::facets::{self, Selection, DIMENSIONS};
use homecoming_core::index::{self, Hit, Meta, Vocab};
use homecoming_core::model::Card;
use homecoming_core::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

const PAGE: usize = 50;
/// Cards a new query shows first: what the window shows of the list, so the reader sees
/// results after a few card chunks, not fifty (three on a 360 × 800 phone). Measured on the
/// painted list (where it starts, its first card's size, how many fit across); before any list
/// is painted, guessed from the window as if the list started at the top.
fn first_screen(list: Option<&web_sys::Element>) -> usize {
    const GAP: f64 = 12.0;
    let window = web_sys::window();
    let size = |v: Option<Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>>| {
        v.and_then(|v| v.ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(800.0)
    };
    let width = size(window.as_ref().map(|w| w.inner_width()));
    let height = size(window.as_ref().map(|w| w.inner_height()));
    let painted = list.and_then(|l| {
        let card = l.first_element_child()?.get_bounding_client_rect();
        (card.height() > 0.0 && card.width() > 0.0).then(|| (l.get_bounding_client_rect(), card))
    });
    let (top, across, card_width, card_height) = match painted {
        Some((l, card)) => (l.top(), l.width(), card.width(), card.height()),
        None => {
            let columns = if width >= 1100.0 {
                3.0
            } else if width >= 700.0 {
                2.0
            } else {
                1.0
            };
            (0.0, width, width / columns - GAP, 160.0)
        }
    };
    let columns = ((across + GAP) / (card_width + GAP)).floor().max(1.0);
    let rows = ((height - top) / (card_height + GAP))
        .ceil()
        .clamp(1.0, 12.0);
    ((columns * rows) as usize).clamp(1, PAGE)
}
/// How long a newer list may take before the shown one dims.
const DIM_AFTER_MS: u64 = 200;
/// How long typing must pause before the address follows the box.
const ADDRESS_PAUSE_MS: u64 = 300;
/// How long typing must pause, once a list is painted, before the rest of its page and its
/// facet counts are worked out (each is a burst of work a keystroke would wait behind).
const TYPING_PAUSE_MS: i32 = 150;

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
    cards: Vec<(Card, Option<String>)>,
    q: String,
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
}

/// How many values are chosen, across dimensions.
fn chosen_count(chosen: &Selection) -> usize {
    chosen.values().map(Vec::len).sum()
}

#[component]
pub fn Directory() -> impl IntoView {
    let s = t();
    use_title(move || s.directory_title.to_string());
    let query = use_query_map();
    // What is being typed, ahead of the address: the results follow every keystroke, the
    // address (and so the router) once typing pauses.
    let typed = RwSignal::new(None::<String>);
    // The chosen values and the map come from the address alone, so a keystroke (which
    // changes only the query) does not reach what hangs on them: the facet panel's ~320
    // checkboxes, the chips, the map. (Marking them to be checked cost each keystroke ~1 ms
    // on a slow phone, even though none of them changed.)
    let chosen = Memo::new(move |_| {
        let q = query.read();
        let mut chosen = Selection::new();
        for dim in DIMENSIONS {
            if let Some(v) = q.get(dim).filter(|v| !v.is_empty()) {
                chosen.insert(dim.to_string(), v.split(',').map(str::to_string).collect());
            }
        }
        chosen
    });
    let map_open = Memo::new(move |_| query.read().get("map").is_some_and(|v| v == "1"));
    let state = Memo::new(move |_| State {
        q: typed
            .get()
            .unwrap_or_else(|| query.read().get("q").unwrap_or_default()),
        chosen: chosen.get(),
        map: map_open.get(),
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
    // A new query first fills the screen, then the rest of the page (see `first_screen`).
    let first = StoredValue::new(first_screen(None));
    let filled = RwSignal::new(first.get_value());
    let drawer = RwSignal::new(false);
    let go_to = use_go_to();
    // Typing replaces the address; each filter choice is a step Back can undo.
    // A new list starts with its first screen (a signal is only set when it changes: each set
    // wakes whatever reads it).
    let restart = move || {
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
        if filled.get_untracked() != first.get_value() {
            filled.set(first.get_value());
        }
    };
    let go = {
        let go_to = go_to.clone();
        move |next: State, replace: bool| {
            restart();
            go_to(&next.href(), replace);
        }
    };
    let on_type = move |text: String| {
        restart();
        typed.set(Some(text));
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        // The address catches up with the box; the list already shows it, so nothing restarts.
        let go_to = go_to.clone();
        let handle = set_timeout_with_handle(
            move || go_to(&state.get_untracked().href(), true),
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
                    prop:value=move || state.with(|st| st.q.clone())
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
                        let page = async move {
                            let found = dir::find(&meta, &vocab, &st.q, &st.chosen, n).await?;
                            let visible: Vec<Hit> = found.hits.iter().take(n).copied().collect();
                            let numbers: Vec<u32> = visible.iter().map(|h| h.person).collect();
                            let people = dir::people(&meta, &numbers).await?;
                            let cards = people.into_iter().zip(&visible).map(|(p, h)| {
                                let former = h.former.and_then(|k| p.former_names.get(usize::from(k)).cloned());
                                (p, former)
                            }).collect::<Vec<_>>();
                            let suggestion = (found.total == 0 && !st.q.is_empty()).then(|| vocab.suggest(&st.q)).flatten();
                            Ok::<_, AppError>(Arc::new(Page { href: st.href(), total: found.total, cards, q: st.q, chosen: st.chosen, suggestion }))
                        };
                        async move { Some(page.await) }
                    })
                };
                let ok_page = move || page.get().and_then(|r| r.ok());
                // Once the first screen is painted and typing pauses, the rest of the page
                // follows, unless the reader has typed on: the next query starts with its own
                // first screen.
                let current = move |href: &str| state.with_untracked(|st| st.href() == href);
                Effect::new(move |_| {
                    let short = ok_page().filter(|p| p.cards.len() < p.total.min(PAGE));
                    if let Some(p) = short.filter(|_| filled.get_untracked() != usize::MAX) {
                        leptos::task::spawn_local(async move {
                            dir::after_paint(TYPING_PAUSE_MS).await;
                            if current(&p.href) {
                                filled.set(usize::MAX);
                            }
                        });
                    }
                });
                // Each painted list says how many cards fill the screen for the next query, and
                // starts fetching what the next keystroke may want.
                let list = NodeRef::<leptos::html::Ul>::new();
                let words = vocab.clone();
                Effect::new(move |_| {
                    if let Some(p) = ok_page().filter(|p| !p.cards.is_empty()) {
                        let vocab = words.clone();
                        leptos::task::spawn_local(async move {
                            dir::after_paint(0).await;
                            if let Some(el) = list.get_untracked() {
                                first.set_value(first_screen(Some(el.as_ref())));
                            }
                            dir::prefetch_next(&vocab, &p.q, &p.chosen);
                        });
                    }
                });
                // Counts wait until the results are on screen: they need the facet table.
                let counts = {
                    let (meta, vocab) = (meta.clone(), vocab.clone());
                    use_latest(move || {
                        let p = ok_page();
                        let (meta, vocab) = (meta.clone(), vocab.clone());
                        async move {
                            let p = p?;
                            if p.chosen.is_empty() && p.total == meta.people {
                                let all = meta.dims.iter().map(|d| d.values.iter().map(|v| v.count).collect::<Vec<_>>()).collect::<Vec<_>>();
                                return Some((p.href.clone(), Arc::new(all)));
                            }
                            // Counts follow once typing pauses; a newer query (shown or still on
                            // its way) makes these moot, and the last counts stay until its own.
                            dir::after_paint(TYPING_PAUSE_MS).await;
                            if !current(&p.href) {
                                return None;
                            }
                            let (cols, matched) = futures::join!(dir::columns(meta.clone()), dir::matched(&meta, &vocab, &p.q));
                            let (cols, matched) = (cols.ok()?, matched.ok()?);
                            let picks = index::chosen_indexes(&meta, &p.chosen);
                            Some((p.href.clone(), Arc::new(index::counts(&meta, &cols, &matched, &picks))))
                        }
                    })
                };
                let (go_facet, go_chip, go_suggest, go_clear) = (go.clone(), go.clone(), go.clone(), go.clone());
                let total = move || ok_page().map(|p| p.total);
                let stale = Memo::new(move |_| ok_page().is_some_and(|p| state.with(|st| p.href != st.href())));
                // Dimming waits a moment: a list that is replaced at once never changes style
                // (a repaint of the old list would delay the new one on a slow phone).
                let dim = RwSignal::new(false);
                Effect::new(move |_| {
                    if stale.get() {
                        set_timeout(move || dim.set(stale.get_untracked()), std::time::Duration::from_millis(DIM_AFTER_MS));
                    } else {
                        dim.set(false);
                    }
                });
                let has_more = move || filled.get() == usize::MAX && ok_page().is_some_and(|p| p.total > p.cards.len());
                let sentinel = NodeRef::<leptos::html::Div>::new();
                sentinel.on_load(move |el| {
                    crate::lazy::when_near(&el, move || {
                        let n = shown.get_untracked();
                        // Only a full page grows: the first screen of a new query is not the end.
                        if page.get_untracked().and_then(|r| r.ok()).is_some_and(|p| p.cards.len() >= n && p.total > n) {
                            shown.update(|n| *n += PAGE);
                        }
                    })
                });
                let dims = meta.dims.clone();
                let dim_index = |name: &str| meta.dims.iter().position(|d| d.name == name);
                let (country_dim, city_dim) = (dim_index("country"), dim_index("city"));
                let map_panel = {
                    let go = go.clone();
                    let meta = meta.clone();
                    move || map_open.get().then(|| {
                        let (go_country, go_city) = (go.clone(), go.clone());
                        let values = |d: Option<usize>| d.map(|d| meta.dims[d].values.clone()).unwrap_or_default();
                        let (countries, cities) = (values(country_dim), values(city_dim));
                        let map_counts = Signal::derive(move || counts.get().map(|(_, all)| {
                            let pick = |d: Option<usize>| d.and_then(|d| all.get(d).cloned()).unwrap_or_default();
                            (pick(country_dim), pick(city_dim))
                        }));
                        let chosen = Signal::derive(move || chosen.with(|chosen| {
                            let get = |d: &str| chosen.get(d).cloned().unwrap_or_default();
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
                            {move || (s.filters_button)(chosen.with(chosen_count))}
                        </button>
                        <button type="button" class="button secondary map-toggle" aria-controls="map"
                            aria-expanded=move || map_open.get().to_string()
                            on:click=move |_| { let st = state.get_untracked(); go_map(State { map: !st.map, ..st }, false) }>
                            {s.map_button}
                        </button>
                    </div>
                    <div class="directory-layout">
                        <aside id="facets" class="facets" class:open=move || drawer.get() aria-label=s.filters_title
                            data-counts=move || counts.get().map(|(href, _)| href)>
                            // Built once: the values never change order; counts and ticks update in
                            // place, so a keyboard user's focus stays on the box they ticked.
                            {dims.iter().enumerate().map(|(d, dim)| {
                                let go = go_facet.clone();
                                let dim_name: &'static str = DIMENSIONS.iter().find(|x| **x == dim.name).copied().unwrap_or("");
                                // One memo per dimension stands between the chosen values and its
                                // checkboxes, so a choice re-runs eleven memos, not a closure per
                                // checkbox.
                                let picked = Memo::new(move |_| chosen.with(|c| c.get(dim_name).cloned().unwrap_or_default()));
                                let shown_counts = Memo::new(move |_| counts.get().map(|(_, all)| all.get(d).cloned().unwrap_or_default()));
                                let visible = Memo::new(move |_| parent(dim_name).is_none_or(|p| chosen.with(|c| c.contains_key(p))));
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
                                        chosen.get().iter().flat_map(|(dim, ids)| ids.iter().map(move |id| (dim.clone(), id.clone()))).map(|(dim, id)| {
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
                                        {(chosen.with(chosen_count) > 0).then(|| view! { <p>{s.remove_a_filter}</p> })}
                                        <p>{s.directory_empty_hint}</p>
                                        <button type="button" class="button" on:click=move |_| go_clear(State::default(), false)>{s.directory_clear}</button>
                                    </div>
                                }
                            })}
                            // `data-state` says which address the list shows (the benchmark waits for it).
                            // While a newer query is on its way, the old list says so after a
                            // moment: dimmed, and busy for screen readers (a list replaced at once
                            // changes neither, so the keystroke's own frame stays small).
                            <ul class="cards people" node_ref=list data-state=move || ok_page().map(|p| p.href.clone())
                                class:stale=move || dim.get() aria-busy=move || dim.get().to_string()>
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
