//! `/chapters/{id}`: what a chapter is and where, its leaders (as they allowed), its events,
//! how many alumni belong, and how to join.

use crate::cards::{ContactLink, EventCard};
use crate::data::{self, find};
use crate::platform::now_ms;
use crate::widgets::site_name;
use crate::widgets::{t, Async, Link, RecordPage};
use homecoming_core::community::{ChapterPage, Leader};
use homecoming_core::model::Event;
use homecoming_core::routes::{encode_component, param, Route};
use leptos::prelude::*;

async fn load(id: String) -> Result<ChapterPage, data::AppError> {
    find(&data::chapters().await?, &id, "chapter", |c| &c.id)
}

#[component]
pub fn ChapterView() -> impl IntoView {
    let s = t();
    crate::widgets::use_people_page();
    view! {
        <RecordPage back=(Route::Chapters, s.community.chapters_title) load=load render=move |ch: ChapterPage| {
            (site_name(&ch.name), view! { <Chapter ch/> })
        }/>
    }
}

#[component]
fn Chapter(ch: ChapterPage) -> impl IntoView {
    let s = t();
    let c = s.community;
    let place = [
        ch.city.clone(),
        ch.country.as_ref().map(|k| k.name.clone()),
        ch.college.as_ref().map(|k| site_name(&k.name)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let id = ch.id.clone();
    let name = ch.name.clone();
    let join = ch.join.clone();
    view! {
        <article class="chapter-page">
            <p class="kicker">{(c.chapter_kind)(ch.kind)}</p>
            <h1>{site_name(&ch.name)}</h1>
            <p class="lede">
                {place}
                {ch.founded.map(|y| view! { " · " {(c.chapter_founded)(y)} })}
            </p>
            {if ch.about_html.is_empty() {
                view! { <p class="empty">{c.chapter_no_about}</p> }.into_any()
            } else {
                view! { <div class="prose" inner_html=ch.about_html.clone()></div> }.into_any()
            }}
            <p>
                {(c.chapter_members)(ch.members)}
                {(ch.members > 0).then(|| view! {
                    " · " <Link to=Route::Directory query=vec![param("chapter", &[&ch.id])]>{c.chapter_see_members} " →"</Link>
                })}
            </p>
            <h2>{c.chapter_leaders}</h2>
            {ch.leaders.is_empty().then(|| view! { <p class="empty">{c.chapter_no_leaders}</p> })}
            <ul class="cards people">{ch.leaders.iter().cloned().map(|leader| view! { <LeaderCard leader/> }).collect_view()}</ul>
            <Async load=|| async { let (e, site) = futures::join!(data::events(), data::site()); Ok((e?, site?)) } render=move |(events, site)| {
                let now = now_ms();
                let (upcoming, mut past): (Vec<Event>, Vec<Event>) = events.iter().filter(|e| e.chapter.as_ref().is_some_and(|k| k.id == id)).cloned().partition(|e| e.ends_utc_ms >= now);
                past.reverse();
                let office = (!site.updates.email.is_empty()).then(|| {
                    format!("mailto:{}?subject={}", site.updates.email, encode_component(&name))
                });
                view! {
                    <h2>{c.chapter_upcoming}</h2>
                    {upcoming.is_empty().then(|| view! { <p class="empty">{c.chapter_no_events}</p> })}
                    <ul class="cards">{upcoming.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul>
                    {(!past.is_empty()).then(|| view! {
                        <h2>{c.chapter_past}</h2>
                        <ul class="cards">{past.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul>
                    })}
                    <h2>{c.chapter_join}</h2>
                    {match (join.clone(), office) {
                        (Some(href), _) => view! { <p><a class="button" href=href rel="noopener">{c.chapter_join_link}</a></p> }.into_any(),
                        (None, Some(href)) => view! { <p><a class="button" href=href>{c.chapter_join_office}</a></p> }.into_any(),
                        (None, None) => view! { <p>{c.chapter_join_no_office}</p> }.into_any(),
                    }}
                }
            }/>
            <p><Link to=Route::Chapters>"← " {c.chapter_all}</Link></p>
        </article>
    }
}

/// A person in a role, with the way to reach them only when they made one public.
#[component]
pub fn LeaderCard(leader: Leader) -> impl IntoView {
    let s = t();
    let contact = leader
        .contact
        .clone()
        .map(|method| view! { <ContactLink method/> });
    view! {
        <li class="card person">
            <h3><Link to=Route::Alumnus(leader.person.id.clone())>{leader.person.name.clone()}</Link></h3>
            <p class="meta">{leader.role.clone()} " · " {(s.class_title)(leader.class_year)}</p>
            {contact.map(|c| view! { <p>{c}</p> })}
        </li>
    }
}
