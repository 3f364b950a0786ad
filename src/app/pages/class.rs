use crate::app::cards::{AlumnusCard, EventCard, PhotoGrid};
use crate::app::data;
use crate::app::widgets::{t, use_title, Async};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Years a class spent on campus: the four years up to graduation.
const YEARS_ON_CAMPUS: i32 = 4;

#[component]
pub fn ClassPage() -> impl IntoView {
    let s = t();
    let params = use_params_map();
    let year = move || {
        params
            .read()
            .get("year")
            .and_then(|y| y.parse::<i32>().ok())
            .unwrap_or(0)
    };
    use_title(move || (s.class_title)(year()));
    view! {
        <section class="page">
            {move || {
                let year = year();
                let from = year - YEARS_ON_CAMPUS;
                view! {
                    <h1>{(s.class_title)(year)}</h1>
                    <p class="lede">{(s.class_on_campus)(from, year)}</p>
                    <Async load=move || async move {
                        let (a, tl, g, e) = futures::join!(data::alumni(), data::timeline(), data::gallery(), data::events());
                        Ok((a?, tl?, g?, e?))
                    } render=move |(alumni, timeline, gallery, events)| {
                        let people: Vec<_> = alumni.iter().filter(|p| p.class_year == year).cloned().collect();
                        let moments: Vec<_> = timeline.iter().filter(|m| (from..=year).contains(&m.date.year)).cloned().collect();
                        let photos: Vec<_> = gallery.iter().flat_map(|a| a.photos.iter().filter(|p| (from..=year).contains(&p.year)).map(|p| (a.id.clone(), p.clone()))).take(12).collect();
                        let reunions: Vec<_> = events.iter().filter(|e| e.class_year == Some(year)).cloned().collect();
                        view! {
                            <h2>{(s.class_classmates)(people.len())}</h2>
                            {people.is_empty().then(|| view! { <p class="empty">{s.class_none}</p> })}
                            <ul class="cards people">{people.into_iter().map(|person| view! { <AlumnusCard person/> }).collect_view()}</ul>
                            <h2>{s.nav_timeline}</h2>
                            {moments.is_empty().then(|| view! { <p class="empty">{s.class_none}</p> })}
                            <ul class="cards">{moments.into_iter().map(|m| view! {
                                <li class="card"><p class="kicker">{m.date.year}</p><h3>{m.title.clone()}</h3><div class="prose" inner_html=m.story_html.clone()></div></li>
                            }).collect_view()}</ul>
                            <h2>{s.class_photos}</h2>
                            {photos.is_empty().then(|| view! { <p class="empty">{s.class_none}</p> })}
                            <PhotoGrid photos/>
                            <h2>{s.class_reunions}</h2>
                            {reunions.is_empty().then(|| view! { <p class="empty">{s.class_none}</p> })}
                            <ul class="cards">{reunions.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul>
                        }
                    }/>
                }
            }}
        </section>
    }
}
