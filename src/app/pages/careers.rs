use crate::app::data;
use crate::app::widgets::{short_date, t, use_title, Async, Link};
use crate::routes::Route;
use leptos::prelude::*;

#[component]
pub fn Careers() -> impl IntoView {
    let s = t();
    use_title(move || s.careers_title.to_string());
    view! {
        <section class="page">
            <h1>{s.careers_title}</h1>
            <p class="lede">{s.careers_intro}</p>
            <Async load=data::careers render=move |resources| {
                let mut categories: Vec<String> = resources.iter().map(|r| r.category.clone()).collect();
                categories.sort();
                categories.dedup();
                view! {
                    {resources.is_empty().then(|| view! { <p class="empty">{s.careers_empty}</p> })}
                    {categories.into_iter().map(|c| {
                        let items: Vec<_> = resources.iter().filter(|r| r.category == c).cloned().collect();
                        view! {
                            <h2>{category_name(&c)}</h2>
                            <ul class="cards">{items.into_iter().map(|r| view! {
                                <li class="card">
                                    <p class="kicker">{r.format.clone()} {r.industry.clone().map(|i| format!(" · {}", i.name))}</p>
                                    <h3><Link to=Route::Resource(r.id.clone())>{r.title.clone()}</Link></h3>
                                    <p>{r.summary.clone()}</p>
                                    <p class="meta">{(s.resource_published)(&short_date(&r.published))}</p>
                                </li>
                            }).collect_view()}</ul>
                        }
                    }).collect_view()}
                }
            }/>
        </section>
    }
}

/// "cv-and-resume" → "Cv and resume"; proper names come with the i18n of categories later.
pub fn category_name(id: &str) -> String {
    let text = id.replace('-', " ");
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => text,
    }
}
