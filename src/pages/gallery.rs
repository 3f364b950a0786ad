use crate::cards::ResponsiveImage;
use crate::data;
use crate::widgets::{t, use_title, Async, Link};
use homecoming_core::routes::Route;
use leptos::prelude::*;

#[component]
pub fn Gallery() -> impl IntoView {
    let s = t();
    use_title(move || s.gallery_title.to_string());
    view! {
        <section class="page">
            <h1>{s.gallery_title}</h1>
            <p class="lede">{s.gallery_intro}</p>
            <Async load=data::gallery render=move |albums| view! {
                {albums.is_empty().then(|| view! { <p class="empty">{s.gallery_empty}</p> })}
                <ul class="albums">
                    {newest_first(&albums).into_iter().enumerate().map(|(i, a)| {
                        let cover = a.photos.get(a.cover).cloned();
                        view! {
                            <li class="card album">
                                <Link to=Route::Album(a.id.clone())>
                                    // The first cover is the first screen's largest paint: fetched with the page
                                    // (also when it is written ahead of time, before the app could reveal
                                    // it). The next, below it on a phone, would only compete with it.
                                    {cover.map(|photo| view! { <ResponsiveImage photo sizes="(min-width: 1100px) 380px, (min-width: 700px) 50vw, 100vw" eager=i < 1 first=i == 0/> })}
                                    <strong>{a.title.clone()}</strong>
                                </Link>
                                <p class="meta">{a.year} " · " {a.place.clone()} " · " {(s.photos_count)(a.photos.len())}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }/>
        </section>
    }
}

/// Albums by year, newest first; the same year by title.
fn newest_first(albums: &[homecoming_core::model::Album]) -> Vec<homecoming_core::model::Album> {
    let mut v = albums.to_vec();
    v.sort_by(|a, b| b.year.cmp(&a.year).then(a.title.cmp(&b.title)));
    v
}
