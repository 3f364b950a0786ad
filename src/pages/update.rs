//! "Is this you? Update your details", "Join the directory" and "Remove me": forms that make
//! an *update request* (`schemas/update-request.schema.json`) and send it by a channel
//! `site.json` sets up: email (always), a form endpoint (POST), a prefilled GitHub issue. No
//! server, no login: the office checks the request and carries it out (`homecoming apply`).
//! The page says plainly that nothing on the site has changed yet.

use crate::data;
use crate::widgets::{t, use_title, Async, Link};
use homecoming_core::i18n::Strings;
use homecoming_core::model::{ContactMethod, PublicAlumnus, Site};
use homecoming_core::routes::{encode_component, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde_json::{json, Value};

/// What the form is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Update,
    Join,
    Remove,
    Note,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Update => "update",
            Kind::Join => "join",
            Kind::Remove => "remove",
            Kind::Note => "note",
        }
    }
}

/// One input: the request's field (also the consent field that shows it, when `consent`;
/// otherwise it is shown whenever the person is listed), its label, and its value on the
/// public profile.
struct Input {
    key: &'static str,
    label: fn(&Strings) -> &'static str,
    consent: bool,
    value: fn(&PublicAlumnus) -> String,
    shape: Shape,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Text,
    Long,
    Year,
    List,
    Major,
    Industry,
}

const INPUTS: [Input; 13] = [
    Input {
        key: "name",
        label: |s| s.form_name,
        consent: false,
        value: |p| p.name.clone(),
        shape: Shape::Text,
    },
    Input {
        key: "name_latin",
        label: |s| s.form_name_latin,
        consent: true,
        value: |p| p.name_latin.clone().unwrap_or_default(),
        shape: Shape::Text,
    },
    Input {
        key: "former_names",
        label: |s| s.form_former_names,
        consent: true,
        value: |p| p.former_names.join(", "),
        shape: Shape::List,
    },
    Input {
        key: "nickname",
        label: |s| s.form_nickname,
        consent: true,
        value: |p| p.nickname.clone().unwrap_or_default(),
        shape: Shape::Text,
    },
    Input {
        key: "class_year",
        label: |s| s.form_class_year,
        consent: false,
        value: |p| p.class_year.to_string(),
        shape: Shape::Year,
    },
    Input {
        key: "degree",
        label: |s| s.form_degree,
        consent: false,
        value: |p| p.degree.clone(),
        shape: Shape::Text,
    },
    Input {
        key: "major",
        label: |s| s.form_major,
        consent: false,
        value: |p| p.study.major.clone(),
        shape: Shape::Major,
    },
    Input {
        key: "city",
        label: |s| s.form_city,
        consent: true,
        value: |p| p.city.clone().unwrap_or_default(),
        shape: Shape::Text,
    },
    Input {
        key: "country",
        label: |s| s.form_country,
        consent: true,
        value: |p| {
            p.country
                .as_ref()
                .map(|c| c.code.clone())
                .unwrap_or_default()
        },
        shape: Shape::Text,
    },
    Input {
        key: "employer",
        label: |s| s.form_employer,
        consent: true,
        value: |p| p.employer.clone().unwrap_or_default(),
        shape: Shape::Text,
    },
    Input {
        key: "job_title",
        label: |s| s.form_job_title,
        consent: true,
        value: |p| p.job_title.clone().unwrap_or_default(),
        shape: Shape::Text,
    },
    Input {
        key: "industry",
        label: |s| s.form_industry,
        consent: true,
        value: |p| {
            p.industry
                .as_ref()
                .map(|i| i.id.clone())
                .unwrap_or_default()
        },
        shape: Shape::Industry,
    },
    Input {
        key: "bio",
        label: |s| s.form_bio,
        consent: true,
        value: |p| p.bio.clone().unwrap_or_default(),
        shape: Shape::Long,
    },
];

/// Who sees a field: everyone, alumni with the passphrase, or only the office.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Public,
    Alumni,
    Private,
}

impl Level {
    const ALL: [Level; 3] = [Level::Public, Level::Alumni, Level::Private];

    fn name(self) -> &'static str {
        match self {
            Level::Public => "public",
            Level::Alumni => "alumni",
            Level::Private => "private",
        }
    }

    fn label(self, s: &Strings) -> &'static str {
        match self {
            Level::Public => s.members.show_public,
            Level::Alumni => s.members.show_alumni,
            Level::Private => s.members.show_private,
        }
    }

    /// As the form starts: what the profile shows, at the level it shows it.
    fn of(value: &str, key: &str, marks: &[&str]) -> Level {
        match () {
            _ if value.is_empty() => Level::Private,
            _ if marks.contains(&key) => Level::Alumni,
            _ => Level::Public,
        }
    }
}

/// Who sees a field, chosen from the levels it can have.
fn level_select(s: &'static Strings, key: &'static str, level: RwSignal<Level>) -> AnyView {
    let can_be_alumni = homecoming_core::members::FIELDS.contains(&key);
    let id = format!("show-{key}");
    let (for_id, name) = (id.clone(), id.clone());
    view! {
        <label class="show" for=for_id>{s.members.show_label} " "
            <select id=id name=name on:change=move |e| {
                let chosen = event_target_value(&e);
                level.set(Level::ALL.into_iter().find(|l| l.name() == chosen).unwrap_or(Level::Private));
            }>
                {Level::ALL.into_iter().filter(|l| can_be_alumni || *l != Level::Alumni).map(|l| view! {
                    <option value=l.name() selected=level.get_untracked() == l>{l.label(s)}</option>
                }).collect_view()}
            </select>
        </label>
    }
    .into_any()
}

/// The form's values: as they start (what the profile shows) and as the person leaves them.
#[derive(Clone)]
struct Values {
    start: Vec<String>,
    now: Vec<RwSignal<String>>,
    shown: Vec<RwSignal<Level>>,
    email: (String, RwSignal<String>, RwSignal<Level>),
    mentor: (String, [RwSignal<String>; 3], RwSignal<bool>),
    listed: RwSignal<bool>,
    /// Public fields the form does not show (chapters, a portrait, roles): they stay public.
    kept: Vec<&'static str>,
    contact: RwSignal<String>,
    message: RwSignal<String>,
    note: RwSignal<String>,
}

impl Values {
    /// `marks`: the fields of `p` that are alumni-only details (unlocked, the form starts
    /// from the profile as alumni see it).
    fn new(p: Option<&PublicAlumnus>, marks: &[&'static str]) -> Values {
        let start: Vec<String> = INPUTS
            .iter()
            .map(|i| p.map(i.value).unwrap_or_default())
            .collect();
        let email = match p.and_then(|p| p.contact.clone()) {
            Some(ContactMethod::Email { address }) => address,
            _ => String::new(),
        };
        let mentor = p.and_then(|p| p.mentor.clone());
        let m = [
            mentor
                .as_ref()
                .map(|m| m.capacity.to_string())
                .unwrap_or_else(|| "0".into()),
            mentor
                .as_ref()
                .map(|m| m.topics.join(", "))
                .unwrap_or_default(),
            mentor
                .as_ref()
                .map(|m| m.languages.join(", "))
                .unwrap_or_default(),
        ];
        Values {
            now: start.iter().map(|v| RwSignal::new(v.clone())).collect(),
            shown: (start.iter().zip(&INPUTS))
                .map(|(v, i)| RwSignal::new(Level::of(v, i.key, marks)))
                .collect(),
            start,
            email: (
                email.clone(),
                RwSignal::new(email.clone()),
                RwSignal::new(Level::of(&email, "contact", marks)),
            ),
            mentor: (
                m.join("|"),
                m.clone().map(RwSignal::new),
                RwSignal::new(mentor.is_some()),
            ),
            listed: RwSignal::new(true),
            kept: p
                .map(|p| {
                    [
                        ("chapters", !p.chapters.is_empty()),
                        ("photo", p.photo.is_some()),
                    ]
                    .into_iter()
                    .filter_map(|(f, public)| public.then_some(f))
                    .collect()
                })
                .unwrap_or_default(),
            contact: RwSignal::new(email),
            message: RwSignal::new(String::new()),
            note: RwSignal::new(String::new()),
        }
    }
}

fn list(text: &str) -> Value {
    Value::Array(
        text.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| json!(s))
            .collect(),
    )
}

/// The update request the form stands for.
fn request(kind: Kind, id: Option<&str>, v: &Values, today: &str) -> Value {
    let mut r =
        json!({"kind": kind.name(), "date": today, "contact": v.contact.get_untracked().trim()});
    if let Some(id) = id {
        r["id"] = json!(id);
    }
    let message = v.message.get_untracked();
    if !message.trim().is_empty() {
        r["message"] = json!(message.trim());
    }
    if kind == Kind::Note {
        r["note"] = json!(v.note.get_untracked().trim());
    }
    if matches!(kind, Kind::Remove | Kind::Note) {
        return r;
    }
    let mut changes = serde_json::Map::new();
    let (mut public, mut alumni) = (Vec::new(), Vec::new());
    let mut show = |key: &'static str, level: Level| match level {
        Level::Public => public.push(key),
        Level::Alumni => alumni.push(key),
        Level::Private => {}
    };
    for (i, input) in INPUTS.iter().enumerate() {
        let now = v.now[i].get_untracked().trim().to_string();
        if now != v.start[i] {
            let value = match input.shape {
                _ if now.is_empty() => Value::Null,
                Shape::Year => now.parse::<i64>().map(Value::from).unwrap_or(json!(now)),
                Shape::List => list(&now),
                _ => json!(now),
            };
            changes.insert(input.key.into(), value);
        }
        if input.consent && !now.is_empty() {
            show(input.key, v.shown[i].get_untracked());
        }
    }
    let email = v.email.1.get_untracked().trim().to_string();
    if email != v.email.0 {
        let contact = if email.is_empty() {
            Value::Null
        } else {
            json!({"method": "email", "address": email})
        };
        changes.insert("contact".into(), contact);
    }
    if !email.is_empty() {
        show("contact", v.email.2.get_untracked());
    }
    let m = v.mentor.1.map(|s| s.get_untracked().trim().to_string());
    let capacity: u8 = m[0].parse().unwrap_or(0);
    if m.join("|") != v.mentor.0 {
        let mentor = if capacity == 0 {
            Value::Null
        } else {
            json!({"capacity": capacity, "topics": list(&m[1]), "languages": list(&m[2])})
        };
        changes.insert("mentor".into(), mentor);
    }
    if capacity > 0 && v.mentor.2.get_untracked() {
        show("mentoring", Level::Public);
    }
    for kept in &v.kept {
        show(kept, Level::Public);
    }
    r["changes"] = Value::Object(changes);
    let mut consent = json!({"listed": v.listed.get_untracked(), "public": public});
    if !alumni.is_empty() {
        consent["alumni"] = json!(alumni);
    }
    r["consent"] = consent;
    r
}

/// The page for `kind`; update and remove load the person's public profile to start from.
#[component]
pub fn UpdatePage(kind: Kind) -> impl IntoView {
    let s = t();
    if kind != Kind::Join {
        // They show a person's public details, like the profile.
        crate::widgets::use_people_page();
    }
    let params = use_params_map();
    use_title(move || {
        match kind {
            Kind::Update => s.update_title,
            Kind::Join => s.join_title,
            Kind::Remove => s.remove_title,
            Kind::Note => s.note_title,
        }
        .to_string()
    });
    view! {
        <section class="page narrow update">
            <h1>{match kind { Kind::Update => s.update_title, Kind::Join => s.join_title, Kind::Remove => s.remove_title, Kind::Note => s.note_title }}</h1>
            <p>{match kind { Kind::Update => s.form_intro_update, Kind::Join => s.form_intro_join, Kind::Remove => s.form_intro_remove, Kind::Note => s.form_intro_note }}</p>
            {move || match kind {
                Kind::Join => view! { <Form kind person=None marks=vec![] roles=false/> }.into_any(),
                _ => {
                    let id = params.read().get("id").unwrap_or_default();
                    view! {
                        <Async load=move || { let id = id.clone(); async move { let profile = data::profile(&id).await?; let (p, marks) = as_alumni_see(profile).await; let roles = in_roles(&id).await; Ok((p, marks, roles)) } }
                            render=move |(p, marks, roles): (PublicAlumnus, Vec<&'static str>, bool)| {
                                let (to, name) = (Route::Alumnus(p.id.clone()), p.name.clone());
                                view! {
                                    <p class="meta"><Link to=to>"← " {name}</Link></p>
                                    <MembersNote marks=marks.clone()/>
                                    <Form kind person=Some(p) marks roles/>
                                }
                            }/>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// Whether the person with `id` is named in a role (a chapter leader, a council member, a
/// representative): then `"roles"` is public for them, and a request keeps it so.
async fn in_roles(id: &str) -> bool {
    let (chapters, voice) = futures::join!(data::chapters(), data::voice());
    let leads = chapters.is_ok_and(|c| {
        c.iter()
            .any(|c| c.leaders.iter().any(|l| l.person.id == id))
    });
    let sits = voice.is_ok_and(|v| {
        v.council
            .iter()
            .chain(&v.representatives)
            .any(|s| s.person.id == id)
    });
    leads || sits
}

/// The profile as alumni see it when unlocked (and which fields are alumni-only), else as
/// the public does.
async fn as_alumni_see(
    profile: homecoming_core::model::Profile,
) -> (PublicAlumnus, Vec<&'static str>) {
    let mut person = profile.person;
    let found = crate::members::details(&[profile.number]).await;
    let marks = (found.get(&profile.number))
        .map(|only| only.reveal(&mut person))
        .unwrap_or_default();
    (person, marks)
}

/// Locked, on a site with alumni-only details, the form cannot show them: unlock first, or
/// the request leaves them private.
#[component]
fn MembersNote(marks: Vec<&'static str>) -> impl IntoView {
    let s = t().members;
    let load = move || {
        let unlocked = !marks.is_empty();
        async move { Ok::<_, data::AppError>(!unlocked && crate::members::offered_but_locked().await) }
    };
    view! {
        <Async load render=move |locked: bool| locked.then(|| view! {
            <p class="members-hint">{s.form_unlock_first} " " <Link to=Route::Members>{s.profile_hint_link}</Link></p>
        })/>
    }
}

#[component]
fn Form(
    kind: Kind,
    person: Option<PublicAlumnus>,
    marks: Vec<&'static str>,
    roles: bool,
) -> impl IntoView {
    let s = t();
    let site = crate::widgets::site_now();
    let mut v = Values::new(person.as_ref(), &marks);
    if roles {
        v.kept.push("roles");
    }
    let id = person.as_ref().map(|p| p.id.clone());
    let made = RwSignal::new(None::<Value>);
    let missing = RwSignal::new(false);
    let prepare = {
        let (v, id) = (v.clone(), id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if !v.contact.get_untracked().contains('@') {
                missing.set(true);
                return;
            }
            missing.set(false);
            made.set(Some(request(
                kind,
                id.as_deref(),
                &v,
                &crate::platform::utc_date(crate::platform::now_ms()),
            )));
        }
    };
    view! {
        <form class="request" on:submit=prepare>
            {matches!(kind, Kind::Update | Kind::Join).then(|| fields(s, &v, site.as_ref()))}
            {(kind == Kind::Note).then(|| {
                let note = v.note;
                view! {
                    <label for="f-note">{s.form_note}</label>
                    <textarea id="f-note" name="note" rows="5" maxlength="500" required on:input=move |e| note.set(event_target_value(&e))></textarea>
                }
            })}
            <label for="f-contact">{s.form_contact}</label>
            <input id="f-contact" name="contact" type="email" autocomplete="email" required
                prop:value=move || v.contact.get() on:input=move |e| v.contact.set(event_target_value(&e))/>
            {move || missing.get().then(|| view! { <p class="error" role="alert">{s.form_missing_contact}</p> })}
            <label for="f-message">{s.form_message}</label>
            <textarea id="f-message" name="message" rows="3" on:input=move |e| v.message.set(event_target_value(&e))></textarea>
            <button type="submit" class="button">{s.form_prepare}</button>
        </form>
        {move || made.get().map(|r| view! { <Send request=r site=site.clone()/> })}
    }
}

/// The inputs of an update or a join, each with whether it is shown.
fn fields(s: &'static Strings, v: &Values, site: Option<&Site>) -> impl IntoView {
    let majors: Vec<(String, String)> = site
        .map(|s| {
            s.colleges
                .iter()
                .flat_map(|c| {
                    c.departments.iter().flat_map(|d| {
                        d.majors
                            .iter()
                            .map(|m| (m.id.clone(), crate::widgets::site_name(&m.name)))
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let industries: Vec<(String, String)> = site
        .map(|s| {
            s.industries
                .iter()
                .map(|i| (i.id.clone(), crate::widgets::site_name(&i.name)))
                .collect()
        })
        .unwrap_or_default();
    let rows = INPUTS.iter().enumerate().map(|(i, input)| {
        let (now, level) = (v.now[i], v.shown[i]);
        let fid = format!("f-{}", input.key);
        let set = move |e: leptos::ev::Event| now.set(event_target_value(&e));
        let control = match input.shape {
            Shape::Long => view! { <textarea id=fid.clone() name=input.key rows="4" prop:value=move || now.get() on:input=set></textarea> }.into_any(),
            Shape::Major | Shape::Industry => {
                let options = if input.shape == Shape::Major { majors.clone() } else { industries.clone() };
                view! {
                    <select id=fid.clone() name=input.key prop:value=move || now.get() on:change=set>
                        <option value="">{s.form_none}</option>
                        {options.into_iter().map(|(id, name)| view! { <option value=id.clone() selected=now.get_untracked() == id>{name}</option> }).collect_view()}
                    </select>
                }.into_any()
            }
            shape => view! { <input id=fid.clone() name=input.key type=if shape == Shape::Year { "number" } else { "text" } prop:value=move || now.get() on:input=set/> }.into_any(),
        };
        view! {
            <div class="field">
                <label for=fid.clone()>{(input.label)(s)}</label>
                {control}
                {if input.consent {
                    level_select(s, input.key, level)
                } else {
                    view! { <p class="meta">{s.form_always_shown}</p> }.into_any()
                }}
            </div>
        }
    }).collect_view();
    let (email, email_level) = (v.email.1, v.email.2);
    let [capacity, topics, languages] = v.mentor.1;
    let mentor_public = v.mentor.2;
    let listed = v.listed;
    view! {
        {rows}
        <div class="field">
            <label for="f-email">{s.form_email}</label>
            <input id="f-email" name="email" type="email" prop:value=move || email.get() on:input=move |e| email.set(event_target_value(&e))/>
            {level_select(s, "contact", email_level)}
        </div>
        <fieldset class="field">
            <label for="f-mentor">{s.form_mentor}</label>
            <input id="f-mentor" name="capacity" type="number" min="0" max="10" prop:value=move || capacity.get() on:input=move |e| capacity.set(event_target_value(&e))/>
            <label for="f-topics">{s.form_topics}</label>
            <input id="f-topics" name="topics" type="text" prop:value=move || topics.get() on:input=move |e| topics.set(event_target_value(&e))/>
            <label for="f-languages">{s.form_languages}</label>
            <input id="f-languages" name="languages" type="text" prop:value=move || languages.get() on:input=move |e| languages.set(event_target_value(&e))/>
            <label class="check"><input type="checkbox" name="public-mentoring" prop:checked=move || mentor_public.get() on:change=move |e| mentor_public.set(event_target_checked(&e))/> {s.form_public}</label>
        </fieldset>
        <label class="check"><input type="checkbox" name="listed" prop:checked=move || listed.get() on:change=move |e| listed.set(event_target_checked(&e))/> {s.form_listed}</label>
    }
}

/// The request, the ways to send it, and what happens next.
#[component]
fn Send(request: Value, site: Option<Site>) -> impl IntoView {
    let s = t();
    let text = serde_json::to_string_pretty(&request).unwrap_or_default();
    let updates = site.map(|s| s.updates).unwrap_or_default();
    let subject = format!(
        "Alumni directory: {} request",
        request["kind"].as_str().unwrap_or("update")
    );
    let mailto = (!updates.email.is_empty()).then(|| {
        format!(
            "mailto:{}?subject={}&body={}",
            updates.email,
            encode_component(&subject),
            encode_component(&text)
        )
    });
    let issue = updates.github.as_ref().map(|repo| {
        format!(
            "{}/issues/new?title={}&body={}",
            repo.trim_end_matches('/'),
            encode_component(&subject),
            encode_component(&format!("```json\n{text}\n```"))
        )
    });
    let status = RwSignal::new(None::<Result<(), ()>>);
    let post = updates.endpoint.clone().map(|url| {
        let body = text.clone();
        move |_| {
            let (url, body) = (url.clone(), body.clone());
            status.set(None);
            leptos::task::spawn_local(async move {
                status.set(Some(data::post_json(&url, &body).await.map_err(|_| ())));
            });
        }
    });
    let none = mailto.is_none() && issue.is_none() && post.is_none();
    view! {
        <section class="request-out" aria-live="polite">
            <h2>{s.form_request}</h2>
            <pre class="request-json"><code>{text.clone()}</code></pre>
            <p class="actions">
                {mailto.map(|href| view! { <a class="button" id="send-email" href=href>{s.form_send_email}</a> })}
                {post.map(|go| view! { <button type="button" class="button" id="send-post" on:click=go>{s.form_send_post}</button> })}
                {issue.map(|href| view! { <a class="button" id="send-github" href=href rel="noopener">{s.form_send_github}</a> })}
            </p>
            {none.then(|| view! { <p>{s.form_copy}</p> })}
            {move || status.get().map(|r| match r {
                Ok(()) => view! { <p class="sent" role="status">{s.form_sent}</p> }.into_any(),
                Err(()) => view! { <p class="error" role="alert">{s.form_send_failed}</p> }.into_any(),
            })}
            <p class="next">{s.form_next}</p>
        </section>
    }
}
