//! `/voice`: consultations (open, closing soon or closed by the device clock, and once closed
//! "you said, we did"), the alumni council, representatives, minutes and reports.

use crate::data;
use crate::platform::{format_instant, now_ms};
use crate::widgets::{t, use_title, Async, Link};
use homecoming_core::community::{Consultation, ConsultationState, Seat};
use homecoming_core::routes::Route;
use leptos::prelude::*;

#[component]
pub fn VoicePage() -> impl IntoView {
    let s = t();
    let c = s.community;
    crate::widgets::use_people_page();
    use_title(move || c.voice_title.to_string());
    view! {
        <section class="page">
            <h1>{c.voice_title}</h1>
            <p class="lede">{c.voice_intro}</p>
            <Async load=data::voice render=move |voice| {
                let now = now_ms();
                let (mut open, closed): (Vec<Consultation>, Vec<Consultation>) = voice.consultations.iter().cloned().partition(|k| k.state(now) != ConsultationState::Closed);
                open.sort_by_key(|k| k.closes_utc_ms);
                view! {
                    <h2>{c.voice_consultations}</h2>
                    {(open.is_empty() && closed.is_empty()).then(|| view! { <p class="empty">{c.voice_no_consultations}</p> })}
                    {open.into_iter().chain(closed).map(|k| view! { <ConsultationView k now/> }).collect_view()}
                    {(!voice.council_name.is_empty()).then(|| view! {
                        <h2>{voice.council_name.clone()}</h2>
                        <div class="prose" inner_html=voice.council_about_html.clone()></div>
                        {voice.council.is_empty().then(|| view! { <p class="empty">{c.voice_council_empty}</p> })}
                        <ul class="cards people">{voice.council.iter().cloned().map(|seat| view! { <SeatCard seat/> }).collect_view()}</ul>
                    })}
                    {(!voice.representatives.is_empty()).then(|| view! {
                        <h2>{c.voice_representatives}</h2>
                        <ul class="cards people">{voice.representatives.iter().cloned().map(|seat| view! { <SeatCard seat/> }).collect_view()}</ul>
                    })}
                    <h2>{c.voice_documents}</h2>
                    {voice.documents.is_empty().then(|| view! { <p class="empty">{c.voice_documents_empty}</p> })}
                    <ul class="documents">{voice.documents.iter().map(|d| view! {
                        <li>
                            <a href=d.file.src.clone() download="">{d.title.clone()}</a>
                            <span class="meta">" · " {d.date.clone()} " · " {crate::widgets::human_size(d.file.bytes)}</span>
                        </li>
                    }).collect_view()}</ul>
                }
            }/>
        </section>
    }
}

#[component]
fn ConsultationView(k: Consultation, now: i64) -> impl IntoView {
    let c = t().community;
    let state = k.state(now);
    let (badge, class) = match state {
        ConsultationState::Open => (c.consultation_open.to_string(), "badge open"),
        ConsultationState::Closing(d) => ((c.consultation_closing)(d), "badge closing"),
        ConsultationState::Closed => (c.consultation_closed.to_string(), "badge closed"),
    };
    let when = format_instant(k.closes_utc_ms, Some(&k.time_zone), true, true);
    let closed = state == ConsultationState::Closed;
    let answered = !k.heard_html.is_empty() || !k.did_html.is_empty();
    view! {
        <article class="card consultation" id=k.id.clone()>
            <p><span class=class>{badge}</span></p>
            <h3>{k.title.clone()}</h3>
            <p class="question"><strong>{k.question.clone()}</strong></p>
            <div class="prose" inner_html=k.background_html.clone()></div>
            <p class="meta">{if closed { c.consultation_closed_on } else { c.consultation_closes }} " " {when}</p>
            {(!closed).then(|| view! { <p><a class="button" href=k.respond.clone() rel="noopener">{c.consultation_respond}</a></p> })}
            {(closed && answered).then(|| view! {
                <div class="you-said">
                    <h4>{c.consultation_heard}</h4>
                    <div class="prose" inner_html=k.heard_html.clone()></div>
                    <h4>{c.consultation_did}</h4>
                    <div class="prose" inner_html=k.did_html.clone()></div>
                </div>
            })}
            {(closed && !answered).then(|| view! { <p class="notice">{c.consultation_pending}</p> })}
        </article>
    }
}

#[component]
fn SeatCard(seat: Seat) -> impl IntoView {
    let s = t();
    view! {
        <li class="card person">
            <h3><Link to=Route::Alumnus(seat.person.id.clone())>{seat.person.name.clone()}</Link></h3>
            <p class="meta">
                {seat.role.clone()}
                {(!seat.body.is_empty()).then(|| view! { ", " {seat.body.clone()} })}
            </p>
            <p class="meta">{(s.class_title)(seat.class_year)} " · " {(s.community.voice_term)(seat.term_from, seat.term_to)}</p>
        </li>
    }
}
