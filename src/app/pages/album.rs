use crate::app::data::{self, find};
use crate::app::widgets::{t, use_title, Async, Link};
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn AlbumPage() -> impl IntoView {
    let s = t();
    let params = use_params_map();
    let title = RwSignal::new(String::new());
    use_title(move || title.get());
    view! {
        <section class="page">
            <p class="crumb"><Link to=Route::Gallery>"← " {s.album_back}</Link></p>
            {move || {
                let id = params.read().get("id").unwrap_or_default();
                view! {
                    <Async load=move || { let id = id.clone(); async move {
                        let albums = data::gallery().await?;
                        find(&albums, &id, "album", |a| &a.id)
                    }} render=move |album| {
                        title.set(album.title.clone());
                        view! {
                            <h1>{album.title.clone()}</h1>
                            <p class="meta">{album.year} " · " {album.place.clone()} " · " {(s.photos_count)(album.photos.len())}</p>
                            <div class="prose" inner_html=album.description_html.clone()></div>
                            <ul class="photo-grid">
                                {album.photos.clone().into_iter().map(|p| view! {
                                    <li id=format!("photo-{}", p.id)>
                                        <figure>
                                            <img src=p.src.clone() alt=p.caption.clone() width=p.width height=p.height loading="lazy" decoding="async"/>
                                            <figcaption>
                                                {p.caption.clone()} " · " {p.year}
                                                {(!p.people.is_empty()).then(|| view! {
                                                    <span class="people">{s.photo_people} ": "
                                                        {p.people.clone().into_iter().map(|person| view! {
                                                            <Link to=Route::Alumnus(person.id.clone())>{person.name.clone()}</Link> " "
                                                        }).collect_view()}
                                                    </span>
                                                })}
                                            </figcaption>
                                        </figure>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }
                    }/>
                }
            }}
        </section>
    }
}
