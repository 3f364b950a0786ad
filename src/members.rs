//! Alumni-only details in the browser (format: `homecoming_core::members`). WebCrypto derives
//! the key from the passphrase (PBKDF2-HMAC-SHA256) as a non-extractable `CryptoKey`, kept in
//! memory and in IndexedDB under a random id for this tab's session, so a reload stays
//! unlocked; sessionStorage holds only that id, never anything secret. A file is fetched and
//! opened only when a profile or a list of cards needs it, and kept open for the session.
//! "Lock again" forgets the key and every opened file.
//!
//! Natively (pages written ahead of time) the details are always locked.

use crate::data::{self, AppError};
use homecoming_core::members::{self, Chunk, Lock, MembersOnly, Meta};
use homecoming_core::model::Card;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Debug)]
enum State {
    /// Not asked yet this page load: a key may be kept for this session.
    Unknown,
    Locked,
    Unlocked,
}

thread_local! {
    static STATE: Cell<State> = const { Cell::new(State::Unknown) };
    static OPENED: RefCell<HashMap<u32, Arc<Chunk>>> = RefCell::new(HashMap::new());
}

/// What became of an unlock.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Unlock {
    Unlocked,
    /// The passphrase did not open the check value.
    Wrong,
    /// No WebCrypto here (an insecure origin, an old browser), or the site has no lock.
    Cannot,
}

pub async fn meta() -> data::Loaded<Meta> {
    data::load_file(members::META_FILE).await
}

async fn lock_of_site() -> Option<Lock> {
    meta().await.ok().and_then(|m| m.lock.clone())
}

/// Whether alumni-only details are unlocked in this browser. Without a key kept for this
/// session it answers at once, with no request: lists of cards ask on every query.
pub async fn unlocked() -> bool {
    match STATE.with(Cell::get) {
        State::Unlocked => true,
        State::Locked => false,
        State::Unknown if !js::maybe() => {
            STATE.with(|s| s.set(State::Locked));
            false
        }
        State::Unknown => {
            let kept = match lock_of_site().await {
                Some(lock) => js::restore(&lock.salt).await,
                None => false,
            };
            let state = if kept { State::Unlocked } else { State::Locked };
            STATE.with(|s| s.set(state));
            kept
        }
    }
}

/// Whether the site has alumni-only details and this browser has not unlocked them: then a
/// profile or the update form says how to see them.
pub async fn offered_but_locked() -> bool {
    let offered = (meta().await).is_ok_and(|m| m.lock.as_ref().is_some_and(|l| l.people > 0));
    offered && !unlocked().await
}

/// Derives the key from `passphrase` and keeps it if it opens the site's check value.
pub async fn unlock(passphrase: &str) -> Unlock {
    let Some(lock) = lock_of_site().await else {
        return Unlock::Cannot;
    };
    let result = js::unlock(passphrase, &lock).await;
    if result == Unlock::Unlocked {
        STATE.with(|s| s.set(State::Unlocked));
    }
    result
}

/// Forgets the key and everything it opened.
pub async fn lock_again() {
    STATE.with(|s| s.set(State::Locked));
    OPENED.with(|o| o.borrow_mut().clear());
    js::lock().await;
}

/// The opened file `file`, fetched and decrypted once per session.
async fn opened(file: u32) -> Result<Arc<Chunk>, AppError> {
    if let Some(hit) = OPENED.with(|o| o.borrow().get(&file).cloned()) {
        return Ok(hit);
    }
    let path = members::file_path(file);
    let sealed: Arc<Vec<u8>> = data::cached(&path, Ok).await?;
    let broken = |detail: &str| AppError::Parse {
        file: path.clone(),
        detail: detail.to_string(),
    };
    let text = js::open(&sealed, &members::additional_data(file))
        .await
        .ok_or_else(|| broken("it does not open with this session's key"))?;
    let chunk: Chunk = data::json(text.as_bytes()).map_err(|e| broken(&e))?;
    let chunk = Arc::new(chunk);
    OPENED.with(|o| o.borrow_mut().insert(file, chunk.clone()));
    Ok(chunk)
}

/// The alumni-only details of the people numbered `numbers`, when unlocked (none otherwise,
/// and none from a file that failed: the public page still shows).
pub async fn details(numbers: &[u32]) -> HashMap<u32, MembersOnly> {
    let mut out = HashMap::new();
    if !unlocked().await {
        return out;
    }
    let Some(lock) = lock_of_site().await else {
        return out;
    };
    let mut files: Vec<u32> = (numbers.iter())
        .map(|n| members::file_of(*n))
        .filter(|f| lock.files.contains(f))
        .collect();
    files.sort_unstable();
    files.dedup();
    let chunks = futures::future::join_all(files.into_iter().map(opened)).await;
    for chunk in chunks.into_iter().flatten() {
        for n in numbers {
            if let Some(only) = chunk.get(n) {
                out.insert(*n, only.clone());
            }
        }
    }
    out
}

/// Cards with their alumni-only details added, when unlocked.
pub async fn reveal_cards(numbers: &[u32], cards: &mut [Card]) {
    if STATE.with(Cell::get) == State::Locked {
        return;
    }
    let found = details(numbers).await;
    for (n, card) in numbers.iter().zip(cards) {
        if let Some(only) = found.get(n) {
            only.reveal_card(card);
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod js {
    use super::{Lock, Unlock};
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
const DB = 'homecoming-members', STORE = 'keys', ID = 'homecoming-members-session';
const DAY = 12 * 3600 * 1000;
let key = null;
const bytes = (hex) => Uint8Array.from(hex.match(/../g) || [], (h) => parseInt(h, 16));
function store(mode, f) {
  return new Promise((done, fail) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result, tx = db.transaction(STORE, mode), s = tx.objectStore(STORE);
      const req = f(s);
      tx.oncomplete = () => { db.close(); done(req && req.result); };
      tx.onerror = () => { db.close(); fail(tx.error); };
    };
  });
}
function sweep(s) {
  s.openCursor().onsuccess = (e) => {
    const c = e.target.result;
    if (!c) return;
    if (!c.value || Date.now() - c.value.at > DAY) c.delete();
    c.continue();
  };
}
function open(k, sealed, aad) {
  return crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.slice(0, 12), additionalData: new TextEncoder().encode(aad) },
    k, sealed.slice(12)).then((plain) => new TextDecoder().decode(plain));
}
export function membersMaybe() {
  try { return !!sessionStorage.getItem(ID); } catch (e) { return false; }
}
export async function membersUnlock(passphrase, salt, iterations, check) {
  if (!window.crypto || !crypto.subtle) return 'cannot';
  const enc = new TextEncoder();
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const k = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations },
    base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  try { await open(k, bytes(check), 'homecoming-members:check'); } catch (e) { return 'wrong'; }
  key = k;
  try {
    let id = sessionStorage.getItem(ID);
    if (!id) {
      id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
      sessionStorage.setItem(ID, id);
    }
    await store('readwrite', (s) => { sweep(s); return s.put({ key: k, salt, at: Date.now() }, id); });
  } catch (e) { /* private browsing: unlocked until this page is left */ }
  return 'unlocked';
}
export async function membersRestore(salt) {
  if (key) return true;
  try {
    const id = sessionStorage.getItem(ID);
    if (!id) return false;
    const kept = await store('readonly', (s) => s.get(id));
    if (kept && kept.salt === salt && Date.now() - kept.at < DAY) { key = kept.key; return true; }
  } catch (e) {}
  return false;
}
export async function membersLock() {
  key = null;
  try {
    const id = sessionStorage.getItem(ID);
    sessionStorage.removeItem(ID);
    if (id) await store('readwrite', (s) => { sweep(s); return s.delete(id); });
  } catch (e) {}
}
export async function membersOpen(sealed, aad) {
  if (!key) return null;
  try { return await open(key, sealed, aad); } catch (e) { return null; }
}"#)]
    extern "C" {
        #[wasm_bindgen(js_name = membersMaybe)]
        fn maybe_js() -> bool;
        #[wasm_bindgen(js_name = membersUnlock)]
        fn unlock_js(passphrase: &str, salt: &str, iterations: u32, check: &str)
            -> js_sys::Promise;
        #[wasm_bindgen(js_name = membersRestore)]
        fn restore_js(salt: &str) -> js_sys::Promise;
        #[wasm_bindgen(js_name = membersLock)]
        fn lock_js() -> js_sys::Promise;
        #[wasm_bindgen(js_name = membersOpen)]
        fn open_js(sealed: &[u8], aad: &str) -> js_sys::Promise;
    }

    async fn settle(p: js_sys::Promise) -> Option<JsValue> {
        wasm_bindgen_futures::JsFuture::from(p).await.ok()
    }

    pub fn maybe() -> bool {
        maybe_js()
    }

    pub async fn unlock(passphrase: &str, lock: &Lock) -> Unlock {
        let p = unlock_js(passphrase, &lock.salt, lock.iterations, &lock.check);
        match settle(p).await.and_then(|v| v.as_string()).as_deref() {
            Some("unlocked") => Unlock::Unlocked,
            Some("wrong") => Unlock::Wrong,
            _ => Unlock::Cannot,
        }
    }

    pub async fn restore(salt: &str) -> bool {
        settle(restore_js(salt))
            .await
            .is_some_and(|v| v.as_bool() == Some(true))
    }

    pub async fn lock() {
        settle(lock_js()).await;
    }

    pub async fn open(sealed: &[u8], aad: &str) -> Option<String> {
        settle(open_js(sealed, aad))
            .await
            .and_then(|v| v.as_string())
    }
}

/// Written ahead of time, nothing is unlocked.
#[cfg(not(target_arch = "wasm32"))]
mod js {
    use super::{Lock, Unlock};

    pub fn maybe() -> bool {
        false
    }
    pub async fn unlock(_passphrase: &str, _lock: &Lock) -> Unlock {
        Unlock::Cannot
    }
    pub async fn restore(_salt: &str) -> bool {
        false
    }
    pub async fn lock() {}
    pub async fn open(_sealed: &[u8], _aad: &str) -> Option<String> {
        None
    }
}
