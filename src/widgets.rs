//! Widgets shared by several pages.

use super::data::AppError;
use super::platform;
use homecoming_core::i18n::{Lang, Strings};
use homecoming_core::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;
use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The interface strings in the reader's language.
pub fn t() -> &'static Strings {
    use_context::<Lang>().unwrap_or_default().strings()
}

/// The school (`site.json`), for every page: a signal, so that rendered ahead of time it is
/// there at once, and in the browser it is the page's inline copy (`App`).
pub type SiteResource = Signal<Option<super::data::Loaded<homecoming_core::model::Site>>>;

/// The school as it is now (the page's inline copy): for a view that needs it at once.
pub fn site_now() -> Option<homecoming_core::model::Site> {
    use_context::<SiteResource>()
        .and_then(|s| s.get_untracked())
        .and_then(|r| r.ok())
        .map(|s| (*s).clone())
}

/// A site-level name as the data carries it (the school, a college, department, major,
/// industry or chapter) in the reader's language: the Chinese form from `site.json` when the
/// reader chose 简体中文 and staff wrote one, else as written.
pub fn site_name(name: &str) -> String {
    let lang = use_context::<Lang>().unwrap_or_default();
    if lang == Lang::En {
        return name.to_string();
    }
    use_context::<SiteResource>()
        .and_then(|s| s.get_untracked())
        .and_then(|r| r.ok())
        .map_or_else(
            || name.to_string(),
            |site| site.name_in(lang, name).to_string(),
        )
}

/// Sets the document title while a page is shown, and again once the school's name is known.
pub fn use_title(title: impl Fn() -> String + 'static) {
    let site = use_context::<SiteResource>();
    Effect::new(move |_| {
        let school = site
            .and_then(|s| s.get())
            .and_then(|r| r.ok())
            .map(|s| site_name(&s.name));
        set_title(&title(), school);
    });
}

/// For a page that shows alumni (`Route::shows_people`): asks search engines not to index it
/// while it is open, unless `site.json` allows it. The build's page shells say so already; this
/// covers a profile served by a host's fallback page, which is the home page's shell.
///
/// Counted: going from one such page to another (a profile to its update form) mounts the next
/// before or after the last is cleaned up, and only the last one out lifts the `noindex`.
pub fn use_people_page() {
    thread_local!(static PEOPLE_PAGES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) });
    PEOPLE_PAGES.with(|n| n.set(n.get() + 1));
    let site = use_context::<SiteResource>();
    Effect::new(move |_| {
        let allowed = site
            .and_then(|s| s.get())
            .and_then(|r| r.ok())
            .is_some_and(|s| s.search_engines_index_people);
        crate::platform::no_index(!allowed);
    });
    on_cleanup(|| {
        let left = PEOPLE_PAGES.with(|n| {
            n.set(n.get().saturating_sub(1));
            n.get()
        });
        if left == 0 {
            crate::platform::no_index(false);
        }
    });
}

/// "Page · School", or the school alone for an empty page title.
pub fn set_title(page: &str, school: Option<String>) {
    let school = school
        .or_else(|| {
            use_context::<SiteResource>()
                .and_then(|s| s.get_untracked())
                .and_then(|r| r.ok())
                .map(|s| site_name(&s.name))
        })
        .unwrap_or_default();
    let text = if page.is_empty() {
        school
    } else {
        format!("{page} · {school}")
    };
    crate::platform::set_title(&text);
}

/// A page showing one record, found by the `:id` in its address: the back link, then the record
/// as `render` draws it once `load(id)` has found it (or `ErrorView` when it has not). `render`
/// returns the page title with the view.
#[component]
pub fn RecordPage<T, Fut, V, R>(
    back: (Route, &'static str),
    load: fn(String) -> Fut,
    render: R,
    #[prop(optional)] wide: bool,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + 'static,
    R: Fn(T) -> (String, V) + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let params = leptos_router::hooks::use_params_map();
    let (route, label) = back;
    view! {
        <section class=if wide { "page" } else { "page narrow" }>
            <p class="crumb"><Link to=route>"← " {label}</Link></p>
            {move || {
                let id = params.read().get("id").unwrap_or_default();
                let render = render.clone();
                view! {
                    <Async load=move || load(id.clone()) render=move |record| {
                        let (title, view) = render(record);
                        set_title(&title, None);
                        view
                    }/>
                }
            }}
        </section>
    }
}

thread_local! {
    static BASE: String = base_from_document();
}

/// The hosting sub-path from `<base href>` (trunk writes it from `--public-url`), without the
/// trailing slash: `""` at the root, `"/homecoming"` under a sub-path.
fn base_from_document() -> String {
    let uri = crate::platform::base_uri();
    let path = uri
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
        .unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

pub fn base_path() -> String {
    BASE.with(|b| b.clone())
}

/// The address of a page as the browser sees it, hosting sub-path included.
pub fn href(route: &Route) -> String {
    format!("{}{}", base_path(), route.path())
}

/// A link to a page of the site. It is a plain `<a>`: the router handles clicks on every
/// same-site anchor without a page load, and a plain anchor does not watch the address the way
/// `leptos_router`'s `A` does (50 result cards each re-checking "am I the current page?" on every
/// keystroke cost more than the search). `scroll=false` keeps the scroll position (the lightbox
/// opening over a grid). The site header uses `NavLink`, which marks the current section.
#[component]
pub fn Link(
    to: Route,
    children: Children,
    #[prop(optional, into)] class: String,
    #[prop(default = true)] scroll: bool,
    /// Address parameters, each made by `routes::param`.
    #[prop(optional)]
    query: Vec<String>,
) -> impl IntoView {
    let to = format!("{}{}", base_path(), to.with_query(&query));
    view! { <a href=to class=class data-noscroll=(!scroll).then_some("")>{children()}</a> }
}

/// Moves to another address of the same page, keeping the scroll position: `go(href, replace)`.
/// Pages that keep their state in the address (directory, careers, events, mentors) change it
/// through this; `replace` is for typing, a push is a step Back can undo.
pub fn use_go_to() -> impl Fn(&str, bool) + Clone + 'static {
    let navigate = leptos_router::hooks::use_navigate();
    move |href: &str, replace: bool| {
        navigate(
            href,
            leptos_router::NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        )
    }
}

/// The language switch: a link to this page in the other language (`?lang=`), loaded anew
/// (`rel="external"`: not the router's), so the shell's first script keeps the choice on the
/// device and the page comes as its own file in that language. It works before the wasm.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let here = platform::lang();
    let location = leptos_router::hooks::use_location();
    let other = Lang::ALL.into_iter().filter(move |l| *l != here);
    view! {
        <ul class="lang-switch">
            {other.map(|lang| {
                let href = move || {
                    let path = location.pathname.get();
                    format!("{path}{}", homecoming_core::routes::with_lang(&location.search.get(), lang))
                };
                view! {
                    <li><a href=href hreflang=lang.tag() lang=lang.tag() rel="external">
                        {lang.own_name()}
                    </a></li>
                }
            }).collect_view()}
        </ul>
    }
}

/// A header link that says `aria-current="page"` while its section is shown.
#[component]
pub fn NavLink(to: Route, children: Children) -> impl IntoView {
    view! { <A href=href(&to)>{children()}</A> }
}

/// Its children, made a task later while the app takes over a page written ahead of time
/// (`platform::taking_over`), at once otherwise. The wasm compiles each function on the main
/// thread the first time it runs, so making a whole page in one task held a phone's main
/// thread for 150 ms and more (Lighthouse's Total Blocking Time); cut at a `Later`, the work
/// comes in shorter tasks. The take-over waits for it (the hidden `.loading` stands in), so
/// the reader sees nothing of the cut.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let (now, show) = signal(!platform::taking_over());
    if !now.get_untracked() {
        platform::next_task(move || show.set(true));
    }
    view! {
        <Show when=move || now.get() fallback=|| view! { <div class="loading" hidden></div> }>
            {children()}
        </Show>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {t().loading}
        </div>
    }
}

/// The one view for every `AppError`: what happened, and what to do.
#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    let s = t();
    let (title, what, todo) = match &error {
        AppError::Network { file } => (s.error_title, (s.error_network)(file), s.error_what_to_do),
        AppError::Status { file, status } => (
            s.error_title,
            (s.error_status)(file, *status),
            s.error_what_to_do,
        ),
        AppError::NotJson { file } => (s.error_title, (s.error_not_json)(file), s.error_what_to_do),
        AppError::Parse { file, .. } => (s.error_title, (s.error_parse)(file), s.error_what_to_do),
        AppError::NotFound { what, id } => {
            (s.not_found_title, (s.error_not_found_record)(what, id), "")
        }
    };
    let retry = !matches!(error, AppError::NotFound { .. });
    // A missing record is the whole page, so its message is the page's heading.
    let heading = if retry {
        view! { <h2>{title}</h2> }.into_any()
    } else {
        view! { <h1>{title}</h1> }.into_any()
    };
    view! {
        <div class="error-box" role="alert">
            {heading}
            <p>{what}</p>
            {(!todo.is_empty()).then(|| view! { <p>{todo}</p> })}
            {retry.then(|| view! {
                <button type="button" class="button" on:click=|_| {
                    crate::platform::reload();
                }>{s.error_retry}</button>
            })}
            {(!retry).then(|| view! { <p><Link to=Route::Home>{s.not_found_home}</Link></p> })}
        </div>
    }
}

/// The fallback of every `ErrorBoundary`: the first error, shown by `ErrorView`.
pub fn error_fallback(errors: ArcRwSignal<Errors>) -> impl IntoView {
    move || {
        let first = errors.read().iter().next().map(|(_, e)| {
            e.downcast_ref::<AppError>()
                .cloned()
                .unwrap_or(AppError::Parse {
                    file: String::new(),
                    detail: e.to_string(),
                })
        });
        first.map(|error| view! { <ErrorView error/> })
    }
}

/// Loads data and renders it: `LocalResource → Transition → ErrorBoundary`, the shape of every
/// async section. A failure shows `ErrorView` in this section only.
///
/// The loading error is rendered directly rather than thrown to the boundary: with several
/// sections resolving in the same tick (the home page), leptos 0.8.23 dropped thrown errors and
/// showed an empty section. The boundary still catches anything a render throws.
///
/// Only this thin generic shell is instantiated per use; the resource, transition and boundary
/// are built once, by `async_view`, over type-erased data (it roughly halves their share of the
/// wasm).
#[component]
pub fn Async<T, Fut, V, R>(load: impl Fn() -> Fut + 'static, render: R) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + 'static,
    R: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let load = move || -> ErasedLoad {
        let fut = load();
        Box::pin(async move { fut.await.map(|t| Arc::new(t) as Erased) })
    };
    let render: ErasedRender = Arc::new(move |data: Erased| match data.downcast_ref::<T>() {
        Some(value) => render(value.clone()).into_any(),
        None => ().into_any(),
    });
    async_view(Box::new(load), render)
}

type Erased = Arc<dyn Any + Send + Sync>;
type ErasedLoad = Pin<Box<dyn Future<Output = Result<Erased, AppError>>>>;
type ErasedRender = Arc<dyn Fn(Erased) -> AnyView + Send + Sync>;

fn async_view(load: Box<dyn Fn() -> ErasedLoad>, render: ErasedRender) -> AnyView {
    // Rendered ahead of time, the data is read from the built site at once: the page is
    // written with its content, not with "Loading…" (`prerender`).
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(result) = crate::data::now(load()) {
        return match result {
            Ok(value) => render(value),
            Err(error) => view! { <ErrorView error/> }.into_any(),
        };
    }
    let data = LocalResource::new(load);
    view! {
        <Transition fallback=Loading>
            <ErrorBoundary fallback=error_fallback>
                {move || {
                    let render = render.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(value) => render(value),
                            Err(error) => view! { <ErrorView error/> }.into_any(),
                        }
                    })
                }}
            </ErrorBoundary>
        </Transition>
    }
    .into_any()
}

/// The latest finished result of `load`, which re-runs whenever a signal it reads (before its
/// first `.await`) changes; an older run that finishes late is dropped, and a run that ends in
/// `None` leaves the last value in place (it found nothing newer to show). Unlike a resource,
/// reading it never holds back an enclosing `Transition`: the directory shows its results while
/// the facet counts are still on their way.
pub fn use_latest<T, Fut>(load: impl Fn() -> Fut + 'static) -> ReadSignal<Option<T>>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = Option<T>> + 'static,
{
    let out = RwSignal::new(None);
    // Rendered ahead of time there are no effects: the value is worked out once, at once,
    // when its data is here (`prerender`).
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(Some(value)) = crate::data::now(load()) {
        out.set(Some(value));
    }
    let ticket = StoredValue::new(0u64);
    Effect::new(move |_| {
        let fut = load();
        let mine = ticket.get_value() + 1;
        ticket.set_value(mine);
        leptos::task::spawn_local(async move {
            if let Some(value) = fut.await {
                if ticket.get_value() == mine {
                    out.set(Some(value));
                }
            }
        });
    });
    out.read_only()
}

/// A short date like "5 Jun 2026" from `2026-06-05`, without a date library.
pub fn short_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut parts = iso.split('-');
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    match (
        y,
        m.and_then(|m| m.parse::<usize>().ok()),
        d.and_then(|d| d.get(..2))
            .and_then(|d| d.parse::<u32>().ok()),
    ) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => {
            format!("{d} {} {y}", MONTHS[m - 1])
        }
        (Some(y), Some(m), None) if (1..=12).contains(&m) => format!("{} {y}", MONTHS[m - 1]),
        _ => iso.to_string(),
    }
}

/// Size for people: "12 KB", "1.4 MB".
pub fn human_size(bytes: u64) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

/// The reader's class year for the "my years" lens: kept in this device's storage only.
#[derive(Clone, Copy)]
pub struct MyYear(pub RwSignal<Option<i32>>);

const MY_YEAR_KEY: &str = "homecoming.class-year";

impl MyYear {
    /// Reads the stored year; every later change is written back.
    pub fn from_storage() -> MyYear {
        let initial: Option<i32> = platform::stored(MY_YEAR_KEY).and_then(|y| y.parse().ok());
        let signal = RwSignal::new(initial);
        Effect::new(move |_| {
            let year = signal.get().map(|y| y.to_string());
            platform::store(MY_YEAR_KEY, year.as_deref());
        });
        MyYear(signal)
    }

    /// The years on campus: the four years up to graduation.
    pub fn range(year: i32) -> std::ops::RangeInclusive<i32> {
        year - 4..=year
    }
}

/// "Your class year" select, shared by the home page and the timeline.
#[component]
pub fn MyYearPicker(from: i32) -> impl IntoView {
    let s = t();
    let my = expect_context::<MyYear>().0;
    let last = platform::this_year() + 4;
    view! {
        <label class="lens">{s.lens_label}
            <select name="my-year" on:change=move |ev| my.set(event_target_value(&ev).parse().ok())>
                <option value="" selected=move || my.get().is_none()>{s.lens_none}</option>
                {(from..=last).rev().map(|y| view! {
                    <option value=y.to_string() selected=move || my.get() == Some(y)>{y}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// A labelled select of one value or "Any": the shape of every single-choice filter.
/// `selected` is the chosen id; `pick` receives the new choice.
#[component]
pub fn FilterSelect(
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    #[prop(into)] selected: Signal<Option<String>>,
    pick: Callback<Option<String>>,
) -> impl IntoView {
    let s = t();
    view! {
        <label>{label}
            <select name=name on:change=move |ev| {
                let v = event_target_value(&ev);
                pick.run((!v.is_empty()).then_some(v));
            }>
                <option value="" selected=move || selected.with(Option::is_none)>{s.events_any}</option>
                {options.into_iter().map(|(id, text)| {
                    let mine = id.clone();
                    view! { <option value=id selected=move || selected.with(|x| x.as_deref() == Some(mine.as_str()))>{text}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
