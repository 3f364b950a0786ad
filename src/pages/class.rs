use crate::cards::{AlumnusCard, EventCard, PhotoGrid};
use crate::data;
use crate::dir;
use crate::widgets::{t, use_title, Async, Link};
use homecoming_core::facets::Dimension;
use homecoming_core::model::Card;
use homecoming_core::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Classmates shown on the page; the directory has them all.
const SHOWN: usize = 24;

/// How many listed people graduated in `year`, and the first `shown` of them in directory order.
async fn class_members(
    dir: dir::Session,
    year: i32,
    shown: usize,
) -> Result<(usize, Vec<Card>), data::AppError> {
    let meta = dir::ready().await?;
    let year_dim = meta.dims.iter().position(|d| d.name == Dimension::Year);
    let value = year_dim.and_then(|d| {
        meta.dims[d]
            .values
            .iter()
            .position(|v| v.id == year.to_string())
            .map(|v| (d, v))
    });
    let Some((d, v)) = value else {
        return Ok((0, Vec::new()));
    };
    let chosen = [(d, vec![v])];
    let facet = dir::facet(&meta, d, v).await?;
    let pass =
        homecoming_core::index::passing(meta.people, &chosen, |_, _| Some((*facet).clone()), None);
    let numbers: Vec<u32> = (0..meta.people as u32).filter(|p| pass.has(*p)).collect();
    let people = dir.people(&numbers[..numbers.len().min(shown)]).await?;
    Ok((numbers.len(), people))
}

/// What the class page of `year` shows: its classmates (the first `shown` of them), and the
/// timeline, gallery, events and notes it picks its years from.
async fn class_data(
    dir: dir::Session,
    year: i32,
    shown: usize,
) -> Result<ClassData, data::AppError> {
    let (a, tl, g, e, n) = futures::join!(
        class_members(dir, year, shown),
        data::timeline(),
        data::gallery(),
        data::events(),
        data::notes()
    );
    Ok((a?, tl?, g?, e?, n?))
}

type ClassData = (
    (usize, Vec<Card>),
    std::sync::Arc<Vec<homecoming_core::model::TimelineEntry>>,
    std::sync::Arc<Vec<homecoming_core::model::Album>>,
    std::sync::Arc<Vec<homecoming_core::model::Event>>,
    std::sync::Arc<Vec<homecoming_core::model::ClassNote>>,
);

/// Reads everything the class page of `year` shows, with every classmate's card (not only the
/// first `SHOWN`), so that "Save for offline" can keep them; returns how many classmates.
pub async fn read_class(dir: dir::Session, year: i32) -> Result<usize, data::AppError> {
    let ((total, _), ..) = class_data(dir, year, usize::MAX).await?;
    Ok(total)
}

/// Years a class spent on campus: the four years up to graduation.
const YEARS_ON_CAMPUS: i32 = 4;

#[component]
pub fn ClassPage() -> impl IntoView {
    let s = t();
    crate::widgets::use_people_page();
    let params = use_params_map();
    let year = move || {
        params
            .read()
            .get("year")
            .and_then(|y| y.parse::<i32>().ok())
            .unwrap_or(0)
    };
    use_title(move || (s.class_title)(year()));
    let dir = dir::Session::get();
    view! {
        <section class="page">
            {move || {
                let year = year();
                let from = year - YEARS_ON_CAMPUS;
                let dir = dir.clone();
                view! {
                    <h1>{(s.class_title)(year)}</h1>
                    <p class="lede">{(s.class_on_campus)(from, year)}</p>
                    <Async load=move || class_data(dir.clone(), year, SHOWN) render=move |((total, people), timeline, gallery, events, notes)| {
                        let notes: Vec<_> = notes.iter().filter(|n| n.class_year == year).cloned().collect();
                        let moments: Vec<_> = timeline.iter().filter(|m| (from..=year).contains(&m.date.year)).cloned().collect();
                        let photos: Vec<_> = gallery.iter().flat_map(|a| a.photos.iter().filter(|p| (from..=year).contains(&p.year)).map(|p| (a.id.clone(), p.clone()))).take(12).collect();
                        let reunions: Vec<_> = events.iter().filter(|e| e.class_year == Some(year)).cloned().collect();
                        view! {
                            <h2>{(s.class_classmates)(total)}</h2>
                            {people.is_empty().then(|| view! { <p class="empty">{s.class_none}</p> })}
                            <ul class="cards people">{people.into_iter().map(|person| view! { <AlumnusCard person/> }).collect_view()}</ul>
                            {(total > 0).then(|| view! {
                                <p><Link to=Route::Directory query=vec![param("year", &[&year.to_string()])]>{(s.class_see_all)(year)} " →"</Link></p>
                            })}
                            <h2>{s.class_notes}</h2>
                            {notes.is_empty().then(|| view! { <p class="empty">{s.class_none}</p> })}
                            <crate::cards::Notes notes with_author=true/>
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
