//! Cards and formatting shared by several pages: people, events, photos, times.

use super::widgets::{t, Link};
use crate::platform::format_instant;
use homecoming_core::model::{Card, Event, Photo};
use homecoming_core::routes::Route;
use leptos::prelude::*;

#[component]
pub fn AlumnusCard(
    person: Card,
    #[prop(default = None)] matched_former: Option<String>,
) -> impl IntoView {
    let s = t();
    let marked = |fields: [&str; 2]| fields.iter().any(|f| person.alumni_only.contains(f));
    let (latin_only, work_only, place_only) = (
        marked(["name_latin", "name_latin"]),
        marked(["job_title", "employer"]),
        marked(["city", "country"]),
    );
    let mark = move |on: bool| on.then(|| view! { <span class="only">{s.members.mark}</span> });
    let place = match (person.city, person.country) {
        (Some(c), Some(k)) => Some(format!("{c}, {k}")),
        (Some(x), None) | (None, Some(x)) => Some(x),
        _ => None,
    };
    let work = match (person.job_title, person.employer) {
        (Some(j), Some(e)) => Some(format!("{j}, {e}")),
        (Some(x), None) | (None, Some(x)) => Some(x),
        _ => None,
    };
    view! {
        <li class="card person">
            <Link to=Route::Alumnus(person.id)>
                <span class="avatar" aria-hidden="true">{initials(&person.name)}</span>
                <span class="who">
                    <strong>{person.name}</strong>
                    {person.name_latin.map(|l| view! { <span class="latin">{l} {mark(latin_only)}</span> })}
                    {matched_former.map(|f| view! { <span class="former">{(s.nee)(&f)}</span> })}
                </span>
            </Link>
            <p class="meta">{(s.class_of)(person.class_year)} " · " {crate::widgets::site_name(&person.major)}</p>
            {work.map(|w| view! { <p class="meta">{w} {mark(work_only)}</p> })}
            {place.map(|p| view! { <p class="meta">{p} {mark(place_only)}</p> })}
        </li>
    }
}

pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 2 {
        words
            .iter()
            .take(2)
            .filter_map(|w| w.chars().next())
            .collect()
    } else {
        name.chars().take(2).collect()
    }
}

#[component]
pub fn EventCard(event: Event) -> impl IntoView {
    let s = t();
    let place = event
        .venue
        .as_ref()
        .map(|v| format!("{}, {}", v.city, v.country.name))
        .unwrap_or_else(|| s.event_online.to_string());
    let when = event_date(&event);
    let title = event.title.clone();
    view! {
        <li class="card event">
            <p class="kicker">{(s.event_kind)(event.kind)}</p>
            <h3><Link to=Route::Event(event.id.clone())>{title}</Link></h3>
            <p class="meta"><time datetime=event.starts_local.clone()>{when}</time> " · " {place}</p>
            <p>{event.summary.clone()}</p>
        </li>
    }
}

/// The start of an event as people there read it, e.g. "Fri, 4 Jun 2027, 18:00".
pub fn event_date(event: &Event) -> String {
    format_instant(
        event.starts_utc_ms,
        Some(&event.time_zone),
        !event.all_day,
        false,
    )
}

/// A photo that reserves its space (`width`/`height`), shows a tiny preview until it arrives,
/// and lets the browser pick the variant for the slot. Unless `eager`, the real image is only
/// requested when it comes within 300 px of the screen (see `lazy`).
#[component]
pub fn ResponsiveImage(
    photo: Photo,
    sizes: &'static str,
    #[prop(optional)] eager: bool,
    /// The page's largest image (its first): asked for before the others.
    #[prop(optional)]
    first: bool,
) -> impl IntoView {
    let style = photo
        .placeholder
        .as_ref()
        .map(|p| format!("background-image:url({p})"))
        .unwrap_or_default();
    let img = NodeRef::<leptos::html::Img>::new();
    if !eager {
        img.on_load(|el| super::lazy::observe(&el));
    }
    let (src, srcset) = (photo.src.clone(), photo.srcset());
    // A transparent pixel stands in until the image is near: the preview shows through it.
    const BLANK: &str =
        "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
    view! {
        <img node_ref=img
            src=if eager { src.clone() } else { BLANK.to_string() }
            srcset=eager.then(|| srcset.clone())
            data-src=(!eager).then(|| src.clone())
            data-srcset=(!eager).then(|| srcset.clone())
            sizes=sizes alt=photo.caption.clone()
            // The page's largest paint: asked for first, drawn as soon as it is here.
            fetchpriority=first.then_some("high")
            width=photo.width height=photo.height style=style decoding=if eager { "auto" } else { "async" }/>
    }
}

/// Photos from several albums, each opening in its album's lightbox.
#[component]
pub fn PhotoGrid(photos: Vec<(String, Photo)>) -> impl IntoView {
    view! {
        <ul class="photo-grid">
            {photos.into_iter().map(|(album, p)| {
                let caption = p.caption.clone();
                let year = p.year;
                view! {
                    <li>
                        <figure>
                            <Link to=Route::Photo(album, p.id.clone()) class="zoom-in">
                                <ResponsiveImage photo=p sizes="(min-width: 1100px) 280px, (min-width: 700px) 33vw, 50vw"/>
                            </Link>
                            <figcaption>{caption} " · " {year}</figcaption>
                        </figure>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// "23:00 BST": the time of day with the zone's short name.
pub fn format_time(ms: i64, tz: Option<&str>) -> String {
    let full = format_instant(ms, tz, true, true);
    // The formatted date ends with ", HH:MM ZONE"; keep that part.
    full.rsplit_once(", ")
        .map(|(_, t)| t.to_string())
        .unwrap_or(full)
}

/// Class notes, newest first: the news, its date, and (on a class page) who sent it.
#[component]
pub fn Notes(notes: Vec<homecoming_core::model::ClassNote>, with_author: bool) -> impl IntoView {
    view! {
        <ul class="notes">{notes.into_iter().map(|n| view! {
            <li class="note">
                <p>{n.text.clone()}</p>
                <p class="meta">
                    {with_author.then(|| view! { <Link to=Route::Alumnus(n.author.id.clone())>{n.author.name.clone()}</Link> " · " })}
                    <time datetime=n.date.clone()>{n.date.clone()}</time>
                </p>
            </li>
        }).collect_view()}</ul>
    }
}

/// The one way a person agreed to be contacted, as a link that says which way it is.
#[component]
pub fn ContactLink(
    method: homecoming_core::model::ContactMethod,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    use homecoming_core::model::ContactMethod;
    let s = super::widgets::t();
    let (href, label, external) = match method {
        ContactMethod::Email { address } => {
            (format!("mailto:{address}"), s.profile_contact_email, false)
        }
        ContactMethod::Form { url } => (url, s.profile_contact_form, true),
        ContactMethod::Linkedin { url } => (url, s.profile_contact_linkedin, true),
    };
    view! { <a class=class href=href rel=external.then_some("noopener")>{label}</a> }
}
