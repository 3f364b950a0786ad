use crate::app::cards::EventCard;
use crate::app::data::{self, now_ms};
use crate::app::widgets::{t, use_title, Async};
use leptos::prelude::*;

#[component]
pub fn Events() -> impl IntoView {
    let s = t();
    use_title(move || s.events_title.to_string());
    view! {
        <section class="page">
            <h1>{s.events_title}</h1>
            <Async load=data::events render=move |events| {
                let now = now_ms();
                let upcoming: Vec<_> = events.iter().filter(|e| e.ends_utc_ms >= now).cloned().collect();
                let mut past: Vec<_> = events.iter().filter(|e| e.ends_utc_ms < now).cloned().collect();
                past.reverse();
                view! {
                    <h2>{s.events_upcoming}</h2>
                    {upcoming.is_empty().then(|| view! { <p class="empty">{s.events_none_upcoming}</p> })}
                    <ul class="cards">{upcoming.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul>
                    <h2>{s.events_past}</h2>
                    {past.is_empty().then(|| view! { <p class="empty">{s.events_none_past}</p> })}
                    <ul class="cards past">{past.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul>
                }
            }/>
        </section>
    }
}
