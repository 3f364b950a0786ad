//! "Find a mentor": the reader says what they are looking for; mentors come ranked by
//! `mentors::rank` with the reasons shown. Requests go only through the contact method the mentor
//! made public, or through the alumni office. The choices live in the address:
//! `/mentors?industries=finance,software&stage=career-change&country=GB&city=London&language=English`.

use crate::data;
use crate::widgets::site_name;
use crate::widgets::{t, use_go_to, use_title, Async, FilterSelect, Link};
use homecoming_core::mentors::{rank, Reason, Wish};
use homecoming_core::model::{ContactMethod, PublicAlumnus, Stage};
use homecoming_core::routes::{param, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn href(w: &Wish) -> String {
    let mut parts = Vec::new();
    if !w.industries.is_empty() {
        parts.push(param("industries", &w.industries));
    }
    let stage = w.stage.map(|st| st.name().to_string());
    for (k, v) in [
        ("stage", &stage),
        ("country", &w.country),
        ("city", &w.city),
        ("language", &w.language),
    ] {
        if let Some(v) = v {
            parts.push(param(k, &[v]));
        }
    }
    Route::Mentors.with_query(&parts)
}

#[component]
pub fn Mentors() -> impl IntoView {
    let s = t();
    crate::widgets::use_people_page();
    use_title(move || s.mentors_title.to_string());
    let query = use_query_map();
    let wish = Memo::new(move |_| {
        let q = query.read();
        let one = |k: &str| q.get(k).filter(|v| !v.is_empty());
        Wish {
            industries: one("industries")
                .map(|v| v.split(',').map(str::to_string).collect())
                .unwrap_or_default(),
            stage: one("stage").and_then(|st| Stage::from_name(&st)),
            country: one("country"),
            city: one("city"),
            language: one("language"),
        }
    });
    let go_to = use_go_to();
    let set = move |w: Wish| go_to(&href(&w), true);
    view! {
        <section class="page">
            <p class="crumb"><Link to=Route::Careers>"← " {s.careers_title}</Link></p>
            <h1>{s.mentors_title}</h1>
            <p class="lede">{s.mentors_intro}</p>
            <Async load=|| async {
                let (a, site) = futures::join!(data::mentors(), data::site());
                Ok((a?, site?))
            } render=move |(alumni, site)| {
                let mentors: Vec<PublicAlumnus> = alumni.iter().filter(|p| p.mentor.is_some()).cloned().collect();
                let mut countries: Vec<(String, String)> = mentors.iter().filter_map(|p| p.country.as_ref().map(|c| (c.code.clone(), c.name.clone()))).collect();
                countries.sort_by(|a, b| a.1.cmp(&b.1));
                countries.dedup();
                let mut languages: Vec<String> = mentors.iter().flat_map(|p| p.mentor.iter().flat_map(|m| m.languages.clone())).collect();
                languages.sort();
                languages.dedup();
                let office = site.contacts.iter().find(|c| c.href.starts_with("mailto:")).map(|c| c.href.clone());
                let (set_ind, set_stage, set_country, set_city, set_lang) = (set.clone(), set.clone(), set.clone(), set.clone(), set.clone());
                let pool = mentors.clone();
                let suggestions = Memo::new(move |_| rank(&pool, &wish.get(), 12));
                view! {
                    <form class="mentor-form" on:submit=|ev| ev.prevent_default()>
                        <fieldset>
                            <legend>{s.mentors_interests}</legend>
                            <div class="checks">
                                {site.industries.iter().map(|i| {
                                    let (id, id2) = (i.id.clone(), i.id.clone());
                                    let set = set_ind.clone();
                                    view! {
                                        <label class="check">
                                            <input type="checkbox" name="industry" value=i.id.clone()
                                                prop:checked=move || wish.get().industries.contains(&id)
                                                on:change=move |_| {
                                                    let mut w = wish.get_untracked();
                                                    if let Some(pos) = w.industries.iter().position(|x| x == &id2) { w.industries.remove(pos); } else { w.industries.push(id2.clone()); }
                                                    set(w);
                                                }/>
                                            {site_name(&i.name)}
                                        </label>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                        <div class="filters">
                            <FilterSelect name="stage" label=s.mentors_stage
                                options=Stage::ALL.into_iter().map(|st| (st.name().to_string(), (s.stage_name)(st).to_string())).collect()
                                selected=Signal::derive(move || wish.get().stage.map(|st| st.name().to_string()))
                                pick=Callback::new(move |stage: Option<String>| set_stage(Wish { stage: stage.and_then(|st| Stage::from_name(&st)), ..wish.get_untracked() }))/>
                            <FilterSelect name="country" label=s.mentors_country options=countries
                                selected=Signal::derive(move || wish.get().country)
                                pick=Callback::new(move |country| set_country(Wish { country, ..wish.get_untracked() }))/>
                            <label>{s.mentors_city}
                                <input type="text" name="city" autocomplete="address-level2" prop:value=move || wish.get().city.unwrap_or_default()
                                    on:change=move |ev| { let v = event_target_value(&ev); set_city(Wish { city: (!v.trim().is_empty()).then(|| v.trim().to_string()), ..wish.get_untracked() }) }/>
                            </label>
                            <FilterSelect name="language" label=s.mentors_language
                                options=languages.into_iter().map(|l| (l.clone(), l)).collect()
                                selected=Signal::derive(move || wish.get().language)
                                pick=Callback::new(move |language| set_lang(Wish { language, ..wish.get_untracked() }))/>
                        </div>
                    </form>
                    // The results' heading: the cards below are its h3s.
                    <h2 class="count"><span role="status" aria-live="polite">{move || (s.mentors_results)(suggestions.with(Vec::len))}</span></h2>
                    {mentors.is_empty().then(|| view! { <p class="empty">{s.mentors_none}</p> })}
                    <ul class="cards mentors">
                        {move || suggestions.get().into_iter().filter_map(|sug| {
                            let p = mentors.iter().find(|p| p.id == sug.id)?.clone();
                            let m = p.mentor.clone()?;
                            let ask = match p.contact.clone() {
                                Some(ContactMethod::Email { address }) => Some(format!("mailto:{address}")),
                                Some(ContactMethod::Form { url }) | Some(ContactMethod::Linkedin { url }) => Some(url),
                                None => None,
                            };
                            let work = [p.job_title.clone(), p.employer.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ");
                            let place = [p.city.clone(), p.country.as_ref().map(|c| c.name.clone())].into_iter().flatten().collect::<Vec<_>>().join(", ");
                            Some(view! {
                                <li class="card mentor" data-id=p.id.clone()>
                                    <h3><Link to=Route::Alumnus(p.id.clone())>{p.name.clone()}</Link></h3>
                                    <p class="meta">{work} {p.industry.clone().map(|i| format!(" · {}", site_name(&i.name)))}</p>
                                    <p class="meta">{place}</p>
                                    <ul class="reasons">{sug.reasons.iter().map(|r| view! { <li>{reason_text(r)}</li> }).collect_view()}</ul>
                                    <p class="meta">{(s.mentors_capacity)(m.capacity)} {(!m.topics.is_empty()).then(|| format!(" · {}", m.topics.join(", ")))}</p>
                                    {match ask {
                                        Some(href) => view! { <p><a class="button" href=href rel="noopener">{s.mentors_ask}</a></p> }.into_any(),
                                        None => view! { <p><a class="button secondary" href=office.clone().unwrap_or_default()>{s.mentors_ask_office}</a></p> }.into_any(),
                                    }}
                                </li>
                            })
                        }).collect_view()}
                    </ul>
                }
            }/>
        </section>
    }
}

fn reason_text(r: &Reason) -> String {
    let s = t();
    match r {
        Reason::SameIndustry(i) => (s.reason_same_industry)(i),
        Reason::ChangedIndustry(a, b) => (s.reason_changed)(a, b),
        Reason::SameCity(c) => (s.reason_city)(c),
        Reason::SameCountry(c) => (s.reason_country)(c),
        Reason::Speaks(l) => (s.reason_speaks)(l),
        Reason::OtherIndustry(i) => (s.reason_other)(i),
    }
}
