use crate::app::data;
use crate::app::widgets::{t, use_title, Async, Link};
use crate::routes::Route;
use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    let s = t();
    use_title(move || s.timeline_title.to_string());
    view! {
        <section class="page narrow">
            <h1>{s.timeline_title}</h1>
            <p class="lede">{s.timeline_intro}</p>
            <Async load=data::timeline render=move |entries| {
                let mut decades: Vec<i32> = entries.iter().map(|e| e.date.decade()).collect();
                decades.dedup();
                view! {
                    {entries.is_empty().then(|| view! { <p class="empty">{s.timeline_empty}</p> })}
                    <nav class="jump" aria-label=s.timeline_jump>
                        <ul>{decades.iter().map(|d| {
                            let d = *d;
                            view! { <li><button type="button" class="chip" on:click=move |_| jump(d)>{(s.decade)(d)}</button></li> }
                        }).collect_view()}</ul>
                    </nav>
                    {decades.iter().map(|d| {
                        let d = *d;
                        let items: Vec<_> = entries.iter().filter(|e| e.date.decade() == d).cloned().collect();
                        view! {
                            <section class="decade" id=format!("d{d}") tabindex="-1" aria-labelledby=format!("h{d}")>
                                <h2 id=format!("h{d}")>{(s.decade)(d)}</h2>
                                <ol class="milestones">{items.into_iter().map(|e| view! {
                                    <li class="milestone">
                                        <p class="kicker"><time datetime=e.date.year.to_string()>{e.date.year}</time>{e.tags.iter().map(|tag| view! { <span class="tag">{tag.replace('-', " ")}</span> }).collect_view()}</p>
                                        <h3>{e.title.clone()}</h3>
                                        <div class="prose" inner_html=e.story_html.clone()></div>
                                        {e.photos.clone().into_iter().map(|p| view! {
                                            <Link to=Route::Album(p.album.clone())><img class="thumb" src=p.src.clone() alt=p.alt.clone() width="160" height="107" loading="lazy"/></Link>
                                        }).collect_view()}
                                    </li>
                                }).collect_view()}</ol>
                            </section>
                        }
                    }).collect_view()}
                }
            }/>
        </section>
    }
}

/// Scrolls to a decade and moves focus there, for keyboard and screen-reader users too.
fn jump(decade: i32) {
    if let Some(el) = document().get_element_by_id(&format!("d{decade}")) {
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}
