//! Offline and installable, in the browser (#19): registers the service worker the build wrote
//! (`sw.js` at the sub-path), says when the device is offline, and when a new version has been
//! deployed offers to reload into it (the worker waits until then, so this page's app never
//! reads the new version's data). `Status` is the one banner for both.

use crate::data::load_file;
use crate::widgets::t;
use homecoming_core::facets::Selection;
use homecoming_core::index;
use homecoming_core::model::Card;
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
    // Registering the worker and the probes waits a task: the app's first task is its
    // longest (each function compiles as it first runs).
    #[cfg(target_arch = "wasm32")]
    crate::platform::next_task(move || js::watch(network));
}

/// Asks the waiting worker to take over; the page reloads when it has.
fn update_now() {
    #[cfg(target_arch = "wasm32")]
    js::update();
}

/// Whether "Save for offline" can work here: the browser has service workers and a cache.
pub fn can_save() -> bool {
    #[cfg(target_arch = "wasm32")]
    return js::can_save();
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// The files under `prefix` (a path under the site root) that the service worker has cached.
pub async fn cached_files(prefix: &str) -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    return js::cached_files(prefix).await;
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = prefix;
        Vec::new()
    }
}

/// The directory's answer with no network: the query over every card this device has
/// (`dir`'s, and those in the directory files the service worker cached), with the class
/// years chosen; the other facets need files that may not be here.
pub async fn at_hand(
    dir: &crate::dir::Session,
    q: &str,
    chosen: &Selection,
) -> Vec<(Card, Option<String>)> {
    let mut cards = dir.cards_here();
    for file in cached_files("data/directory/").await {
        let found: Vec<Card> = if file.starts_with("data/directory/c/") {
            let list = load_file::<Vec<Card>>(&file).await;
            list.map(|l| (*l).clone()).unwrap_or_default()
        } else if file.starts_with("data/directory/top/") {
            let page = load_file::<index::TopPage>(&file).await;
            page.map(|p| p.cards.clone()).unwrap_or_default()
        } else if file.starts_with("data/directory/next/") {
            let next = load_file::<index::NextPages>(&file).await;
            next.map(|n| n.pages.values().flat_map(|p| p.cards.clone()).collect())
                .unwrap_or_default()
        } else {
            continue;
        };
        for c in found {
            cards.entry(c.id.clone()).or_insert(c);
        }
    }
    let years = chosen.get(&homecoming_core::facets::Dimension::Year);
    let mut cards: Vec<Card> = (cards.into_values())
        .filter(|c| years.is_none_or(|ys| ys.contains(&c.class_year.to_string())))
        .collect();
    cards.sort_by(|a, b| a.id.cmp(&b.id));
    let found = homecoming_core::search::find_cards(&cards, q);
    (found.into_iter())
        .map(|(i, former)| (cards[i].clone(), former))
        .collect()
}

/// Fetches `files` (paths under the site root) through the worker and waits until every one is
/// in its cache; false when the network or the cache failed.
pub async fn save(files: &[String]) -> bool {
    #[cfg(target_arch = "wasm32")]
    return js::save(files).await;
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = files;
        false
    }
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
// "Save for offline": fetched through the worker, which keeps each copy; done when every
// one is in the cache (the worker puts them there as they pass).
export function offlineCanSave() {
  return 'serviceWorker' in navigator && typeof caches !== 'undefined';
}
export async function offlineSave(urls) {
  // On a first visit the worker may not have taken the page over yet: only then does it see
  // (and keep) what the page fetches.
  if (!navigator.serviceWorker.controller) {
    await Promise.race([
      new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })),
      new Promise((_, fail) => setTimeout(() => fail(new Error('no worker')), 10000)),
    ]);
  }
  const all = urls.map((u) => new URL(u, document.baseURI).href);
  await Promise.all(all.map(async (u) => {
    const r = await fetch(u, { cache: 'no-cache' });
    if (!r.ok) throw new Error(u);
    await r.arrayBuffer();
  }));
  for (let i = 0; i < 50; i++) {
    if ((await Promise.all(all.map((u) => caches.match(u)))).every(Boolean)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('not kept');
}
// The files under `prefix` (a path under the site root) that the worker's caches hold, as the
// app asks for them.
export async function offlineCachedFiles(prefix) {
  const base = new URL(document.baseURI);
  const out = [];
  if (typeof caches === 'undefined') return out;
  for (const name of await caches.keys()) {
    if (!name.startsWith('homecoming-')) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const u = new URL(request.url);
      if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) continue;
      const path = u.pathname.slice(base.pathname.length) + u.search;
      if (path.startsWith(prefix) && !out.includes(path)) out.push(path);
    }
  }
  return out;
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
        #[wasm_bindgen(js_name = offlineCanSave)]
        pub fn can_save() -> bool;
        #[wasm_bindgen(js_name = offlineSave)]
        fn save_js(urls: js_sys::Array) -> js_sys::Promise;
        #[wasm_bindgen(js_name = offlineCachedFiles)]
        fn cached_files_js(prefix: &str) -> js_sys::Promise;
    }

    pub async fn cached_files(prefix: &str) -> Vec<String> {
        let list = wasm_bindgen_futures::JsFuture::from(cached_files_js(prefix)).await;
        list.ok()
            .map(|l| {
                js_sys::Array::from(&l)
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub async fn save(urls: &[String]) -> bool {
        let list = js_sys::Array::new();
        for u in urls {
            list.push(&JsValue::from_str(u));
        }
        wasm_bindgen_futures::JsFuture::from(save_js(list))
            .await
            .is_ok()
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
