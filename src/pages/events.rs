use crate::cards::EventCard;
use crate::data;
use crate::platform::now_ms;
use crate::widgets::site_name;
use crate::widgets::{t, use_go_to, use_title, Async, FilterSelect};
use homecoming_core::model::{Event, EventKind};
use homecoming_core::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The filters, as they appear in the address:
/// `/events?kind=reunion&chapter=london&region=GB&class=1977` (`region=online` for online-only).
#[derive(Clone, Debug, Default, PartialEq)]
struct Filters {
    kind: Option<String>,
    chapter: Option<String>,
    region: Option<String>,
    class: Option<i32>,
}

impl Filters {
    fn matches(&self, e: &Event) -> bool {
        self.kind
            .as_deref()
            .is_none_or(|k| EventKind::name(e.kind) == k)
            && self
                .chapter
                .as_deref()
                .is_none_or(|c| e.chapter.as_ref().is_some_and(|x| x.id == c))
            && self.region.as_deref().is_none_or(|r| region_of(e) == r)
            && self.class.is_none_or(|y| e.class_year == Some(y))
    }

    fn href(&self) -> String {
        let parts: Vec<String> = [
            self.kind.as_ref().map(|k| param("kind", &[k])),
            self.chapter.as_ref().map(|c| param("chapter", &[c])),
            self.region.as_ref().map(|r| param("region", &[r])),
            self.class.map(|y| param("class", &[y.to_string()])),
        ]
        .into_iter()
        .flatten()
        .collect();
        Route::Events.with_query(&parts)
    }
}

/// Where an event happens: the venue's country code, or `online`.
fn region_of(e: &Event) -> &str {
    e.venue
        .as_ref()
        .map(|v| v.country.code.as_str())
        .unwrap_or("online")
}

#[component]
pub fn Events() -> impl IntoView {
    let s = t();
    use_title(move || s.events_title.to_string());
    let query = use_query_map();
    let filters = Memo::new(move |_| {
        let q = query.read();
        Filters {
            kind: q.get("kind").filter(|k| !k.is_empty()),
            chapter: q.get("chapter").filter(|c| !c.is_empty()),
            region: q.get("region").filter(|r| !r.is_empty()),
            class: q.get("class").and_then(|y| y.parse().ok()),
        }
    });
    let go_to = use_go_to();
    // Each filter choice is a step of its own: Back undoes it.
    let set = move |f: Filters| go_to(&f.href(), false);
    view! {
        <section class="page">
            <h1>{s.events_title}</h1>
            <p><a href="events.ics" download="">{s.events_subscribe}</a></p>
            <Async load=data::events render=move |events| {
                let set = set.clone();
                let events = events.clone();
                // Filter values come from the events themselves, in a fixed order that never jumps.
                let mut chapters: Vec<(String, String)> = events.iter().filter_map(|e| e.chapter.as_ref().map(|c| (c.id.clone(), site_name(&c.name)))).collect();
                chapters.sort();
                chapters.dedup();
                let mut regions: Vec<(String, String)> = events.iter().map(|e| (region_of(e).to_string(), e.venue.as_ref().map(|v| v.country.name.clone()).unwrap_or_else(|| s.event_online.to_string()))).collect();
                regions.sort_by(|a, b| a.1.cmp(&b.1));
                regions.dedup();
                let mut classes: Vec<i32> = events.iter().filter_map(|e| e.class_year).collect();
                classes.sort_unstable();
                classes.dedup();
                let (set_kind, set_chapter, set_region, set_class, set_clear) = (set.clone(), set.clone(), set.clone(), set.clone(), set.clone());
                let shown = {
                    let events = events.clone();
                    Memo::new(move |_| {
                        let f = filters.get();
                        let now = now_ms();
                        let (upcoming, mut past): (Vec<Event>, Vec<Event>) = events.iter().filter(|e| f.matches(e)).cloned().partition(|e| e.ends_utc_ms >= now);
                        past.reverse();
                        (upcoming, past)
                    })
                };
                view! {
                    <form class="filters" aria-label=s.events_filters on:submit=|ev| ev.prevent_default()>
                        <FilterSelect name="kind" label=s.events_kind_label
                            options=EventKind::ALL.into_iter().map(|k| (EventKind::name(k).to_string(), (s.event_kind)(k).to_string())).collect()
                            selected=Signal::derive(move || filters.get().kind)
                            pick=Callback::new(move |kind| set_kind(Filters { kind, ..filters.get_untracked() }))/>
                        <FilterSelect name="chapter" label=s.events_chapter_label options=chapters
                            selected=Signal::derive(move || filters.get().chapter)
                            pick=Callback::new(move |chapter| set_chapter(Filters { chapter, ..filters.get_untracked() }))/>
                        <FilterSelect name="region" label=s.events_region_label options=regions
                            selected=Signal::derive(move || filters.get().region)
                            pick=Callback::new(move |region| set_region(Filters { region, ..filters.get_untracked() }))/>
                        <FilterSelect name="class" label=s.events_class_label
                            options=classes.into_iter().map(|y| (y.to_string(), y.to_string())).collect()
                            selected=Signal::derive(move || filters.get().class.map(|y| y.to_string()))
                            pick=Callback::new(move |class: Option<String>| set_class(Filters { class: class.and_then(|c| c.parse().ok()), ..filters.get_untracked() }))/>
                    </form>
                    <p class="count" role="status" aria-live="polite">{move || shown.with(|(u, p)| (s.events_count)(u.len() + p.len()))}</p>
                    {move || shown.with(|(u, p)| u.is_empty() && p.is_empty()).then(|| {
                        let set_clear = set_clear.clone();
                        view! {
                            <div class="empty">
                                <p>{s.events_no_match}</p>
                                <button type="button" class="button" on:click=move |_| set_clear(Filters::default())>{s.events_clear}</button>
                            </div>
                        }
                    })}
                    <h2>{s.events_upcoming}</h2>
                    {move || shown.with(|(u, _)| u.is_empty()).then(|| view! { <p class="empty">{s.events_none_upcoming}</p> })}
                    <ul class="cards">{move || shown.with(|(u, _)| u.iter().cloned().map(|event| view! { <EventCard event/> }).collect_view())}</ul>
                    <h2>{s.events_past}</h2>
                    {move || shown.with(|(_, p)| p.is_empty()).then(|| view! { <p class="empty">{s.events_none_past}</p> })}
                    <ul class="cards past">{move || shown.with(|(_, p)| p.iter().cloned().map(|event| view! { <EventCard event/> }).collect_view())}</ul>
                }
            }/>
        </section>
    }
}
