//! Loading images as they approach the screen. Browsers' own `loading="lazy"` starts 1250 to
//! 2500 px ahead, which on a phone is most of an album; one shared IntersectionObserver with a
//! 300 px margin fetches far less on a slow network and still has the image ready in time.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

thread_local! {
    static OBSERVER: Option<IntersectionObserver> = make();
}

fn make() -> Option<IntersectionObserver> {
    let callback = Closure::<dyn Fn(Vec<IntersectionObserverEntry>, IntersectionObserver)>::new(
        |entries: Vec<IntersectionObserverEntry>, observer: IntersectionObserver| {
            for entry in entries.into_iter().filter(|e| e.is_intersecting()) {
                let el = entry.target();
                reveal(&el);
                observer.unobserve(&el);
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin("300px 0px");
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
    callback.forget(); // lives as long as the page
    observer
}

/// Moves `data-srcset`/`data-src` into place.
fn reveal(el: &Element) {
    if let Some(srcset) = el.get_attribute("data-srcset") {
        let _ = el.set_attribute("srcset", &srcset);
        let _ = el.remove_attribute("data-srcset");
    }
    if let Some(src) = el.get_attribute("data-src") {
        let _ = el.set_attribute("src", &src);
        let _ = el.remove_attribute("data-src");
    }
}

/// Starts watching an image; without IntersectionObserver it loads at once.
pub fn observe(el: &Element) {
    OBSERVER.with(|o| match o {
        Some(o) => o.observe(el),
        None => reveal(el),
    });
}

/// Calls `f` each time `el` comes within 600 px of the screen: "more on scroll".
pub fn when_near(el: &Element, f: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn(Vec<IntersectionObserverEntry>, IntersectionObserver)>::new(
        move |entries: Vec<IntersectionObserverEntry>, _: IntersectionObserver| {
            if entries.iter().any(|e| e.is_intersecting()) {
                f();
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin("600px 0px");
    if let Ok(observer) =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
    {
        observer.observe(el);
    }
    callback.forget(); // one per directory visit; small and bounded
}
