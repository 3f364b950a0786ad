//! Widgets shared by several pages.

use super::data::AppError;
use crate::i18n::{Lang, Strings};
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;

/// The interface strings in the reader's language.
pub fn t() -> &'static Strings {
    use_context::<Lang>().unwrap_or_default().strings()
}

/// The site file, loaded once by `App` and shared by the header, footer and titles.
pub type SiteResource = LocalResource<super::data::Loaded<crate::model::Site>>;

/// Sets the document title while a page is shown.
pub fn use_title(title: impl Fn() -> String + 'static) {
    let site = use_context::<SiteResource>();
    Effect::new(move |_| {
        let school = site
            .and_then(|s| s.get())
            .and_then(|r| r.ok())
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let page = title();
        let text = if page.is_empty() { school } else { format!("{page} · {school}") };
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&text);
        }
    });
}

/// A link to a page of the site. The router adds the hosting sub-path.
#[component]
pub fn Link(to: Route, children: Children, #[prop(optional, into)] class: String) -> impl IntoView {
    view! { <A href=to.path() attr:class=class>{children()}</A> }
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
        AppError::Status { file, status } => (s.error_title, (s.error_status)(file, *status), s.error_what_to_do),
        AppError::NotJson { file } => (s.error_title, (s.error_not_json)(file), s.error_what_to_do),
        AppError::Parse { file, .. } => (s.error_title, (s.error_parse)(file), s.error_what_to_do),
        AppError::NotFound { what, id } => (s.not_found_title, (s.error_not_found_record)(what, id), ""),
    };
    let retry = !matches!(error, AppError::NotFound { .. });
    view! {
        <div class="error-box" role="alert">
            <h2>{title}</h2>
            <p>{what}</p>
            {(!todo.is_empty()).then(|| view! { <p>{todo}</p> })}
            {retry.then(|| view! {
                <button type="button" class="button" on:click=|_| {
                    if let Some(w) = web_sys::window() { let _ = w.location().reload(); }
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
            e.downcast_ref::<AppError>().cloned().unwrap_or(AppError::Parse {
                file: String::new(),
                detail: e.to_string(),
            })
        });
        first.map(|error| view! { <ErrorView error/> })
    }
}

/// Loads data and renders it: `LocalResource → Transition → ErrorBoundary`, the shape of every
/// async section. A failure shows `ErrorView` in this section only.
#[component]
pub fn Async<T, Fut, V, R>(
    load: impl Fn() -> Fut + 'static,
    render: R,
) -> impl IntoView
where
    T: Clone + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + 'static,
    R: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = LocalResource::new(load);
    view! {
        <Transition fallback=Loading>
            <ErrorBoundary fallback=error_fallback>
                {move || {
                    let render = render.clone();
                    Suspend::new(async move { data.await.map(render) })
                }}
            </ErrorBoundary>
        </Transition>
    }
}

/// A short date like "5 Jun 2026" from `2026-06-05`, without a date library.
pub fn short_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut parts = iso.split('-');
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    match (y, m.and_then(|m| m.parse::<usize>().ok()), d.and_then(|d| d.get(..2)).and_then(|d| d.parse::<u32>().ok())) {
        (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => format!("{d} {} {y}", MONTHS[m - 1]),
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

/// Lowercase without accents, for the simple filters; the directory's search core replaces it.
pub fn fold(s: &str) -> String {
    let lower: String = s.to_lowercase();
    let normalized = js_sys::JsString::from(lower.as_str()).normalize("NFD");
    let text: String = normalized.into();
    text.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'ø' => 'o',
            'ł' => 'l',
            'đ' => 'd',
            'ı' => 'i',
            c => c,
        })
        .collect::<String>()
        .replace('ß', "ss")
}
