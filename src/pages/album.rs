//! An album: a grid of responsive photos, "then and now" comparisons, and a lightbox for each
//! photo at `/gallery/<album>/<photo>` (arrow keys, swipe, Escape, zoom, focus kept inside and
//! returned to the photo it came from).

use crate::cards::ResponsiveImage;
use crate::data::{self, find};
use crate::widgets::{href, t, Link, RecordPage};
use homecoming_core::model::{Album, PersonRef, Photo};
use homecoming_core::routes::Route;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

async fn load(id: String) -> Result<Album, data::AppError> {
    find(&data::gallery().await?, &id, "album", |a| &a.id)
}

/// Grid cells are about a third of the screen wide on phones and a quarter on wide screens.
const GRID_SIZES: &str = "(min-width: 1100px) 280px, (min-width: 700px) 33vw, 50vw";

#[component]
pub fn AlbumPage() -> impl IntoView {
    let s = t();
    view! {
        <RecordPage back=(Route::Gallery, s.album_back) load=load wide=true render=move |album: Album| {
            let pairs: Vec<(Photo, Photo)> = album.pairs.iter().filter_map(|(a, b)| Some((album.photos.get(*a)?.clone(), album.photos.get(*b)?.clone()))).collect();
            let id = album.id.clone();
            (album.title.clone(), view! {
                <h1>{album.title.clone()}</h1>
                <p class="meta">{album.year} " · " {album.place.clone()} " · " {(s.photos_count)(album.photos.len())}</p>
                <div class="prose" inner_html=album.description_html.clone()></div>
                {(!pairs.is_empty()).then(|| view! {
                    <h2>{s.then_and_now}</h2>
                    <ul class="compare-list">{pairs.into_iter().map(|(then, now)| view! { <li><Compare then now/></li> }).collect_view()}</ul>
                })}
                <ul class="photo-grid">
                    {album.photos.clone().into_iter().enumerate().map(|(i, p)| {
                        let to = Route::Photo(id.clone(), p.id.clone());
                        let cell = format!("photo-{}", p.id);
                        let thumb = p.clone();
                        view! {
                            <li id=cell>
                                <figure>
                                    <Link to scroll=false class="zoom-in">
                                        <ResponsiveImage photo=thumb sizes=GRID_SIZES eager=i < 2 first=i == 0/>
                                    </Link>
                                    <figcaption>
                                        {p.caption.clone()} " · " {p.year}
                                        <People people=p.people.clone()/>
                                    </figcaption>
                                </figure>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Lightbox album/>
            })
        }/>
    }
}

/// The photo named in the address, over the album, as a modal dialog.
#[component]
fn Lightbox(album: Album) -> impl IntoView {
    let s = t();
    let params = use_params_map();
    let navigate = use_navigate();
    let photos = StoredValue::new(album.photos.clone());
    let album_id = album.id.clone();
    let current = Memo::new(move |_| {
        let wanted = params.read().get("photo")?;
        photos.with_value(|p| p.iter().position(|x| x.id == wanted))
    });
    let zoomed = RwSignal::new(false);
    let touch_x = StoredValue::new(None::<i32>);
    let dialog = NodeRef::<leptos::html::Div>::new();

    // Moving between photos replaces the address; closing goes back to the album.
    let album_key = StoredValue::new(album_id);
    let go = Callback::new(move |index: Option<usize>| {
        zoomed.set(false);
        let album_id = album_key.get_value();
        let route = match index.and_then(|i| photos.with_value(|p| p.get(i).map(|x| x.id.clone())))
        {
            Some(photo) => Route::Photo(album_id, photo),
            None => Route::Album(album_id),
        };
        navigate(
            &route.path(),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let count = album.photos.len();
    let step = Callback::new(move |delta: isize| {
        if let Some(i) = current.get_untracked() {
            go.run(Some(
                (i as isize + delta).rem_euclid(count as isize) as usize
            ));
        }
    });
    let close = Callback::new(move |_: ()| {
        let returning_to = current
            .get_untracked()
            .and_then(|i| photos.with_value(|p| p.get(i).map(|x| x.id.clone())));
        go.run(None);
        // Focus goes back to the photo the lightbox was opened from.
        if let Some(id) = returning_to {
            request_animation_frame(move || focus_photo_link(&id));
        }
    });
    use_modal(Signal::derive(move || current.get().is_some()), dialog);

    let on_key = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "ArrowRight" => {
            ev.prevent_default();
            step.run(1)
        }
        "ArrowLeft" => {
            ev.prevent_default();
            step.run(-1)
        }
        "Escape" => {
            ev.prevent_default();
            close.run(())
        }
        "Tab" => trap_focus(&ev, dialog),
        _ => {}
    };
    let view_photo = move || {
        let i = current.get()?;
        photos.with_value(|p| p.get(i).cloned()).map(|p| (i, p))
    };
    view! {
        <Show when=move || current.get().is_some()>
            <div class="lightbox-backdrop" on:click=move |_| close.run(())></div>
            <div class="lightbox" role="dialog" aria-modal="true" aria-label=s.photo_viewer tabindex="-1" node_ref=dialog
                on:keydown=on_key
                on:touchstart=move |ev: web_sys::TouchEvent| {
                    touch_x.set_value(ev.changed_touches().get(0).map(|t| t.client_x()));
                }
                on:touchend=move |ev: web_sys::TouchEvent| {
                    let start = touch_x.get_value();
                    let end = ev.changed_touches().get(0).map(|t| t.client_x());
                    if let (Some(a), Some(b)) = (start, end) {
                        if !zoomed.get_untracked() && (b - a).abs() > 50 {
                            step.run(if b < a { 1 } else { -1 });
                        }
                    }
                }>
                {move || view_photo().map(|(i, p)| view! {
                    <figure class="lightbox-figure" class:zoomed=move || zoomed.get()>
                        <div class="lightbox-image" on:dblclick=move |_| zoomed.update(|z| *z = !*z)>
                            <ResponsiveImage photo=p.clone() sizes="100vw" eager=true/>
                        </div>
                        <figcaption>
                            <span class="counter">{format!("{} / {count}", i + 1)}</span>
                            {p.caption.clone()} " · " {p.year} " · " {p.place.clone()}
                            <People people=p.people.clone()/>
                            <a class="permalink" href=href(&Route::Photo(album_key.get_value(), p.id.clone()))>{s.photo_link}</a>
                        </figcaption>
                    </figure>
                })}
                <div class="lightbox-controls">
                    <button type="button" class="chip" on:click=move |_| step.run(-1)>"← " {s.photo_previous}</button>
                    <button type="button" class="chip" aria-pressed=move || zoomed.get().to_string() on:click=move |_| zoomed.update(|z| *z = !*z)>{s.photo_zoom}</button>
                    <button type="button" class="chip" on:click=move |_| step.run(1)>{s.photo_next} " →"</button>
                    <button type="button" class="chip close" on:click=move |_| close.run(())>{s.photo_close}</button>
                </div>
            </div>
        </Show>
    }
}

/// The link to a photo in the album's grid takes the focus.
fn focus_photo_link(id: &str) {
    if let Some(link) = document()
        .query_selector(&format!("#photo-{id} a"))
        .ok()
        .flatten()
    {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            let _ = link.focus();
        }
    }
}

/// While `open`, focus moves into the dialog and the page behind stops scrolling.
fn use_modal(open: Signal<bool>, dialog: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        let open = open.get();
        crate::platform::body_class("modal-open", open);
        if open {
            if let Some(el) = dialog.get() {
                let _ = el.focus();
            }
        }
    });
    on_cleanup(|| crate::platform::body_class("modal-open", false));
}

/// Keeps Tab and Shift+Tab inside the dialog.
fn trap_focus(ev: &web_sys::KeyboardEvent, dialog: NodeRef<leptos::html::Div>) {
    let Some(dialog) = dialog.get_untracked() else {
        return;
    };
    let Ok(items) = dialog.query_selector_all("a[href], button") else {
        return;
    };
    let (Some(first), Some(last)) = (items.get(0), items.get(items.length().saturating_sub(1)))
    else {
        return;
    };
    let active = document().active_element().map(wasm_bindgen::JsValue::from);
    let at =
        |node: &web_sys::Node| active.as_ref() == Some(&wasm_bindgen::JsValue::from(node.clone()));
    let target = if ev.shift_key()
        && (at(&first) || active.as_ref() == Some(&wasm_bindgen::JsValue::from(dialog.clone())))
    {
        Some(last)
    } else if !ev.shift_key() && at(&last) {
        Some(first)
    } else {
        None
    };
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default();
        let _ = target.focus();
    }
}

/// Two photos of one place, the older over the newer, revealed by a slider (a range input, so
/// keyboard and screen readers work as for any slider).
#[component]
fn Compare(then: Photo, now: Photo) -> impl IntoView {
    let s = t();
    let split = RwSignal::new(50u8);
    let label = format!("{} ({} – {})", s.compare_label, then.year, now.year);
    view! {
        <figure class="compare">
            <div class="compare-frame">
                <ResponsiveImage photo=now.clone() sizes="(min-width: 700px) 640px, 100vw"/>
                <div class="compare-then" style=move || format!("clip-path: inset(0 {}% 0 0)", 100 - split.get())>
                    <ResponsiveImage photo=then.clone() sizes="(min-width: 700px) 640px, 100vw"/>
                </div>
                <input type="range" min="0" max="100" step="1" aria-label=label
                    prop:value=move || split.get().to_string()
                    on:input=move |ev| split.set(event_target_value(&ev).parse().unwrap_or(50))/>
            </div>
            <figcaption>{then.caption.clone()} " · " {now.caption.clone()}</figcaption>
        </figure>
    }
}

/// "In this photo: …", linking each listed person to their profile.
#[component]
fn People(people: Vec<PersonRef>) -> impl IntoView {
    let s = t();
    (!people.is_empty()).then(|| {
        view! {
            <span class="photo-people">{s.photo_people} ": "
                {people.into_iter().map(|person| view! {
                    <Link to=Route::Alumnus(person.id)>{person.name}</Link> " "
                }).collect_view()}
            </span>
        }
    })
}
