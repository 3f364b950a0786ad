use crate::data::{self, find};
use crate::widgets::site_name;
use crate::widgets::{human_size, short_date, t, Link, RecordPage};
use homecoming_core::model::Resource;
use homecoming_core::routes::Route;
use leptos::prelude::*;

async fn load(id: String) -> Result<Resource, data::AppError> {
    find(&data::careers().await?, &id, "resource", |r| &r.id)
}

#[component]
pub fn ResourcePage() -> impl IntoView {
    let s = t();
    view! {
        <RecordPage back=(Route::Careers, s.careers_back) load=load render=move |r: Resource| {
                        (r.title.clone(), view! {
                            <article>
                                <p class="kicker">{(s.category_name)(r.category)} " · " {(s.format_name)(r.format)}</p>
                                <h1>{r.title.clone()}</h1>
                                <p class="lede">{r.summary.clone()}</p>
                                <p class="meta">
                                    {r.author.clone().map(|a| view! {
                                        {s.resource_by} " "
                                        {match a.alumnus {
                                            Some(id) => view! { <Link to=Route::Alumnus(id)>{a.name.clone()}</Link> }.into_any(),
                                            None => view! { <span>{a.name.clone()}</span> }.into_any(),
                                        }}
                                        " · "
                                    })}
                                    {(s.resource_published)(&short_date(&r.published))}
                                </p>
                                <p class="meta">{s.resource_stages} ": " {r.stages.iter().map(|x| (s.stage_name)(*x)).collect::<Vec<_>>().join(s.list_sep)}
                                    {r.industry.clone().map(|i| format!(" · {}", site_name(&i.name)))}</p>
                                {r.file.clone().map(|f| view! {
                                    <p><a class="button" href=f.src.clone() download="">{(s.resource_download)(&f.mime, &human_size(f.bytes))}</a></p>
                                })}
                                {r.url.clone().map(|u| view! { <p><a class="button" href=u rel="noopener">{s.resource_open}</a></p> })}
                                <div class="prose" inner_html=r.body_html.clone()></div>
                            </article>
                        })
        }/>
    }
}
