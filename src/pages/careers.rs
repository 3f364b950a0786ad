//! The career library: search (diacritics, prefixes, typos, through `search`), filters with a
//! count for every value, and the whole state in the address:
//! `/careers?q=cv&category=cv-and-resume&stage=student&industry=software&format=template`.

use crate::data;
use crate::widgets::site_name;
use crate::widgets::{short_date, t, use_go_to, use_title, Async, Link};
use homecoming_core::model::{Opportunity, Resource};
use homecoming_core::routes::{param, Route};
use homecoming_core::search::{self, Field};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The filterable dimensions, in the order the page shows them.
const KEYS: [&str; 4] = ["category", "stage", "industry", "format"];

#[derive(Clone, Debug, Default, PartialEq)]
struct State {
    q: String,
    /// One chosen value (or none) per `KEYS` entry.
    chosen: [Option<String>; 4],
}

impl State {
    fn href(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(param("q", &[&self.q]));
        }
        for (key, value) in KEYS.iter().zip(&self.chosen) {
            if let Some(v) = value {
                parts.push(param(key, &[v]));
            }
        }
        Route::Careers.with_query(&parts)
    }
}

/// The values a resource has for one dimension (several stages, one of the others), each as
/// its name in the address and its label.
fn values(r: &Resource, key: usize) -> Vec<(String, String)> {
    let s = t();
    let named = |name: &str, label: &str| (name.to_string(), label.to_string());
    match key {
        0 => vec![named(r.category.name(), (s.category_name)(r.category))],
        1 => (r.stages.iter())
            .map(|st| named(st.name(), (s.stage_name)(*st)))
            .collect(),
        2 => (r.industry.iter())
            .map(|i| named(&i.id, &site_name(&i.name)))
            .collect(),
        _ => vec![named(r.format.name(), (s.format_name)(r.format))],
    }
}

fn passes(r: &Resource, state: &State, skip: Option<usize>) -> bool {
    state.chosen.iter().enumerate().all(|(k, v)| {
        Some(k) == skip
            || v.as_ref()
                .is_none_or(|v| values(r, k).iter().any(|(name, _)| name == v))
    })
}

fn matches(all: &[Resource], state: &State) -> Vec<(Resource, Option<search::Score>)> {
    let query = search::words(&state.q);
    let mut out: Vec<(Resource, Option<search::Score>)> = all
        .iter()
        .filter_map(|r| {
            let industry = r.industry.as_ref().map(|i| i.name.as_str()).unwrap_or("");
            let author = r.author.as_ref().map(|a| a.name.as_str()).unwrap_or("");
            let fields = [
                Field {
                    rank: 0,
                    text: &r.title,
                },
                Field {
                    rank: 1,
                    text: &r.summary,
                },
                Field {
                    rank: 2,
                    text: industry,
                },
                Field {
                    rank: 2,
                    text: author,
                },
                Field {
                    rank: 3,
                    text: (t().category_name)(r.category),
                },
            ];
            let score = if query.is_empty() {
                None
            } else {
                Some(search::score(&query, &fields)?)
            };
            Some((r.clone(), score))
        })
        .collect();
    // Ranked by how well they matched, newest first among equals.
    out.sort_by(|a, b| a.1.cmp(&b.1).then(b.0.published.cmp(&a.0.published)));
    out
}

/// Every value of every filter, in a fixed order that never jumps: (id, label) per filter.
fn options(all: &[Resource]) -> Vec<Vec<(String, String)>> {
    (0..KEYS.len())
        .map(|k| {
            let mut v: Vec<(String, String)> = all.iter().flat_map(|r| values(r, k)).collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v.dedup();
            v
        })
        .collect()
}

#[component]
pub fn Careers() -> impl IntoView {
    let s = t();
    use_title(move || s.careers_title.to_string());
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let q = query.read();
        State {
            q: q.get("q").unwrap_or_default(),
            chosen: KEYS.map(|k| q.get(k).filter(|v| !v.is_empty())),
        }
    });
    let go_to = use_go_to();
    // Typing replaces the address; choosing a filter is a step Back can undo.
    let set = move |next: State, replace: bool| go_to(&next.href(), replace);
    let headings = [
        s.careers_category,
        s.careers_stage,
        s.careers_industry,
        s.careers_format,
    ];
    view! {
        <section class="page">
            <h1>{s.careers_title}</h1>
            <p class="lede">{s.careers_intro}</p>
            <p><Link to=Route::Mentors>{s.mentors_cta} " →"</Link></p>
            // The library and the postings arrive together, so neither pushes the other down.
            <Async load=|| async {
                let (all, jobs) = futures::join!(data::careers(), data::opportunities());
                Ok((all?, jobs?))
            } render=move |(all, jobs)| {
                let all: Vec<Resource> = all.to_vec();
                let library_empty = all.is_empty();
                let set = set.clone();
                let set_q = set.clone();
                let dims = options(&all);
                let found = {
                    let all = all.clone();
                    Memo::new(move |_| {
                        let st = state.get();
                        matches(&all, &st).into_iter().filter(|(r, _)| passes(r, &st, None)).map(|(r, _)| r).collect::<Vec<_>>()
                    })
                };
                let counts = {
                    let all = all.clone();
                    // A value's count: matches of the query and the *other* chosen filters.
                    Memo::new(move |_| {
                        let st = state.get();
                        let hits = matches(&all, &st);
                        (0..KEYS.len()).map(|k| {
                            let mut c = std::collections::HashMap::<String, usize>::new();
                            for (r, _) in hits.iter().filter(|(r, _)| passes(r, &st, Some(k))) {
                                for (v, _) in values(r, k) {
                                    *c.entry(v).or_default() += 1;
                                }
                            }
                            c
                        }).collect::<Vec<_>>()
                    })
                };
                view! {
                    <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
                        <label for="cq">{s.careers_search_label}</label>
                        <input id="cq" name="q" type="search" autocomplete="off" placeholder=s.careers_search_placeholder
                            prop:value=move || state.get().q
                            on:input=move |ev| set_q(State { q: event_target_value(&ev), ..state.get_untracked() }, true)/>
                    </form>
                    <div class="filters" role="group" aria-label=s.careers_filters>
                        {dims.into_iter().enumerate().map(|(k, options)| {
                            let set = set.clone();
                            view! {
                                <label>{headings[k]}
                                    <select name=KEYS[k] on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        let mut next = state.get_untracked();
                                        next.chosen[k] = (!v.is_empty()).then_some(v);
                                        set(next, false);
                                    }>
                                        <option value="" selected=move || state.get().chosen[k].is_none()>{s.events_any}</option>
                                        {options.into_iter().map(|(id, name)| {
                                            let (sel, cnt) = (id.clone(), id.clone());
                                            view! {
                                                <option value=id selected=move || state.get().chosen[k].as_deref() == Some(sel.as_str())>
                                                    {move || format!("{name} ({})", counts.with(|c| c[k].get(&cnt).copied().unwrap_or(0)))}
                                                </option>
                                            }
                                        }).collect_view()}
                                    </select>
                                </label>
                            }
                        }).collect_view()}
                    </div>
                    // The results' heading: the cards below are its h3s.
                    <h2 class="count"><span role="status" aria-live="polite">{move || (s.careers_count)(found.with(Vec::len))}</span></h2>
                    // An empty library says so; an empty result says how to widen it.
                    {move || found.with(Vec::is_empty).then(|| view! {
                        <p class="empty">{if library_empty { s.careers_empty } else { s.careers_none }}</p>
                    })}
                    <ul class="cards">
                        {move || found.get().into_iter().map(|r| view! {
                            <li class="card">
                                <p class="kicker">{(s.category_name)(r.category)} " · " {(s.format_name)(r.format)}</p>
                                <h3><Link to=Route::Resource(r.id.clone())>{r.title.clone()}</Link></h3>
                                <p>{r.summary.clone()}</p>
                                <p class="meta">{r.industry.clone().map(|i| format!("{} · ", site_name(&i.name)))}{(s.resource_published)(&short_date(&r.published))}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                    <Opportunities all=jobs/>
                }
            }/>
        </section>
    }
}

/// Job and internship postings shared by alumni; a posting disappears when the device's clock
/// passes its expiry, whatever the build date was.
#[component]
fn Opportunities(all: std::sync::Arc<Vec<Opportunity>>) -> impl IntoView {
    let s = t();
    let now = crate::platform::now_ms();
    let open: Vec<_> = all.iter().filter(|o| o.is_open(now)).cloned().collect();
    view! {
        <h2 id="opportunities">{s.opportunities_title}</h2>
                {open.is_empty().then(|| view! { <p class="empty">{s.opportunities_none}</p> })}
                <ul class="cards opportunities">{open.into_iter().map(|o| view! {
                    <li class="card">
                        <p class="kicker">{(s.opportunity_kind)(o.kind)} {o.industry.clone().map(|i| format!(" · {}", site_name(&i.name)))}</p>
                        <h3>{o.title.clone()}</h3>
                        <p class="meta">{format!("{} · {}", o.employer, o.location)}</p>
                        <p>{o.summary.clone()}</p>
                        <p class="meta">
                            {(s.opportunity_dates)(&short_date(&o.posted), &short_date(&o.expires))}
                            {o.posted_by.clone().map(|p| view! { " · " {s.opportunity_shared_by} " " <Link to=Route::Alumnus(p.id.clone())>{p.name.clone()}</Link> })}
                        </p>
                        <p><a class="button" href=o.apply_url.clone() rel="noopener">{s.opportunity_apply}</a></p>
                    </li>
                }).collect_view()}</ul>
    }
}
