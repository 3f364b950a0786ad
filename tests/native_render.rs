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

/// Trunk's shell as `trunk build` writes it (the parts that matter here).
const TRUNK: &str = r#"<head>
<script type="module">
import init, * as bindings from '/app-1.js';
const wasm = await init({ module_or_path: '/app-1_bg.wasm' });
window.wasmBindings = bindings;
</script>
<link rel="stylesheet" href="/main.css"/>
<link rel="modulepreload" href="/app-1.js" crossorigin="anonymous"><link rel="modulepreload" href="/snippets/a/inline0.js" crossorigin="anonymous"><link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head>
<body>
  <div id="boot" class="boot" role="status">
    <p>Loading…</p>
  </div>
</body>"#;

#[test]
fn a_written_page_replaces_the_loading_notice_and_fetches_the_app_after_its_first_paint() {
    use homecoming_app::prerender::into_shell;
    let page = into_shell(TRUNK, "<main><h1>Timeline</h1></main>").expect("the shell has a notice");
    assert!(
        page.contains("<div id=\"prerendered\"><main><h1>Timeline</h1></main></div>"),
        "{page}"
    );
    assert!(!page.contains("Loading…"), "{page}");
    assert!(!page.contains("preload"), "{page}");
    assert!(
        page.contains("<link rel=\"stylesheet\" href=\"/main.css\"/>"),
        "{page}"
    );
    let paint = page
        .find("requestAnimationFrame")
        .expect("waits for a paint");
    assert!(
        page.find("addEventListener('load'")
            .expect("waits for the load")
            < paint
    );
    let import = page
        .find("await import('/app-1.js')")
        .expect("imports the app");
    assert!(paint < import, "{page}");
    assert!(page.contains("module_or_path: '/app-1_bg.wasm'"), "{page}");
    // A shell with no notice is not a page to write into.
    assert_eq!(into_shell("<body></body>", "<main></main>"), None);
}
