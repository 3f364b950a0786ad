use crate::cards::EventCard;
use crate::data;
use crate::platform::{month_day, now_ms};
use crate::widgets::site_name;
use crate::widgets::{t, use_title, Async, Later, Link, MyYear, MyYearPicker, SiteResource};
use homecoming_core::facets::Dimension;
use homecoming_core::i18n::Strings;
use homecoming_core::routes::Route;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let s = t();
    use_title(String::new);
    let site = expect_context::<SiteResource>();
    let my = expect_context::<MyYear>().0;
    let sections = sections(s);
    view! {
        <section class="hero">
            <h1>{move || site.get().and_then(|r| r.ok()).map(|x| (s.home_welcome)(&site_name(&x.short_name)))}</h1>
            <p class="tagline">{move || site.get().and_then(|r| r.ok()).map(|x| x.tagline.clone())}</p>
            <Link to=Route::Directory class="button">{s.home_find_classmate}</Link>
            // The figures arrive after the page: their line keeps its place meanwhile, so the
            // sections below do not move when it fills.
            <div class="stats-slot">
            <Async load=|| async {
                let (a, e) = futures::join!(data::load_file::<homecoming_core::index::Meta>(homecoming_core::index::META_FILE), data::events());
                let countries = a.as_ref().map(|m| {
                    m.dims.iter().find(|d| d.name == Dimension::Country).map(|d| d.values.iter().filter(|v| v.count > 0).count()).unwrap_or(0)
                }).unwrap_or(0);
                let now = now_ms();
                Ok((a.map(|m| m.people).unwrap_or(0), countries, e.map(|e| e.iter().filter(|e| e.ends_utc_ms >= now).count()).unwrap_or(0)))
            } render=move |(a, c, e)| view! { <p class="stats">{(s.home_stats)(a, c, e)}</p> }/>
            </div>
        </section>
        // The sections below the hero, a task later while a written page is taken over.
        <Later>
        <section class="page" aria-labelledby="explore">
            <h2 id="explore">{s.home_sections}</h2>
            <ul class="sections">
                {sections.iter().cloned().map(|(route, name, blurb)| view! {
                    <li class="card"><Link to=route><strong>{name}</strong></Link><p>{blurb}</p></li>
                }).collect_view()}
            </ul>
        </section>
        <section class="page" aria-labelledby="upcoming">
            <h2 id="upcoming">{s.home_upcoming}</h2>
            <Async load=data::events render=move |events| {
                let now = now_ms();
                let next: Vec<_> = events.iter().filter(|e| e.ends_utc_ms >= now).take(3).cloned().collect();
                view! {
                    {next.is_empty().then(|| view! { <p class="empty">{s.events_none_upcoming}</p> })}
                    <ul class="cards">{next.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul>
                    <p><Link to=Route::Events>{s.home_see_all_events} " →"</Link></p>
                }
            }/>
        </section>
        <section class="page" aria-labelledby="yours">
            <h2 id="yours">{move || match my.get() {
                Some(y) => (s.when_you_were_here)(y - 4, y),
                None => s.lens_label.to_string(),
            }}</h2>
            {move || site.get().and_then(|r| r.ok()).map(|site| view! { <MyYearPicker from=site.founded/> })}
            <Async load=data::timeline render=move |entries| {
                let entries = entries.clone();
                view! {
                    {move || match my.get() {
                        None => view! { <p class="meta">{s.lens_hint}</p> }.into_any(),
                        Some(y) => {
                            let mine: Vec<_> = entries.iter().filter(|e| MyYear::range(y).contains(&e.date.year)).take(3).cloned().collect();
                            view! {
                                <ul class="cards">{mine.into_iter().map(|e| view! {
                                    <li class="card"><p class="kicker">{e.date.year}</p><h3>{e.title.clone()}</h3><div class="prose" inner_html=e.story_html.clone()></div></li>
                                }).collect_view()}</ul>
                                <p><Link to=Route::Class(y)>{(s.profile_class_page)(y)} " →"</Link></p>
                            }.into_any()
                        }
                    }}
                }
            }/>
        </section>
        <Async load=data::timeline render=move |entries| {
            // "On this day" by the device's calendar; the month's milestones when the day has none.
            let (month, day) = month_day();
            let same_day: Vec<_> = entries.iter().filter(|e| e.date.month == Some(month) && e.date.day == Some(day)).cloned().collect();
            let (title, list) = if same_day.is_empty() {
                (s.this_month, entries.iter().filter(|e| e.date.month == Some(month)).cloned().collect::<Vec<_>>())
            } else {
                (s.on_this_day, same_day)
            };
            (!list.is_empty()).then(|| view! {
                <section class="page" aria-labelledby="this-day">
                    <h2 id="this-day">{title}</h2>
                    <ul class="cards">{list.into_iter().map(|e| view! {
                        <li class="card"><p class="kicker">{e.date.year}</p><h3>{e.title.clone()}</h3><div class="prose" inner_html=e.story_html.clone()></div></li>
                    }).collect_view()}</ul>
                </section>
            })
        }/>
        <section class="page" aria-labelledby="archive">
            <h2 id="archive">{s.home_from_archive}</h2>
            <Async load=data::timeline render=move |entries| {
                // A different milestone each day, the same one all day.
                let day = (now_ms() / 86_400_000) as usize;
                let entry = (!entries.is_empty()).then(|| entries[day % entries.len()].clone());
                view! {
                    {entry.map(|e| view! {
                        <article class="card memory">
                            <p class="kicker">{e.date.year}</p>
                            <h3>{e.title.clone()}</h3>
                            <div class="prose" inner_html=e.story_html.clone()></div>
                        </article>
                    })}
                    <p><Link to=Route::Timeline>{s.home_see_timeline} " →"</Link></p>
                }
            }/>
        </section>
        </Later>
    }
}

/// The home page's doors into each part of the site.
fn sections(s: &'static Strings) -> [(Route, &'static str, &'static str); 8] {
    let c = s.community;
    [
        (Route::Directory, s.nav_directory, s.section_directory_blurb),
        (Route::Timeline, s.nav_timeline, s.section_timeline_blurb),
        (Route::Gallery, s.nav_gallery, s.section_gallery_blurb),
        (Route::Events, s.nav_events, s.section_events_blurb),
        (Route::Careers, s.nav_careers, s.section_careers_blurb),
        (Route::Chapters, c.nav_chapters, c.chapters_blurb),
        (Route::Giving, c.nav_giving, c.giving_blurb),
        (Route::Voice, c.nav_voice, c.voice_blurb),
    ]
}
