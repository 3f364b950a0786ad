//! The Leptos client: a thin layer that renders `model` types. One file per page under `pages/`,
//! shared widgets in `widgets.rs`, data loading and the one error type in `data.rs`.
// Rendered natively with `ssr` (tests), the largest pages' view types nest deeper than 128.
#![recursion_limit = "256"]

pub mod cards;
pub mod data;
pub mod dir;
pub mod lazy;
pub mod map;
pub mod members;
pub mod offline;
pub mod pages;
pub mod platform;
pub mod prerender;
pub mod widgets;

use homecoming_core::routes::Route as R;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use widgets::{base_path, t, Link, NavLink, SiteResource};

/// The id of the element that holds a page rendered ahead of time (`prerender`), which the
/// app replaces once its own first screen is ready.
pub const PRERENDERED: &str = "prerendered";

/// Entry point called by `main`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_banner();
    }));
    canonical_slash();
    match document().get_element_by_id(PRERENDERED) {
        Some(page) => take_over(page),
        None => {
            if let Some(boot) = document().get_element_by_id("boot") {
                boot.remove();
            }
            leptos::mount::mount_to_body(App);
        }
    }
}

/// Where the app renders while the page written ahead of time is still shown.
const APP: &str = "app";

/// The page came written ahead of time (`prerender`): the app renders beside it, hidden, and
/// replaces it once its own page has its data (no section still loading), so the reader sees
/// no "Loading…" and nothing moves. A reader who has started typing into the written page's
/// search box keeps the text and the focus.
fn take_over(page: web_sys::Element) {
    let document = document();
    let Ok(host) = document.create_element("div") else {
        return;
    };
    host.set_id(APP);
    let _ = host.set_attribute("hidden", "");
    let _ = page.after_with_node_1(&host);
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    // Only once the written page has been painted: on a fast connection the wasm can be ready
    // before the first frame, and the reader's first paint should be the page, not the swap.
    let mount = host.clone();
    request_animation_frame(move || {
        set_timeout(
            move || leptos::mount::mount_to(mount, App).forget(),
            std::time::Duration::ZERO,
        )
    });
    let since = platform::now_ms();
    let handle = std::rc::Rc::new(std::cell::Cell::new(
        None::<leptos::prelude::IntervalHandle>,
    ));
    let mine = handle.clone();
    let swap = move || {
        let mounted = host.child_element_count() > 0;
        let loading = host.query_selector(".loading").ok().flatten().is_some();
        if (!mounted || loading) && platform::now_ms() - since < 5_000 {
            return;
        }
        if let Some(h) = mine.take() {
            h.clear();
        }
        let typed = typed_in(&page);
        page.remove();
        let _ = host.remove_attribute("hidden");
        if let Some((id, value)) = typed {
            focus_with(&id, &value);
        }
    };
    if let Ok(h) = set_interval_with_handle(swap, std::time::Duration::from_millis(40)) {
        handle.set(Some(h));
    }
}

/// The id and text of the written page's input that has the focus, if any.
fn typed_in(page: &web_sys::Element) -> Option<(String, String)> {
    let active = document().active_element()?;
    if !page.contains(Some(&active)) || active.id().is_empty() {
        return None;
    }
    let input = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(active).ok()?;
    Some((input.id(), input.value()))
}

/// Focuses the app's input `id` and gives it `value` as if typed (the page reacts to it).
fn focus_with(id: &str, value: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let Ok(input) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el) else {
        return;
    };
    let _ = input.focus();
    if input.value() != value {
        input.set_value(value);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&event);
        }
    }
}

/// Every page's address ends in `/` (`Route::path`, a folder on a static host). An address
/// typed or shared without it is one the host may answer with a redirect, or (served the
/// GitHub Pages way, for a page not written ahead) the app's fallback: put the slash back
/// quietly, so the address a reader copies is the one that needs no redirect.
fn canonical_slash() {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let base = widgets::base_path();
    let Some(inside) = path.strip_prefix(base.as_str()) else {
        return;
    };
    if path.ends_with('/') || R::parse(inside).is_none() {
        return;
    }
    let fixed = format!(
        "{path}/{}{}",
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fixed));
    }
}

/// A panic must never leave a blank page: say so, and offer a reload.
fn show_panic_banner() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let message = platform::lang().strings().panic_message;
        let _ = body.insert_adjacent_html(
            "afterbegin",
            &format!("<div class=\"panic\" role=\"alert\">{message} <a href=\"\">↻</a></div>"),
        );
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_context(platform::lang());
    provide_context(widgets::MyYear::from_storage());
    provide_context(dir::Session::default());
    offline::start();
    // Ready at once when the page carries it inline (or rendered ahead of time); otherwise
    // fetched.
    let site: SiteResource = match data::now(data::site()) {
        Some(ready) => Signal::stored(Some(ready)),
        None => {
            let fetched = LocalResource::new(data::site);
            Signal::derive(move || fetched.get())
        }
    };
    provide_context(site);
    view! {
        <Router base=base_path()>
            // With <base href> a bare "#main" would resolve to the home page: focus by hand.
            <a class="skip" href="#main" on:click=|ev| {
                ev.prevent_default();
                if let Some(main) = document().get_element_by_id("main") {
                    if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                        let _ = main.focus();
                    }
                }
            }>{t().skip_to_content}</a>
            <Header/>
            <offline::Status/>
            <main id="main" tabindex="-1">
                // Taking over a written page, its own view is made a task after the header's.
                <widgets::Later>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home/>
                    <Route path=path!("/directory") view=pages::directory::Directory/>
                    <Route path=path!("/alumni/:id") view=pages::alumnus::Alumnus/>
                    <Route path=path!("/timeline") view=pages::timeline::Timeline/>
                    <Route path=path!("/gallery") view=pages::gallery::Gallery/>
                    // One route for the album and each of its photos, so opening the lightbox
                    // keeps the album page (and its scroll position) where it is.
                    <Route path=path!("/gallery/:id/:photo?") view=pages::album::AlbumPage/>
                    <Route path=path!("/events") view=pages::events::Events/>
                    <Route path=path!("/events/:id") view=pages::event::EventPage/>
                    <Route path=path!("/careers") view=pages::careers::Careers/>
                    <Route path=path!("/careers/:id") view=pages::resource::ResourcePage/>
                    <Route path=path!("/mentors") view=pages::mentors::Mentors/>
                    <Route path=path!("/class/:year") view=pages::class::ClassPage/>
                    <Route path=path!("/update/:id") view=|| view! { <pages::update::UpdatePage kind=pages::update::Kind::Update/> }/>
                    <Route path=path!("/join") view=|| view! { <pages::update::UpdatePage kind=pages::update::Kind::Join/> }/>
                    <Route path=path!("/remove/:id") view=|| view! { <pages::update::UpdatePage kind=pages::update::Kind::Remove/> }/>
                    <Route path=path!("/note/:id") view=|| view! { <pages::update::UpdatePage kind=pages::update::Kind::Note/> }/>
                    <Route path=path!("/chapters") view=pages::chapters::Chapters/>
                    <Route path=path!("/chapters/:id") view=pages::chapter::ChapterView/>
                    <Route path=path!("/giving") view=pages::giving::GivingPage/>
                    <Route path=path!("/voice") view=pages::voice::VoicePage/>
                    <Route path=path!("/members") view=pages::members::MembersPage/>
                </Routes>
                </widgets::Later>
            </main>
            <widgets::Later><Footer/></widgets::Later>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    let s = t();
    let site = expect_context::<SiteResource>();
    let brand = move || {
        site.get().and_then(|r| r.ok()).map(|site| {
            view! {
                <img src=site.logo.clone() alt="" width="36" height="36"/>
                <span class="brand-name">{widgets::site_name(&site.name)}</span>
                <span class="brand-short">{widgets::site_name(&site.short_name)}</span>
            }
        })
    };
    let nav = [
        (R::Directory, s.nav_directory),
        (R::Timeline, s.nav_timeline),
        (R::Gallery, s.nav_gallery),
        (R::Events, s.nav_events),
        (R::Careers, s.nav_careers),
    ];
    view! {
        <header class="site-header">
            <div class="bar">
                <Link to=R::Home class="brand">
                    <span class="sr-only">{s.nav_home}</span>
                    {brand}
                </Link>
                <widgets::LangSwitch/>
            </div>
            <nav aria-label=s.nav_label>
                <ul>
                    {nav.into_iter().map(|(route, label)| view! {
                        <li><NavLink to=route>{label}</NavLink></li>
                    }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let s = t();
    let site = expect_context::<SiteResource>();
    view! {
        <footer class="site-footer">
            <p>{s.footer_privacy}</p>
            <p><Link to=R::Join>{s.join_invite}</Link></p>
            <ul class="footer-links">
                <li><Link to=R::Chapters>{s.community.nav_chapters}</Link></li>
                <li><Link to=R::Giving>{s.community.nav_giving}</Link></li>
                <li><Link to=R::Voice>{s.community.nav_voice}</Link></li>
                <li><Link to=R::Members>{s.members.nav}</Link></li>
            </ul>
            {move || site.get().and_then(|r| r.ok()).map(|site| view! {
                <ul class="contacts" aria-label=s.footer_contact>
                    {site.contacts.iter().map(|c| view! {
                        <li><a href=c.href.clone()>{c.label.clone()}</a></li>
                    }).collect_view()}
                </ul>
                <p class="small">{(s.footer_founded)(&widgets::site_name(&site.name), site.founded)}</p>
            })}
        </footer>
    }
}
