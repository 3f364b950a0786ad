//! The campus timeline: milestones by decade, a tag filter in the address (`?tag=sports`), a
//! jump to each decade, and the "my years" lens that highlights the reader's own years.

use crate::data;
use crate::widgets::{t, use_title, Async, Later, Link, MyYear, MyYearPicker, SiteResource};
use homecoming_core::model::TimelineTag;
use homecoming_core::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

#[component]
pub fn Timeline() -> impl IntoView {
    let s = t();
    use_title(move || s.timeline_title.to_string());
    let my = expect_context::<MyYear>().0;
    let site = expect_context::<SiteResource>();
    let query = use_query_map();
    let tag = Memo::new(move |_| {
        query
            .read()
            .get("tag")
            .and_then(|t| TimelineTag::from_name(&t))
    });
    let navigate = use_navigate();
    let set_tag = move |t: Option<TimelineTag>| {
        let parts: Vec<String> = t.map(|t| param("tag", &[t.name()])).into_iter().collect();
        navigate(
            &Route::Timeline.with_query(&parts),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <section class="page narrow">
            <h1>{s.timeline_title}</h1>
            <p class="lede">{s.timeline_intro}</p>
            <div class="lens-box">
                {move || site.get().and_then(|r| r.ok()).map(|site| view! { <MyYearPicker from=site.founded/> })}
                <p class="meta">{s.lens_hint}</p>
                {move || my.get().map(|y| view! { <p><Link to=Route::Class(y)>{(s.profile_class_page)(y)} " →"</Link></p> })}
            </div>
            <div class="chips" role="group" aria-label=s.tags_label>
                {
                    let set_tag = set_tag.clone();
                    view! { <button type="button" class="chip" aria-pressed=move || tag.get().is_none().to_string() on:click=move |_| set_tag(None)>{s.tag_all}</button> }
                }
                {TimelineTag::ALL.into_iter().map(|name| {
                    let set_tag = set_tag.clone();
                    view! {
                        <button type="button" class="chip" aria-pressed=move || (tag.get() == Some(name)).to_string()
                            on:click=move |_| set_tag(Some(name))>{(s.tag_name)(name)}</button>
                    }
                }).collect_view()}
            </div>
            <Async load=data::timeline render=move |entries| {
                let all = entries.clone();
                view! {
                    {move || {
                        let tag = tag.get();
                        let shown: Vec<_> = all.iter().filter(|e| tag.as_ref().is_none_or(|t| e.tags.contains(t))).cloned().collect();
                        let mut decades: Vec<i32> = shown.iter().map(|e| e.date.decade()).collect();
                        decades.dedup();
                        view! {
                            <p class="count" role="status" aria-live="polite">{(s.timeline_count)(shown.len())}</p>
                            {shown.is_empty().then(|| view! { <p class="empty">{s.timeline_empty}</p> })}
                            <nav class="jump" aria-label=s.timeline_jump>
                                <ul>{decades.iter().map(|d| {
                                    let d = *d;
                                    view! { <li><button type="button" class="chip" on:click=move |_| jump(d)>{(s.decade)(d)}</button></li> }
                                }).collect_view()}</ul>
                            </nav>
                            // Taking over the written page, a decade a task (`Later`): one task
                            // for the whole timeline held a phone's main thread 170 ms and more.
                            {decades.iter().enumerate().map(|(i, d)| {
                                let d = *d;
                                let items: Vec<_> = shown.iter().filter(|e| e.date.decade() == d).cloned().collect();
                                let decade = move || view! {
                                    <Decade d items=items.clone() my/>
                                };
                                if i == 0 { decade().into_any() } else { view! { <Later>{decade.clone()}</Later> }.into_any() }
                            }).collect_view()}
                        }
                    }}
                }
            }/>
        </section>
    }
}

/// One decade of milestones, its own heading and anchor for the jump links.
#[component]
fn Decade(
    d: i32,
    items: Vec<homecoming_core::model::TimelineEntry>,
    my: RwSignal<Option<i32>>,
) -> impl IntoView {
    let s = t();
    view! {
        <section class="decade" id=format!("d{d}") tabindex="-1" aria-labelledby=format!("h{d}")>
            <h2 id=format!("h{d}")>{(s.decade)(d)}</h2>
            <ol class="milestones">{items.into_iter().map(|e| {
                let year = e.date.year;
                let mine = move || my.get().is_some_and(|y| MyYear::range(y).contains(&year));
                view! {
                    <li class="milestone" class:mine=mine>
                        <p class="kicker">
                            <time datetime=year.to_string()>{year}</time>
                            {e.tags.iter().map(|tag| view! { <span class="tag">{(s.tag_name)(*tag)}</span> }).collect_view()}
                            {move || mine().then(|| view! { <span class="badge-mine">{s.you_were_here}</span> })}
                        </p>
                        <h3>{e.title.clone()}</h3>
                        <div class="prose" inner_html=e.story_html.clone()></div>
                        {e.photos.clone().into_iter().map(|p| view! {
                            <Link to=Route::Photo(p.album.clone(), p.photo.clone())><img class="thumb" src=p.src.clone() alt=p.alt.clone() width="160" height="107" loading="lazy"/></Link>
                        }).collect_view()}
                    </li>
                }
            }).collect_view()}</ol>
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
