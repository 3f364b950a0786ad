//! Pages rendered ahead of time, natively, from the same components the browser runs: the
//! build writes each route's HTML with its content into its page shell, so the page reads
//! before (and without) the wasm, and the app then takes it over (`start`).
//!
//! Data comes from the built site's files, read at once (`data::read_from`): an `Async`
//! section renders its content, not "Loading…". Effects and tasks are browser work and do not
//! run here.
//!
//! The render itself needs the `prerender` feature; putting the result into a shell does not
//! (it is tested with the rest, `tests/native_render.rs`).

#[cfg(feature = "prerender")]
use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
#[cfg(feature = "prerender")]
use leptos::prelude::*;
#[cfg(feature = "prerender")]
use leptos_router::location::RequestUrl;
#[cfg(feature = "prerender")]
use std::path::Path;

/// Runs nothing: what an effect or a task would do happens in the browser.
#[cfg(feature = "prerender")]
struct NoTasks;

#[cfg(feature = "prerender")]
impl CustomExecutor for NoTasks {
    fn spawn(&self, _fut: PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Where pages are rendered from: the built site, and the address it is served under
/// (`https://example.org/homecoming/`, or any origin with the base path). Call once, before
/// `page`.
#[cfg(feature = "prerender")]
pub fn init(dist: &Path, base_uri: &str) {
    let _ = Executor::init_local_custom_executor(NoTasks);
    crate::platform::set_base_uri(base_uri);
    crate::data::read_from(dist);
}

/// The app's markup for `path` (the address under the site, base path included, as the
/// browser will ask for it) in `lang`.
#[cfg(feature = "prerender")]
pub fn page(path: &str, lang: homecoming_core::i18n::Lang) -> String {
    crate::platform::set_lang(lang);
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(path));
        // Written once, never re-run: the router's links read their signals untracked here,
        // as they should.
        let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
        view! { <crate::App/> }.to_html()
    });
    drop(owner);
    html
}

/// Puts `app` (from `page`) into the page shell in place of its loading notice, so that the
/// app, once started, takes over the page it finds (`PRERENDERED`), and has the app fetched
/// only after the page is painted (`defer_app`). `None` when the shell has no loading notice.
pub fn into_shell(shell: &str, app: &str) -> Option<String> {
    let start = shell.find("<div id=\"boot\"")?;
    let end = start + shell[start..].find("</div>")? + "</div>".len();
    let page = format!(
        "{}<div id=\"{}\">{app}</div>{}",
        &shell[..start],
        crate::PRERENDERED,
        &shell[end..]
    );
    Some(defer_app(&page))
}

/// A written page does not need the app to be read, so the app (≈ 350 KB on a phone's
/// network) should not compete with the page's own style sheet and images: trunk's preload
/// links for the wasm and JS go, and its start-up script imports the app only once the page
/// has loaded (its first-screen images too) and painted. A shell not shaped as trunk writes
/// it is left as it is.
pub fn defer_app(page: &str) -> String {
    const IMPORT: &str = "import init, * as bindings from ";
    let Some(at) = page.find(IMPORT) else {
        return page.to_string();
    };
    let rest = &page[at + IMPORT.len()..];
    let Some(end) = rest.find(';') else {
        return page.to_string();
    };
    let module = &rest[..end];
    let mut out = format!(
        "{}await new Promise((go) => (document.readyState === 'complete' ? go() : addEventListener('load', go, {{ once: true }})));\nawait new Promise((go) => requestAnimationFrame(() => setTimeout(go)));\nconst {{ default: init, ...bindings }} = await import({module});{}",
        &page[..at],
        &rest[end + 1..]
    );
    for (open, must) in [
        ("<link rel=\"modulepreload\"", ""),
        ("<link rel=\"preload\"", "application/wasm"),
    ] {
        while let Some(a) = out.find(open) {
            let Some(len) = out[a..].find('>') else { break };
            if !out[a..a + len].contains(must) {
                break;
            }
            out.replace_range(a..a + len + 1, "");
        }
    }
    out
}
