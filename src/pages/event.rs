use crate::cards::format_time;
use crate::data::{self, find};
use crate::platform::{format_instant, now_ms, viewer_time_zone};
use crate::widgets::{t, Link, RecordPage};
use homecoming_core::i18n::Lang;
use homecoming_core::model::Event;
use homecoming_core::routes::Route;
use leptos::prelude::*;

async fn load(id: String) -> Result<Event, data::AppError> {
    find(&data::events().await?, &id, "event", |e| &e.id)
}

#[component]
pub fn EventPage() -> impl IntoView {
    let s = t();
    view! {
        <RecordPage back=(Route::Events, s.events_title) load=load render=move |e: Event| {
                        let now = now_ms();
                        let viewer = viewer_time_zone();
                        let timed = !e.all_day;
                        let local = span(e.starts_utc_ms, e.ends_utc_ms, Some(&e.time_zone), timed);
                        let theirs = (timed && viewer != e.time_zone).then(|| span(e.starts_utc_ms, e.ends_utc_ms, None, true));
                        let ended = e.ends_utc_ms < now;
                        (e.title.clone(), view! {
                            <article class="event-page">
                                <p class="kicker">{(s.event_kind)(e.kind)}</p>
                                <h1>{e.title.clone()}</h1>
                                <p class="lede">{e.summary.clone()}</p>
                                {ended.then(|| view! { <p class="notice">{s.event_ended}</p> })}
                                <dl class="facts">
                                    <dt>{s.event_when}</dt>
                                    <dd>
                                        {if e.all_day { format!("{} ({})", local, s.event_all_day) } else { local }}
                                        {(!e.all_day).then(|| view! { <br/><span class="meta">{(s.event_local_time)(&e.time_zone)}</span> })}
                                        {theirs.map(|t| view! { <br/><strong class="your-time">{t}</strong><br/><span class="meta">{(s.event_your_time)(&viewer)}</span> })}
                                    </dd>
                                    {e.venue.clone().map(|v| view! {
                                        <dt>{s.event_where}</dt>
                                        <dd>
                                            {v.name.clone()} <br/> {format!("{}, {}, {}", v.address, v.city, v.country.name)}
                                            {v.lat.zip(v.lon).map(|(lat, lon)| view! {
                                                <br/><a href=format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}") rel="noopener">{s.event_map}</a>
                                            })}
                                        </dd>
                                    })}
                                    {e.online_url.clone().map(|u| view! { <dt>{s.event_online}</dt><dd><a href=u rel="noopener">{s.event_join}</a></dd> })}
                                    {e.organiser.clone().map(|o| view! { <dt>{s.event_organiser}</dt><dd><a href=o.href>{o.label}</a></dd> })}
                                </dl>
                                {e.registration.clone().filter(|_| !ended).map(|r| {
                                    let closed = r.deadline_utc_ms.is_some_and(|d| d < now);
                                    view! {
                                        <div class="register">
                                            {if closed {
                                                view! { <p class="notice">{s.event_registration_closed}</p> }.into_any()
                                            } else {
                                                view! {
                                                    <a class="button" href=r.url rel="noopener">{s.event_register}</a>
                                                    {r.deadline_utc_ms.map(|d| view! { <p class="meta">{(s.event_register_by)(&format_instant(d, Some(&e.time_zone), true, true))}</p> })}
                                                }.into_any()
                                            }}
                                        </div>
                                    }
                                })}
                                {e.calendar.clone().filter(|_| !ended).map(|c| view! {
                                    <h2>{s.event_add_calendar}</h2>
                                    <ul class="calendar-links">
                                        <li><a class="button secondary" href=c.ics download="">{s.event_ics}</a></li>
                                        <li><a class="button secondary" href=c.google rel="noopener" target="_blank">{s.event_google}</a></li>
                                        <li><a class="button secondary" href=c.outlook rel="noopener" target="_blank">{s.event_outlook}</a></li>
                                    </ul>
                                })}
                                <div class="prose" inner_html=e.description_html.clone()></div>
                                {e.class_year.map(|y| view! { <p><Link to=Route::Class(y)>{(s.event_for_class)(y)} " →"</Link></p> })}
                                {e.album.clone().map(|a| view! { <p><Link to=Route::Album(a)>{s.event_album} " →"</Link></p> })}
                                <SaveOffline id=e.id.clone() class_year=e.class_year/>
                            </article>
                        })
        }/>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Save {
    Idle,
    Saving,
    Saved(usize),
    Failed,
}

/// "Save for offline": keeps this event's page and, for a reunion, its class page and every
/// classmate's card in the service worker's cache, so the programme and who is who work in a
/// hall with no signal. Only where the browser has service workers (never in written HTML).
#[component]
fn SaveOffline(id: String, class_year: Option<i32>) -> impl IntoView {
    let s = t();
    if !crate::offline::can_save() {
        return ().into_any();
    }
    let state = RwSignal::new(Save::Idle);
    let dir = crate::dir::Session::get();
    let save = move |_| {
        state.set(Save::Saving);
        let (dir, id) = (dir.clone(), id.clone());
        leptos::task::spawn_local(async move {
            let classmates = match class_year {
                Some(year) => crate::pages::class::read_class(dir, year).await,
                None => data::events().await.map(|_| 0),
            };
            let mut pages = vec![Route::Event(id)];
            pages.extend(class_year.map(Route::Class));
            // Each page's written file as static hosts serve it (`events/x/`), and for a Chinese
            // reader the Chinese file that one moves to.
            let lang = crate::platform::lang();
            let mut files: Vec<String> = pages
                .iter()
                .flat_map(|r| {
                    let dir = r.path().trim_start_matches('/').to_string();
                    let own = (lang != Lang::En).then(|| format!("{dir}{}", lang.page_file()));
                    std::iter::once(dir).chain(own)
                })
                .collect();
            files.extend(data::fetched_files());
            state.set(match classmates {
                Ok(n) if crate::offline::save(&files).await => Save::Saved(n),
                _ => Save::Failed,
            });
        });
    };
    view! {
        <div class="save-offline">
            <button type="button" class="button secondary" on:click=save
                disabled=move || state.get() == Save::Saving>
                {move || if state.get() == Save::Saving { s.event_saving } else { s.event_save }}
            </button>
            <p class="meta" role="status">{move || match state.get() {
                Save::Saved(n) => (s.event_saved)(class_year, n),
                Save::Failed => s.event_save_failed.to_string(),
                _ => String::new(),
            }}</p>
        </div>
    }
    .into_any()
}

/// "Sat, 4 Jun 2027, 18:00 – 23:00 BST" when start and end fall on one day, both dates otherwise.
fn span(start: i64, end: i64, tz: Option<&str>, timed: bool) -> String {
    let day = |ms| format_instant(ms, tz, false, false);
    if day(start) == day(end) {
        if !timed {
            return day(start);
        }
        let end_time = format_time(end, tz);
        format!("{} – {end_time}", format_instant(start, tz, true, false))
    } else {
        format!(
            "{} – {}",
            format_instant(start, tz, timed, timed),
            format_instant(end, tz, timed, timed)
        )
    }
}
