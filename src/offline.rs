//! Offline and installable, in the browser (#19): registers the service worker the build wrote
//! (`sw.js` at the sub-path), says when the device is offline, and when a new version has been
//! deployed offers to reload into it (the worker waits until then, so this page's app never
//! reads the new version's data). `Status` is the one banner for both.

use crate::widgets::t;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Network {
    pub offline: RwSignal<bool>,
    pub update: RwSignal<bool>,
}

/// Starts watching (once, in `App`) and provides `Network`.
pub fn start() {
    let network = Network {
        offline: RwSignal::new(false),
        update: RwSignal::new(false),
    };
    provide_context(network);
    #[cfg(target_arch = "wasm32")]
    js::watch(network);
}

/// Asks the waiting worker to take over; the page reloads when it has.
fn update_now() {
    #[cfg(target_arch = "wasm32")]
    js::update();
}

#[component]
pub fn Status() -> impl IntoView {
    let s = t();
    let network = expect_context::<Network>();
    view! {
        {move || network.offline.get().then(|| view! {
            <p class="network offline" role="status">{s.offline_notice}</p>
        })}
        {move || network.update.get().then(|| view! {
            <p class="network update" role="status">{s.update_ready} " "
                <button type="button" class="button small" on:click=|_| update_now()>{s.update_reload}</button>
            </p>
        })}
    }
}

#[cfg(target_arch = "wasm32")]
mod js {
    use super::Network;
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
let reloading = false;
// Under a service worker a page loads with no network at all, and navigator.onLine may still
// say "online": then a tiny request the worker lets through tells (4 s at most).
function probe(base) {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), 4000);
  return fetch(base + 'manifest.webmanifest?online-probe=' + Date.now(), { method: 'HEAD', cache: 'no-store', signal: stop.signal })
    .then(() => true, () => false).finally(() => clearTimeout(timer));
}
export function offlineWatch(base, onOffline, onUpdate) {
  let again = null;
  const say = () => {
    clearTimeout(again);
    if (!navigator.onLine) return onOffline(true);
    if (!(navigator.serviceWorker && navigator.serviceWorker.controller)) return onOffline(false);
    probe(base).then((up) => { onOffline(!up); if (!up) again = setTimeout(say, 15000); });
  };
  addEventListener('online', say);
  addEventListener('offline', say);
  say();
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(base + 'sw.js', { scope: base }).then((reg) => {
    const waiting = () => { if (reg.waiting && navigator.serviceWorker.controller) onUpdate(); };
    waiting();
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      if (w) w.addEventListener('statechange', waiting);
    });
    // A page left open for days still hears of a new deploy.
    setInterval(() => reg.update().catch(() => {}), 30 * 60 * 1000);
  }).catch(() => {});
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
}
export function offlineUpdate() {
  navigator.serviceWorker.getRegistration().then((reg) => {
    if (reg && reg.waiting) { reloading = true; reg.waiting.postMessage('homecoming-update'); }
    else location.reload();
  });
}"#)]
    extern "C" {
        #[wasm_bindgen(js_name = offlineWatch)]
        fn watch_js(base: &str, on_offline: &Closure<dyn Fn(bool)>, on_update: &Closure<dyn Fn()>);
        #[wasm_bindgen(js_name = offlineUpdate)]
        fn update_js();
    }

    pub fn watch(network: Network) {
        let base = format!("{}/", crate::widgets::base_path());
        let offline = Closure::<dyn Fn(bool)>::new(move |off: bool| network.offline.set(off));
        let update = Closure::<dyn Fn()>::new(move || network.update.set(true));
        watch_js(&base, &offline, &update);
        offline.forget();
        update.forget();
    }

    pub fn update() {
        update_js();
    }
}
