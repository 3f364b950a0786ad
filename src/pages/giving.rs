//! `/giving`: the honour roll (by class year or by kind, as each person chose to be
//! recognised), named scholarships and funds, stories, and ways to give back now.

use crate::data;
use crate::widgets::{t, use_title, Async, Link};
use homecoming_core::community::{Fund, Gift, GiftKind, Giving, Story};
use homecoming_core::model::{PersonRef, Site};
use homecoming_core::routes::{encode_component, param, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

#[component]
pub fn GivingPage() -> impl IntoView {
    let s = t();
    let c = s.community;
    crate::widgets::use_people_page();
    use_title(move || c.giving_title.to_string());
    let query = use_query_map();
    let by_kind = move || query.read().get("by").as_deref() == Some("kind");
    let load = || async {
        let (g, site) = futures::join!(data::giving(), data::site());
        Ok((g?, site?))
    };
    view! {
        <section class="page">
            <h1>{c.giving_title}</h1>
            <p class="lede">{c.giving_intro}</p>
            <Async load render=move |(giving, site)| {
                let roll = giving.roll.clone();
                view! {
                    <h2 id="roll">{c.giving_roll}</h2>
                    <p class="meta">{c.giving_roll_note}</p>
                    <nav class="tabs" aria-label=c.giving_roll>
                        <Link to=Route::Giving attr:aria-current=move || (!by_kind()).then_some("page")>{c.giving_by_year}</Link>
                        <Link to=Route::Giving query=vec![param("by", &["kind"])] attr:aria-current=move || by_kind().then_some("page")>{c.giving_by_kind}</Link>
                    </nav>
                    {roll.is_empty().then(|| view! { <p class="empty">{c.giving_roll_empty}</p> })}
                    {move || if by_kind() { by_kind_view(&roll).into_any() } else { by_year_view(&roll).into_any() }}
                    <h2>{c.giving_funds}</h2>
                    {giving.funds.is_empty().then(|| view! { <p class="empty">{c.giving_funds_empty}</p> })}
                    <ul class="cards">{giving.funds.iter().cloned().map(|fund| view! { <FundCard fund/> }).collect_view()}</ul>
                    <h2>{c.giving_stories}</h2>
                    {giving.stories.is_empty().then(|| view! { <p class="empty">{c.giving_stories_empty}</p> })}
                    {giving.stories.iter().cloned().map(|story| view! { <StoryView story/> }).collect_view()}
                    <Ways site=site.clone()/>
                }
            }/>
        </section>
    }
}

/// Named givers of one group, then how many more gave anonymously.
fn names(gifts: &[&Gift], with_kind: bool) -> impl IntoView {
    let c = t().community;
    let anonymous = gifts.iter().filter(|g| g.person.is_none()).count();
    let named: Vec<(Gift, PersonRef)> = gifts
        .iter()
        .filter_map(|g| Some(((*g).clone(), g.person.clone()?)))
        .collect();
    view! {
        <ul class="roll">
            {named.into_iter().map(|(g, p)| {
                let what = if with_kind { format!("{} {}", (c.gift_kind)(g.kind), g.year) } else { g.year.to_string() };
                view! {
                    <li>
                        <Link to=Route::Alumnus(p.id.clone())>{p.name.clone()}</Link>
                        <span class="meta">" · " {what}
                            {g.band.clone().map(|b| view! { " · " {b} })}
                            {g.note.clone().map(|n| view! { " · " {n} })}
                        </span>
                    </li>
                }
            }).collect_view()}
            {(anonymous > 0).then(|| view! { <li class="meta">{(c.giving_anonymous)(anonymous)}</li> })}
        </ul>
    }
}

fn by_year_view(roll: &[Gift]) -> impl IntoView {
    let s = t();
    let mut years: Vec<Option<i32>> = roll.iter().map(|g| g.class_year).collect();
    years.sort_by_key(|y| y.unwrap_or(i32::MAX));
    years.dedup();
    years
        .into_iter()
        .map(|year| {
            let these: Vec<&Gift> = roll.iter().filter(|g| g.class_year == year).collect();
            let title = year
                .map(s.class_title)
                .unwrap_or_else(|| s.community.giving_class_unknown.to_string());
            view! { <h3>{title}</h3> {names(&these, true)} }
        })
        .collect_view()
}

fn by_kind_view(roll: &[Gift]) -> impl IntoView {
    let c = t().community;
    [(true, c.giving_time), (false, c.giving_money)]
        .into_iter()
        .map(|(time, heading)| {
            let kinds = GiftKind::ALL
                .into_iter()
                .filter(|k| k.is_time() == time)
                .filter_map(|kind| {
                    let these: Vec<&Gift> = roll.iter().filter(|g| g.kind == kind).collect();
                    (!these.is_empty())
                        .then(|| view! { <h4>{(c.gift_kind)(kind)}</h4> {names(&these, false)} })
                })
                .collect_view();
            view! { <h3>{heading}</h3> {kinds} }
        })
        .collect_view()
}

#[component]
fn FundCard(fund: Fund) -> impl IntoView {
    let c = t().community;
    view! {
        <li class="card fund">
            <p class="kicker">{(c.fund_established)(fund.established)}</p>
            <h3>{fund.name.clone()}</h3>
            {fund.founder.clone().map(|f| view! {
                <p class="meta">{c.fund_founded_by} " "
                    {match f.alumnus {
                        Some(id) => view! { <Link to=Route::Alumnus(id)>{f.name.clone()}</Link> }.into_any(),
                        None => view! { <span>{f.name.clone()}</span> }.into_any(),
                    }}
                </p>
            })}
            <div class="prose" inner_html=fund.description_html.clone()></div>
            <h4>{c.fund_impact}</h4>
            <div class="prose" inner_html=fund.impact_html.clone()></div>
            {fund.give_url.clone().map(|u| view! { <p><a class="button" href=u rel="noopener">{c.fund_give}</a></p> })}
        </li>
    }
}

#[component]
fn StoryView(story: Story) -> impl IntoView {
    view! {
        <article class="card story">
            {story.photo.as_ref().map(|p| view! { <crate::cards::ResponsiveImage photo=p.as_photo() sizes="(min-width: 48rem) 40rem, 100vw"/> })}
            <p class="kicker">{story.date.clone()}</p>
            <h3>{story.title.clone()}</h3>
            {story.person.clone().map(|p| view! { <p class="meta"><Link to=Route::Alumnus(p.id)>{p.name}</Link></p> })}
            <p><strong>{story.summary.clone()}</strong></p>
            <div class="prose" inner_html=story.body_html.clone()></div>
        </article>
    }
}

/// Ways to give back now, each a request to the office (mentoring also through the mentors'
/// page).
#[component]
fn Ways(site: Arc<Site>) -> impl IntoView {
    let s = t();
    let c = s.community;
    let email = site.updates.email.clone();
    view! {
        <h2>{c.giving_ways}</h2>
        <ul class="cards ways">
            {c.ways.iter().enumerate().map(|(i, (title, blurb))| {
                let ask = (!email.is_empty()).then(|| format!("mailto:{}?subject={}", email, encode_component(title)));
                view! {
                    <li class="card">
                        <h3>{*title}</h3>
                        <p>{*blurb}</p>
                        <p>
                            {ask.map(|href| view! { <a href=href>{c.giving_ask_office}</a> })}
                            {(i == 0).then(|| view! { " · " <Link to=Route::Mentors>{s.mentors_title}</Link> })}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// On a profile: the person's gifts they chose to be recognised for by name.
#[component]
pub fn ProfileGiving(id: String) -> impl IntoView {
    let c = t().community;
    let render = move |giving: Arc<Giving>| {
        let mine: Vec<Gift> = giving
            .roll
            .iter()
            .filter(|g| g.person.as_ref().is_some_and(|p| p.id == id))
            .cloned()
            .collect();
        (!mine.is_empty()).then(|| {
            view! {
                <h2>{c.profile_giving}</h2>
                <ul class="roll">{mine.into_iter().map(|g| view! {
                    <li>{(c.gift_kind)(g.kind)} " " {g.year}
                        {g.band.map(|b| view! { <span class="meta">" · " {b}</span> })}
                        {g.note.map(|n| view! { <span class="meta">" · " {n}</span> })}
                    </li>
                }).collect_view()}</ul>
                <p><Link to=Route::Giving>{c.giving_title} " →"</Link></p>
            }
        })
    };
    view! { <Async load=data::giving render/> }
}
