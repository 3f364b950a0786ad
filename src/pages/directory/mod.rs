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
use crate::widgets::site_name;
use crate::widgets::{t, use_go_to, use_latest, use_title, Async, ErrorView, Loading};
use homecoming_core::facets::{self, Dimension, Selection};
use homecoming_core::index::{self, Dim, Hit, Meta};
use homecoming_core::model::Card;
use homecoming_core::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

mod filters;
use filters::*;

const PAGE: usize = 50;
/// Cards a new query shows first: what the window shows of the list, so the reader sees
/// results after a few card chunks, not fifty (three on a 360 × 800 phone). Measured on the
/// painted list (where it starts, its first card's size, how many fit across); before any list
/// is painted, guessed from the window as if the list started at the top.
fn first_screen(list: Option<&web_sys::Element>) -> usize {
    const GAP: f64 = 12.0;
    let (width, height) = crate::platform::window_size();
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
    /// Offline, from the cards this device has (`offline::at_hand`).
    partial: bool,
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

    fn toggle(&self, dim: Dimension, id: &str) -> State {
        let mut next = self.clone();
        let values = next.chosen.entry(dim).or_default();
        if let Some(pos) = values.iter().position(|v| v == id) {
            values.remove(pos);
        } else {
            values.push(id.to_string());
        }
        // Un-choosing a parent drops its children's choices.
        if values.is_empty() {
            for child in Dimension::ALL.iter().filter(|d| d.parent() == Some(dim)) {
                next.chosen.remove(child);
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

/// Facet counts for one address: per dimension, per value, in `Meta` order.
type Counts = (String, Arc<Vec<Vec<usize>>>);

/// What the page's parts share: the state read from the address (and the box), and the one way
/// to change it. All handles are `Copy`.
#[derive(Clone, Copy)]
struct Ctx {
    state: Memo<State>,
    /// The chosen values and the map come from the address alone, so a keystroke (which
    /// changes only the query) does not reach what hangs on them: the facet panel's ~320
    /// checkboxes, the chips, the map. (Marking them to be checked cost each keystroke ~1 ms
    /// on a slow phone, even though none of them changed.)
    chosen: Memo<Selection>,
    map_open: Memo<bool>,
    /// Go to a state; `true` replaces the address (typing), `false` is a step Back can undo.
    go: Callback<(State, bool)>,
}

impl Ctx {
    fn toggle(self, dim: Dimension, id: &str) {
        self.go
            .run((self.state.get_untracked().toggle(dim, id), false));
    }
}

/// How much of the list to show: `shown` grows by a page as the reader nears the end; a new
/// query first fills the screen (`filled`, see `first_screen`), then the rest of its page.
#[derive(Clone, Copy)]
struct Extent {
    shown: RwSignal<usize>,
    filled: RwSignal<usize>,
    first: StoredValue<usize>,
}

impl Extent {
    /// A new list starts with its first screen (a signal is only set when it changes: each set
    /// wakes whatever reads it).
    fn restart(self) {
        if self.shown.get_untracked() != PAGE {
            self.shown.set(PAGE);
        }
        if self.filled.get_untracked() != self.first.get_value() {
            self.filled.set(self.first.get_value());
        }
    }
}

#[component]
pub fn Directory() -> impl IntoView {
    let s = t();
    crate::widgets::use_people_page();
    use_title(move || s.directory_title.to_string());
    let query = use_query_map();
    // What is being typed, ahead of the address: the results follow every keystroke, the
    // address (and so the router) once typing pauses.
    let typed = RwSignal::new(None::<String>);
    let chosen = Memo::new(move |_| {
        let q = query.read();
        let mut chosen = Selection::new();
        for dim in Dimension::ALL {
            if let Some(v) = q.get(dim.name()).filter(|v| !v.is_empty()) {
                chosen.insert(dim, v.split(',').map(str::to_string).collect());
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
    let first = StoredValue::new(first_screen(None));
    let extent = Extent {
        shown: RwSignal::new(PAGE),
        filled: RwSignal::new(first.get_value()),
        first,
    };
    let go_to = use_go_to();
    let ctx = Ctx {
        state,
        chosen,
        map_open,
        go: Callback::new({
            let go_to = go_to.clone();
            move |(next, replace): (State, bool)| {
                extent.restart();
                go_to(&next.href(), replace);
            }
        }),
    };
    let on_type = Callback::new(move |text: String| {
        extent.restart();
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
    });
    view! {
        <section class="page directory">
            <h1>{s.directory_title}</h1>
            <SearchBox state on_type/>
            <Async load=move || {
                // The query's vocabulary parts and the chosen values' files come with
                // meta.json, in the same round.
                let (q, chosen) = state.with_untracked(|st| (st.q.clone(), st.chosen.clone()));
                dir::first_round(&q, &chosen);
                async move {
                    futures::join!(
                        dir::ready(),
                        dir::vocab(&q, data::Need::Now),
                        dir::facets_ahead(&chosen)
                    )
                    .0
                }
            } render=move |meta| {
                view! { <Listing ctx extent meta/> }
            }/>
        </section>
    }
}

/// The search box: a plain form, so it reads before the app takes over.
#[component]
fn SearchBox(state: Memo<State>, on_type: Callback<String>) -> impl IntoView {
    let s = t();
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="q">{s.directory_search_label}</label>
            // `name`: before the app has started, pressing Enter asks for `?q=…` and the app
            // opens on that address.
            <input id="q" name="q" type="search" autocomplete="off" placeholder=s.directory_search_placeholder
                prop:value=move || state.with(|st| st.q.clone())
                on:input=move |ev| on_type.run(event_target_value(&ev))/>
        </form>
    }
}

/// The query's matches and the cards of the first `shown` (or, for a new query, the first
/// screen) that pass the facets.
fn use_page(
    ctx: Ctx,
    extent: Extent,
    meta: Arc<Meta>,
) -> ReadSignal<Option<Result<Arc<Page>, AppError>>> {
    let dir = dir::Session::get();
    use_latest(move || {
        let (st, n) = (ctx.state.get(), extent.shown.get().min(extent.filled.get()));
        let (dir, meta) = (dir.clone(), meta.clone());
        let (offline_dir, offline_st) = (dir.clone(), st.clone());
        let page = async move {
            let found = dir.find(&meta, &st.q, &st.chosen, n).await?;
            let visible: Vec<Hit> = found.hits.iter().take(n).copied().collect();
            let numbers: Vec<u32> = visible.iter().map(|h| h.person).collect();
            let people = dir.people(&numbers).await?;
            let cards = people
                .into_iter()
                .zip(&visible)
                .map(|(p, h)| {
                    let former = h
                        .former
                        .and_then(|k| p.former_names.get(usize::from(k)).cloned());
                    (p, former)
                })
                .collect::<Vec<_>>();
            let suggestion = if found.total == 0 && !st.q.is_empty() {
                let vocab = dir::vocab(&st.q, data::Need::Now).await?;
                vocab.suggest(&st.q)
            } else {
                None
            };
            Ok::<_, AppError>(Arc::new(Page {
                href: st.href(),
                total: found.total,
                cards,
                q: st.q,
                chosen: st.chosen,
                suggestion,
                partial: false,
            }))
        };
        // With no network: what this device has, said to be partial.
        async move {
            Some(match page.await {
                Err(AppError::Network { .. }) => {
                    let (cards, st) = (
                        crate::offline::at_hand(&offline_dir, &offline_st.q, &offline_st.chosen)
                            .await,
                        offline_st,
                    );
                    let (href, total) = (st.href(), cards.len());
                    Ok(Arc::new(Page {
                        href,
                        total,
                        cards,
                        q: st.q,
                        chosen: st.chosen,
                        suggestion: None,
                        partial: true,
                    }))
                }
                other => other,
            })
        }
    })
}

/// Counts wait until the results are on screen and typing pauses: they need the facet table.
fn use_counts(
    ctx: Ctx,
    ok_page: impl Fn() -> Option<Arc<Page>> + Copy + 'static,
    meta: Arc<Meta>,
) -> ReadSignal<Option<Counts>> {
    let current = move |href: &str| ctx.state.with_untracked(|st| st.href() == href);
    let dir = dir::Session::get();
    use_latest(move || {
        let p = ok_page();
        let (dir, meta) = (dir.clone(), meta.clone());
        async move {
            let p = p?;
            if p.chosen.is_empty() && p.total == meta.people {
                let all = meta
                    .dims
                    .iter()
                    .map(|d| d.values.iter().map(|v| v.count).collect::<Vec<_>>())
                    .collect::<Vec<_>>();
                return Some((p.href.clone(), Arc::new(all)));
            }
            // A newer query (shown or still on its way) makes these moot, and the last counts
            // stay until its own.
            crate::platform::after_paint(TYPING_PAUSE_MS).await;
            if !current(&p.href) {
                return None;
            }
            let (cols, matched) =
                futures::join!(dir::columns(meta.clone()), dir.matched(&meta, &p.q));
            let (cols, matched) = (cols.ok()?, matched.ok()?);
            let meta = dir::meta_for(&meta, &p.chosen).await.ok()?;
            let picks = index::chosen_indexes(&meta, &p.chosen);
            Some((
                p.href.clone(),
                Arc::new(index::counts(&meta, &cols, &matched, &picks)),
            ))
        }
    })
}

/// Everything below the search box once the index is here: tools, facets, map, chips, the
/// count and the list.
#[component]
fn Listing(ctx: Ctx, extent: Extent, meta: Arc<Meta>) -> impl IntoView {
    let page = use_page(ctx, extent, meta.clone());
    let ok_page = move || page.get().and_then(|r| r.ok());
    let current = move |href: &str| ctx.state.with_untracked(|st| st.href() == href);
    // Once the first screen is painted and typing pauses, the rest of the page follows, unless
    // the reader has typed on: the next query starts with its own first screen.
    Effect::new(move |_| {
        let short = ok_page().filter(|p| p.cards.len() < p.total.min(PAGE));
        if let Some(p) = short.filter(|_| extent.filled.get_untracked() != usize::MAX) {
            leptos::task::spawn_local(async move {
                crate::platform::after_paint(TYPING_PAUSE_MS).await;
                if current(&p.href) {
                    extent.filled.set(usize::MAX);
                }
            });
        }
    });
    // Each painted list says how many cards fill the screen for the next query, and starts
    // fetching what the next keystroke may want.
    let list = NodeRef::<leptos::html::Ul>::new();
    let dir = dir::Session::get();
    Effect::new(move |_| {
        if let Some(p) = ok_page().filter(|p| !p.cards.is_empty()) {
            let dir = dir.clone();
            leptos::task::spawn_local(async move {
                crate::platform::after_paint(0).await;
                if let Some(el) = list.get_untracked() {
                    extent.first.set_value(first_screen(Some(el.as_ref())));
                    dir.set_first_screen(extent.first.get_value());
                }
                dir.prefetch_next(&p.q, &p.chosen, true);
            });
        }
    });
    let counts = use_counts(ctx, ok_page, meta.clone());
    let drawer = RwSignal::new(false);
    let (for_facets, for_map) = (meta.clone(), meta.clone());
    view! {
        <Tools ctx drawer/>
        <div class="directory-layout">
            // The filters and the map a task after the list, while a written page is taken over.
            <crate::widgets::Later><FacetPanel ctx meta=for_facets.clone() counts drawer/></crate::widgets::Later>
            <div class="results">
                <crate::widgets::Later><MapPanel ctx meta=for_map.clone() counts/></crate::widgets::Later>
                <Chips ctx dims=meta.dims.clone()/>
                <Cards ctx extent page list/>
            </div>
        </div>
    }
}

/// The buttons that open the filters (a drawer on phones) and the map.
#[component]
fn Tools(ctx: Ctx, drawer: RwSignal<bool>) -> impl IntoView {
    let s = t();
    view! {
        <div class="directory-tools">
            <button type="button" class="button secondary filters-toggle" aria-controls="facets"
                aria-expanded=move || drawer.get().to_string()
                on:click=move |_| drawer.update(|d| *d = !*d)>
                {move || (s.filters_button)(ctx.chosen.with(chosen_count))}
            </button>
            <button type="button" class="button secondary map-toggle" aria-controls="map"
                aria-expanded=move || ctx.map_open.get().to_string()
                on:click=move |_| {
                    let st = ctx.state.get_untracked();
                    ctx.go.run((State { map: !st.map, ..st }, false))
                }>
                {s.map_button}
            </button>
        </div>
    }
}

/// The count, the list of cards (or its error, loading or empty state), and what shows more.
#[component]
fn Cards(
    ctx: Ctx,
    extent: Extent,
    page: ReadSignal<Option<Result<Arc<Page>, AppError>>>,
    list: NodeRef<leptos::html::Ul>,
) -> impl IntoView {
    let s = t();
    let ok_page = move || page.get().and_then(|r| r.ok());
    let total = move || ok_page().map(|p| p.total);
    let stale =
        Memo::new(move |_| ok_page().is_some_and(|p| ctx.state.with(|st| p.href != st.href())));
    // Dimming waits a moment: a list that is replaced at once never changes style (a repaint
    // of the old list would delay the new one on a slow phone).
    let dim = RwSignal::new(false);
    Effect::new(move |_| {
        if stale.get() {
            set_timeout(
                move || dim.set(stale.get_untracked()),
                std::time::Duration::from_millis(DIM_AFTER_MS),
            );
        } else {
            dim.set(false);
        }
    });
    let shown = extent.shown;
    let has_more = move || {
        extent.filled.get() == usize::MAX && ok_page().is_some_and(|p| p.total > p.cards.len())
    };
    let sentinel = NodeRef::<leptos::html::Div>::new();
    sentinel.on_load(move |el| {
        crate::lazy::when_near(&el, move || {
            let n = shown.get_untracked();
            // Only a full page grows: the first screen of a new query is not the end.
            if page
                .get_untracked()
                .and_then(|r| r.ok())
                .is_some_and(|p| p.cards.len() >= n && p.total > n)
            {
                shown.update(|n| *n += PAGE);
            }
        })
    });
    view! {
        <p class="count" role="status" aria-live="polite">{move || total().map(|n| (s.directory_count)(n))}</p>
        {move || ok_page().is_some_and(|p| p.partial).then(|| view! { <p class="notice">{s.directory_offline_partial}</p> })}
        {move || match page.get() {
            Some(Err(error)) => Some(view! { <ErrorView error/> }.into_any()),
            None => Some(view! { <Loading/> }.into_any()),
            Some(Ok(_)) => None,
        }}
        {move || (total() == Some(0)).then(|| view! { <Empty ctx suggestion=ok_page().and_then(|p| p.suggestion.clone())/> })}
        // `data-state` says which address the list shows (the benchmark waits for it). While a
        // newer query is on its way, the old list says so after a moment: dimmed, and busy for
        // screen readers (a list replaced at once changes neither, so the keystroke's own
        // frame stays small).
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
    }
}

/// Nobody matches: a spelling the directory knows, the filters to drop, a way back.
#[component]
fn Empty(ctx: Ctx, suggestion: Option<String>) -> impl IntoView {
    let s = t();
    view! {
        <div class="empty">
            <p>{s.directory_empty}</p>
            {suggestion.map(|better| {
                let b2 = better.clone();
                view! { <p>{s.did_you_mean} " " <button type="button" class="chip" on:click=move |_| ctx.go.run((State { q: b2.clone(), ..ctx.state.get_untracked() }, false))>{better}</button> "?"</p> }
            })}
            {(ctx.chosen.with(chosen_count) > 0).then(|| view! { <p>{s.remove_a_filter}</p> })}
            <p>{s.directory_empty_hint}</p>
            <button type="button" class="button" on:click=move |_| ctx.go.run((State::default(), false))>{s.directory_clear}</button>
        </div>
    }
}
