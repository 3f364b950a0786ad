//! The app's components render natively, to HTML, with no browser: component bodies and views
//! ask the device through `platform` only, so a page can be rendered ahead of time. Effects
//! and tasks are browser work and are dropped here, as they would be when prerendering.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;

/// Runs nothing: what an effect or a task would do happens in the browser.
struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _fut: PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn render<V: IntoView + 'static>(page: impl FnOnce() -> V) -> String {
    let _ = Executor::init_local_custom_executor(NoTasks);
    let owner = Owner::new();
    owner.with(|| {
        provide_context(homecoming_core::i18n::Lang::default());
        page().into_view().to_html()
    })
}

#[test]
fn the_not_found_page_renders_without_a_browser() {
    let html = render(|| view! { <homecoming_app::pages::not_found::NotFound/> });
    assert!(html.contains("<h1>Page not found</h1>"), "{html}");
    assert!(html.contains("href=\"/\""), "{html}");
}
