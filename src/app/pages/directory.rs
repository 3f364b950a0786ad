//! The directory: search through the search core (folding, pinyin forms, former names, prefixes,
//! typos) and facets with live counts (`facets`), all in the address:
//! `/directory?q=wang&decade=1990&industry=finance,software`. Results render 50 at a time, the
//! next 50 as the reader nears the end (or with "Show more"). Facets
//! sit in a drawer on phones and beside the results on wide screens; chosen values show as
//! removable chips, marked by a tick and not by colour alone.
//!
//! This works on the whole published list in memory; the sharded index for 100,000 alumni is the
//! next step of the directory issue.

use crate::app::cards::AlumnusCard;
use crate::app::data;
use crate::app::widgets::{t, use_title, Async};
use crate::facets::{self, Selection, DIMENSIONS};
use crate::model::PublicAlumnus;
use crate::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

const PAGE: usize = 50;

/// A dimension that only makes sense once its parent is chosen.
fn parent(dim: &str) -> Option<&'static str> {
    match dim {
        "department" => Some("college"),
        "major" => Some("department"),
        "city" => Some("country"),
        _ => None,
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct State {
    q: String,
    chosen: Selection,
}

impl State {
    fn href(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(param("q", &[&self.q]));
        }
        parts.extend(facets::to_query(&self.chosen));
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
    let state = Memo::new(move |_| {
        let q = query.read();
        let mut chosen = Selection::new();
        for dim in DIMENSIONS {
            if let Some(v) = q.get(dim).filter(|v| !v.is_empty()) {
                chosen.insert(dim.to_string(), v.split(',').map(str::to_string).collect());
            }
        }
        State {
            q: q.get("q").unwrap_or_default(),
            chosen,
        }
    });
    let shown = RwSignal::new(PAGE);
    let drawer = RwSignal::new(false);
    let navigate = use_navigate();
    // Typing replaces the address; each filter choice is a step Back can undo.
    let go = move |next: State, replace: bool| {
        shown.set(PAGE);
        navigate(
            &next.href(),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let go_q = go.clone();
    view! {
        <section class="page directory">
            <h1>{s.directory_title}</h1>
            <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="q">{s.directory_search_label}</label>
                <input id="q" type="search" autocomplete="off" placeholder=s.directory_search_placeholder
                    prop:value=move || state.get().q
                    on:input=move |ev| go_q(State { q: event_target_value(&ev), ..state.get_untracked() }, true)/>
            </form>
            <Async load=data::alumni render=move |all| {
                let all: Vec<PublicAlumnus> = all.to_vec();
                let go = go.clone();
                let matched = {
                    let all = all.clone();
                    Memo::new(move |_| crate::search::find_alumni(&all, &state.get().q))
                };
                let results = {
                    let all = all.clone();
                    Memo::new(move |_| {
                        let st = state.get();
                        matched.with(|m| m.iter().filter(|f| facets::passes(&all[f.index], &st.chosen, None)).map(|f| (f.index, f.former.clone())).collect::<Vec<_>>())
                    })
                };
                let counts = {
                    let all = all.clone();
                    Memo::new(move |_| {
                        let indexes: Vec<usize> = matched.with(|m| m.iter().map(|f| f.index).collect());
                        facets::counts(&all, &indexes, &state.get().chosen)
                    })
                };
                let suggestion = {
                    let all = all.clone();
                    Memo::new(move |_| {
                        let st = state.get();
                        (results.with(Vec::is_empty) && !st.q.is_empty()).then(|| crate::search::suggest(&all, &st.q)).flatten()
                    })
                };
                let (go_facet, go_chip, go_suggest, go_clear) = (go.clone(), go.clone(), go.clone(), go.clone());
                let all_for_list = all.clone();
                let sentinel = NodeRef::<leptos::html::Div>::new();
                sentinel.on_load(move |el| {
                    crate::app::lazy::when_near(&el, move || {
                        if results.with_untracked(Vec::len) > shown.get_untracked() {
                            shown.update(|n| *n += PAGE);
                        }
                    })
                });
                view! {
                    <button type="button" class="button secondary filters-toggle" aria-controls="facets"
                        aria-expanded=move || drawer.get().to_string()
                        on:click=move |_| drawer.update(|d| *d = !*d)>
                        {move || (s.filters_button)(state.get().chosen_count())}
                    </button>
                    <div class="directory-layout">
                        <aside id="facets" class="facets" class:open=move || drawer.get() aria-label=s.filters_title>
                            // Built once: the values never change order; counts and ticks update in
                            // place, so a keyboard user's focus stays on the box they ticked.
                            {counts.get_untracked().into_iter().enumerate().map(|(d, (dim, list))| {
                                let go = go_facet.clone();
                                let visible = move || parent(dim).is_none_or(|p| state.with(|st| st.chosen.contains_key(p)));
                                view! {
                                    <fieldset class="facet" class:hidden=move || !visible()>
                                        <legend>{(s.facet_name)(dim)}</legend>
                                        <ul>
                                            {list.into_iter().enumerate().map(|(v, c)| {
                                                let go = go.clone();
                                                let (id, id2) = (c.id.clone(), c.id.clone());
                                                let n = move || counts.with(|all| all[d].1.get(v).map(|x| x.count).unwrap_or(0));
                                                view! {
                                                    <li>
                                                        <label class="check" class:zero=move || n() == 0>
                                                            <input type="checkbox" name=dim value=c.id.clone()
                                                                prop:checked=move || state.with(|st| st.chosen.get(dim).is_some_and(|x| x.contains(&id2)))
                                                                on:change=move |_| go(state.get_untracked().toggle(dim, &id), false)/>
                                                            <span>{c.label.clone()}</span>
                                                            <span class="n">{n}</span>
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
                            <ul class="chips" aria-label=s.filters_title>
                                {move || {
                                    let st = state.get();
                                    let labels = counts.get();
                                    st.chosen.iter().flat_map(|(dim, ids)| ids.iter().map(move |id| (dim.clone(), id.clone()))).map(|(dim, id)| {
                                        let label = labels.iter().find(|(d, _)| *d == dim).and_then(|(_, l)| l.iter().find(|c| c.id == id)).map(|c| c.label.clone()).unwrap_or_else(|| id.clone());
                                        let go = go_chip.clone();
                                        let (d2, i2) = (dim.clone(), id.clone());
                                        view! {
                                            <li><button type="button" class="chip" aria-pressed="true" aria-label=(s.remove_filter)(&label)
                                                on:click=move |_| go(state.get_untracked().toggle(&d2, &i2), false)>{label.clone()} " ×"</button></li>
                                        }
                                    }).collect_view()
                                }}
                            </ul>
                            <p class="count" role="status" aria-live="polite">{move || (s.directory_count)(results.with(Vec::len))}</p>
                            {move || results.with(Vec::is_empty).then(|| {
                                let (go_suggest, go_clear) = (go_suggest.clone(), go_clear.clone());
                                view! {
                                    <div class="empty">
                                        <p>{s.directory_empty}</p>
                                        {suggestion.get().map(|better| {
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
                            <ul class="cards people">
                                {move || results.with(|r| r.iter().take(shown.get()).map(|(i, former)| view! {
                                    <AlumnusCard person=all_for_list[*i].clone() matched_former=former.clone()/>
                                }).collect_view())}
                            </ul>
                            {move || (results.with(Vec::len) > shown.get()).then(|| view! {
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
