//! Pages rendered ahead of time, natively, from the same components the browser runs: the
//! build writes each route's HTML with its content into its page shell, so the page reads
//! before (and without) the wasm, and the app then takes it over (`start`).
//!
//! Data comes from the built site's files, read at once (`data::read_from`): an `Async`
//! section renders its content, not "Loading…". Effects and tasks are browser work and do not
//! run here.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::path::Path;

/// Runs nothing: what an effect or a task would do happens in the browser.
struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _fut: PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Where pages are rendered from: the built site, and the address it is served under
/// (`https://example.org/homecoming/`, or any origin with the base path). Call once, before
/// `page`.
pub fn init(dist: &Path, base_uri: &str) {
    let _ = Executor::init_local_custom_executor(NoTasks);
    crate::platform::set_base_uri(base_uri);
    crate::data::read_from(dist);
}

/// The app's markup for `path` (the address under the site, base path included, as the
/// browser will ask for it).
pub fn page(path: &str) -> String {
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
/// app, once started, takes over the page it finds (`PRERENDERED`).
pub fn into_shell(shell: &str, app: &str) -> Option<String> {
    let start = shell.find("<div id=\"boot\"")?;
    let end = start + shell[start..].find("</div>")? + "</div>".len();
    Some(format!(
        "{}<div id=\"{}\">{app}</div>{}",
        &shell[..start],
        crate::PRERENDERED,
        &shell[end..]
    ))
}
