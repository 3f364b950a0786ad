use crate::app::data::{self, find, Loaded};
use crate::app::widgets::{t, Link, RecordPage};
use crate::model::Album;
use crate::routes::Route;
use leptos::prelude::*;

async fn load(id: String) -> Result<Album, crate::app::data::AppError> {
    let albums: Loaded<Vec<Album>> = data::gallery().await;
    find(&albums?, &id, "album", |a| &a.id)
}

#[component]
pub fn AlbumPage() -> impl IntoView {
    let s = t();
    view! {
        <RecordPage back=(Route::Gallery, s.album_back) load=load wide=true render=move |album: Album| (album.title.clone(), view! {
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
        })/>
    }
}
