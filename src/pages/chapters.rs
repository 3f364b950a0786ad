//! `/chapters`: regional chapters by country, college and interest groups, and a small map of
//! where the regional ones are.

use crate::data;
use crate::widgets::site_name;
use crate::widgets::{t, use_title, Async, Link};
use homecoming_core::community::ChapterPage;
use homecoming_core::model::ChapterKind;
use homecoming_core::routes::Route;
use leptos::prelude::*;

#[component]
pub fn Chapters() -> impl IntoView {
    let s = t();
    let c = s.community;
    use_title(move || c.chapters_title.to_string());
    view! {
        <section class="page">
            <h1>{c.chapters_title}</h1>
            <p class="lede">{c.chapters_intro}</p>
            <Async load=data::chapters render=move |chapters| {
                if chapters.is_empty() {
                    return view! { <p class="empty">{c.chapters_empty}</p> }.into_any();
                }
                let groups = ChapterKind::ALL.into_iter().map(|kind| {
                    let mut these: Vec<ChapterPage> = chapters.iter().filter(|ch| ch.kind == kind).cloned().collect();
                    // Regional chapters by country, then city; groups by name.
                    these.sort_by(|a, b| {
                        let key = |c: &ChapterPage| (c.country.as_ref().map(|k| k.name.clone()), c.city.clone(), c.name.clone());
                        key(a).cmp(&key(b))
                    });
                    (!these.is_empty()).then(|| view! {
                        <h2>{(c.chapter_kind_heading)(kind)}</h2>
                        <ul class="cards chapters">{these.into_iter().map(|ch| view! { <ChapterCard chapter=ch/> }).collect_view()}</ul>
                    })
                }).collect_view();
                let regional: Vec<(String, String)> = chapters.iter().filter_map(|ch| ch.country.as_ref().map(|k| (k.code.clone(), k.name.clone()))).collect();
                view! {
                    {(!regional.is_empty()).then(|| view! {
                        <Async load=data::world render=move |world| view! { <crate::map::ChapterMap world regional=regional.clone()/> }/>
                    })}
                    {groups}
                }.into_any()
            }/>
        </section>
    }
}

#[component]
fn ChapterCard(chapter: ChapterPage) -> impl IntoView {
    let c = t().community;
    let place = match (&chapter.city, &chapter.country, &chapter.college) {
        (Some(city), Some(country), _) => format!("{city}, {}", country.name),
        (None, Some(country), _) => country.name.clone(),
        (_, _, Some(college)) => site_name(&college.name),
        _ => (c.chapter_kind)(chapter.kind).to_string(),
    };
    view! {
        <li class="card">
            <p class="kicker">{place}</p>
            <h3><Link to=Route::Chapter(chapter.id.clone())>{site_name(&chapter.name)}</Link></h3>
            <p class="meta">{(c.chapter_members)(chapter.members)}</p>
        </li>
    }
}
