use crate::cards::{initials, AlumnusCard, ContactLink};
use crate::data;
use crate::widgets::site_name;
use crate::widgets::{t, Async, Link, RecordPage};
use homecoming_core::model::{Card, ClassNote, PublicAlumnus};
use homecoming_core::routes::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// The person, and the numbers of up to six classmates from the same year and college (chosen
/// by the build). A person not in the directory is in no file: that reads as "not found",
/// never as broken.
///
/// Unlocked, the person comes with their alumni-only details, and the fields they fill.
async fn load(id: String) -> Result<(PublicAlumnus, Vec<u32>, Marks), data::AppError> {
    match data::profile(&id).await {
        Ok(p) => {
            let mut person = p.person.clone();
            let found = crate::members::details(&[p.number]).await;
            let marks = (found.get(&p.number))
                .map(|only| only.reveal(&mut person))
                .unwrap_or_default();
            Ok((person, p.classmates.clone(), marks))
        }
        Err(data::AppError::Status { status: 404, .. } | data::AppError::NotJson { .. }) => {
            Err(data::AppError::NotFound {
                what: "alumnus",
                id,
            })
        }
        Err(e) => Err(e),
    }
}

#[component]
pub fn Alumnus() -> impl IntoView {
    let s = t();
    crate::widgets::use_people_page();
    view! {
        <RecordPage back=(Route::Directory, s.directory_title) load=load render=move |(p, classmates, marks): (PublicAlumnus, Vec<u32>, Marks)| {
                        let only = move |fields: &[&str]| only_mark(&marks, fields);
                        let place = [p.city.clone(), p.country.as_ref().map(|c| c.name.clone())].into_iter().flatten().collect::<Vec<_>>().join(", ");
                        let work = [p.job_title.clone(), p.employer.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ");
                        let aka: Vec<String> = p.nickname.iter().map(|n| format!("“{n}”")).chain(p.former_names.iter().map(|f| (s.nee)(f))).collect();
                        (p.name.clone(), view! {
                            <article class="profile">
                                <div class="profile-head">
                                    {match p.photo.clone() {
                                        Some(src) => view! { <img class="portrait" src=src alt="" width="96" height="96"/> }.into_any(),
                                        None => view! { <span class="avatar big" aria-hidden="true">{initials(&p.name)}</span> }.into_any(),
                                    }}
                                    <div>
                                        <h1>{p.name.clone()}</h1>
                                        {p.name_latin.clone().map(|l| view! { <p class="latin">{l} {only(&["name_latin"])}</p> })}
                                        <p class="meta"><Link to=Route::Class(p.class_year)>{(s.class_of)(p.class_year)}</Link></p>
                                    </div>
                                </div>
                                <dl class="facts">
                                    {(!aka.is_empty()).then(|| view! { <dt>{s.profile_also_known}</dt><dd>{aka.join(" · ")} {only(&["nickname", "former_names"])}</dd> })}
                                    <dt>{s.profile_studied}</dt>
                                    <dd>{(s.profile_study)(&p.degree, &site_name(&p.study.major_name), &site_name(&p.study.college_name))}</dd>
                                    {(!work.is_empty()).then(|| view! { <dt>{s.profile_works}</dt><dd>{work} {only(&["job_title", "employer"])}</dd> })}
                                    {p.industry.clone().map(|i| view! { <dt>{s.profile_industry}</dt><dd>{site_name(&i.name)} {only(&["industry"])}</dd> })}
                                    {(!place.is_empty()).then(|| view! { <dt>{s.profile_lives}</dt><dd>{place} {only(&["city", "country"])}</dd> })}
                                    {(!p.chapters.is_empty()).then(|| view! { <dt>{s.profile_chapters}</dt><dd>{p.chapters.iter().map(|c| site_name(&c.name)).collect::<Vec<_>>().join(s.list_sep)} {only(&["chapters"])}</dd> })}
                                </dl>
                                {p.bio.clone().map(|b| view! { <p class="bio">{b} {only(&["bio"])}</p> })}
                                {p.mentor.clone().map(|m| view! { <p class="badge">{(s.profile_mentor)(m.capacity)}</p> })}
                                <h2>{s.profile_contact}</h2>
                                {match p.contact.clone() {
                                    Some(method) => view! { <p><ContactLink method class="button"/> {only(&["contact"])}</p> }.into_any(),
                                    None => view! { <p class="meta">{s.profile_no_contact}</p> }.into_any(),
                                }}
                                <MembersHint/>
                                <ProfileNotes id=p.id.clone()/>
                                <crate::pages::giving::ProfileGiving id=p.id.clone()/>
                                <p class="is-this-you">{s.profile_is_this_you} " "
                                    <Link to=Route::Update(p.id.clone())>{s.profile_update}</Link>
                                    " · "
                                    <Link to=Route::Remove(p.id.clone())>{s.profile_remove}</Link>
                                    " · "
                                    <Link to=Route::Note(p.id.clone())>{s.profile_send_note}</Link>
                                </p>
                                {(!classmates.is_empty()).then(|| view! {
                                    <h2>{s.profile_classmates}</h2>
                                    <Classmates numbers=classmates/>
                                    <p><Link to=Route::Class(p.class_year)>{(s.profile_class_page)(p.class_year)} " →"</Link></p>
                                })}
                            </article>
                        })
        }/>
    }
}

/// The fields of a profile that are alumni-only details (`MembersOnly::reveal`).
type Marks = Vec<&'static str>;

/// "alumni only" beside a detail when one of `fields` is an alumni-only detail.
fn only_mark(marks: &[&'static str], fields: &[&str]) -> Option<impl IntoView> {
    let s = t();
    (fields.iter().any(|f| marks.contains(f)))
        .then(|| view! { <span class="only">{s.members.mark}</span> })
}

/// While locked, on a site that has alumni-only details: how to see them. Nothing while it
/// is being found out, and nothing at all on a site without them.
#[component]
fn MembersHint() -> impl IntoView {
    let s = t().members;
    // Never an error: a site without the file simply has no alumni-only details. Written
    // ahead of time it is known at once, so the page does not shift when the app takes over.
    let offered = || async { Ok::<_, data::AppError>(crate::members::offered_but_locked().await) };
    view! {
        <Async load=offered render=move |offered: bool| offered.then(|| view! {
            <p class="members-hint">{s.profile_hint} " "
                <Link to=Route::Members>{s.profile_hint_link}</Link>
            </p>
        })/>
    }
}

/// Classmates' cards, from the directory's card chunks: the person shows before they arrive.
#[component]
fn Classmates(numbers: Vec<u32>) -> impl IntoView {
    let dir = crate::dir::Session::get();
    view! {
        <Async load=move || {
            let (dir, numbers) = (dir.clone(), numbers.clone());
            async move { dir.people(&numbers).await }
        } render=cards/>
    }
}

fn cards(people: Vec<Card>) -> impl IntoView {
    view! {
        <ul class="cards people">{people.into_iter().map(|person| view! { <AlumnusCard person/> }).collect_view()}</ul>
    }
}

/// The person's class notes, when they sent any.
#[component]
fn ProfileNotes(id: String) -> impl IntoView {
    let s = t();
    let render = move |notes: Arc<Vec<ClassNote>>| {
        let mine: Vec<ClassNote> = notes
            .iter()
            .filter(|n| n.author.id == id)
            .cloned()
            .collect();
        (!mine.is_empty()).then(|| {
            view! {
                <h2>{s.profile_notes}</h2>
                <crate::cards::Notes notes=mine with_author=false/>
            }
        })
    };
    view! { <Async load=data::notes render/> }
}
