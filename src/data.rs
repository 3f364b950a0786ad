//! Loading the data files the build wrote, with the app's one error type.
//!
//! Each collection is its own file, fetched once and kept for the session, so a broken or
//! missing file affects only the sections that read it.

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use homecoming_core::model::*;
use homecoming_core::routes::data_file;
use serde::de::DeserializeOwned;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Everything that can go wrong while showing a page. `ErrorView` renders each of them.
#[derive(Clone, Debug, PartialEq)]
pub enum AppError {
    /// The request failed: offline, DNS, a blocked request.
    Network { file: String },
    /// The server answered with an error status.
    Status { file: String, status: u16 },
    /// The server answered with a web page instead of JSON (static hosts' fallback).
    NotJson { file: String },
    /// The file arrived but is not the data this version of the app expects.
    Parse { file: String, detail: String },
    /// A page for a record that does not exist.
    NotFound { what: &'static str, id: String },
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Network { file } => write!(f, "could not download {file}"),
            AppError::Status { file, status } => write!(f, "{file}: HTTP {status}"),
            AppError::NotJson { file } => write!(f, "{file} is not JSON"),
            AppError::Parse { file, detail } => write!(f, "{file} could not be read: {detail}"),
            AppError::NotFound { what, id } => write!(f, "no {what} \"{id}\""),
        }
    }
}

impl std::error::Error for AppError {}

pub type Loaded<T> = Result<Arc<T>, AppError>;

/// The files of this session: what each became once it arrived, and the fetches under way
/// (a second caller waits for the first one's). A file is fetched at most once per session.
#[derive(Default)]
struct Files {
    arrived: HashMap<String, Arc<dyn Any + Send + Sync>>,
    pending: HashMap<String, Pending>,
    /// Fetches started by `issue`, not yet taken up by a `cached_as`.
    issued: HashMap<String, js_sys::Promise>,
    /// Every file that came over the network (not inline, not found inside another).
    fetched: std::collections::BTreeSet<String>,
}

/// A file's fetch and parse while it is under way.
type Pending = Shared<LocalBoxFuture<'static, Result<Arc<dyn Any + Send + Sync>, AppError>>>;

thread_local! {
    static FILES: RefCell<Files> = RefCell::new(Files::default());
}

fn files<R>(f: impl FnOnce(&mut Files) -> R) -> R {
    FILES.with(|files| f(&mut files.borrow_mut()))
}

/// Fetches `data/{name}.json` once per session and parses it as `T`.
pub async fn load<T>(name: &'static str) -> Loaded<T>
where
    T: DeserializeOwned + Send + Sync + 'static,
{
    load_file(&data_file(name)).await
}

/// Fetches a JSON file once per session and parses it as `T`.
pub async fn load_file<T>(file: &str) -> Loaded<T>
where
    T: DeserializeOwned + Send + Sync + 'static,
{
    cached(file, |bytes| json(&bytes)).await
}

/// A file's bytes read as JSON, or why not.
pub fn json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    serde_json::from_slice(bytes).map_err(|e| e.to_string())
}

/// What a file became, when it has already arrived.
pub fn peek<T: Send + Sync + 'static>(file: &str) -> Option<Arc<T>> {
    files(|f| f.arrived.get(file).cloned()).and_then(|hit| hit.downcast::<T>().ok())
}

/// Every file this session fetched: what the pages shown so far were made of (besides what
/// their HTML carries inline), for "Save for offline".
pub fn fetched_files() -> Vec<String> {
    files(|f| f.fetched.iter().cloned().collect())
}

/// Whether a file has arrived or is on its way.
pub fn requested(file: &str) -> bool {
    files(|f| {
        f.arrived.contains_key(file) || f.pending.contains_key(file) || f.issued.contains_key(file)
    })
}

/// Starts fetching `list` (those not already here or on their way) in one call into the
/// browser, so they leave together: a page's first round. Each is then read, parsed and kept
/// by the `cached_as` that asks for it.
pub fn issue(list: &[String]) {
    if cfg!(not(target_arch = "wasm32")) {
        return; // rendered ahead of time: each file is read when it is asked for
    }
    let new: Vec<&String> = list.iter().filter(|f| !requested(f)).collect();
    if new.is_empty() {
        return;
    }
    let names = js_sys::Array::new();
    new.iter().for_each(|f| {
        names.push(&wasm_bindgen::JsValue::from_str(f));
    });
    let promises = fetch_many(&names);
    files(|f| {
        for (i, file) in new.into_iter().enumerate() {
            f.issued
                .insert(file.clone(), promises.get(i as u32).unchecked_into());
        }
    });
}

/// Keeps `value` as what `file` holds, as if it had been fetched on its own (a file that
/// arrived inside another one), unless it is already here.
pub fn keep<T: Send + Sync + 'static>(file: &str, value: T) {
    files(|f| {
        f.arrived
            .entry(file.to_string())
            .or_insert_with(|| Arc::new(value));
    });
}

/// Whether the reader asked the browser to save data (`navigator.connection.saveData`):
/// then nothing is fetched ahead of need.
pub fn save_data() -> bool {
    let get = |v: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).ok();
    web_sys::window()
        .and_then(|w| get(&w.navigator().into(), "connection"))
        .filter(|c| c.is_object())
        .and_then(|c| get(&c, "saveData"))
        .is_some_and(|v| v.as_bool() == Some(true))
}

/// How a file is asked for: needed now, or fetched ahead of need (low priority, so it never
/// holds up a file that is needed now).
#[derive(Clone, Copy, PartialEq)]
pub enum Need {
    Now,
    Ahead,
}

/// Fetches a file once per session and keeps what `parse` made of its bytes. Callers that ask
/// while it is on its way share the one request.
pub async fn cached<T>(
    file: &str,
    parse: impl FnOnce(Vec<u8>) -> Result<T, String> + 'static,
) -> Loaded<T>
where
    T: Send + Sync + 'static,
{
    cached_as(file, Need::Now, parse).await
}

/// `cached`, saying how soon the file is needed.
pub async fn cached_as<T>(
    file: &str,
    need: Need,
    parse: impl FnOnce(Vec<u8>) -> Result<T, String> + 'static,
) -> Loaded<T>
where
    T: Send + Sync + 'static,
{
    // Only this wrapper is made once per type; the work is in `cached_any`, made once (it is
    // most of what each type of data file used to add to the wasm).
    let parse: ErasedParse =
        Box::new(move |bytes| parse(bytes).map(|v| Arc::new(v) as Arc<dyn Any + Send + Sync>));
    cached_any(file, need, parse)
        .await?
        .downcast::<T>()
        .map_err(|_| AppError::Parse {
            file: file.to_string(),
            detail: "it was read as two different kinds of data".to_string(),
        })
}

type ErasedParse = Box<dyn FnOnce(Vec<u8>) -> Result<Arc<dyn Any + Send + Sync>, String>>;

async fn cached_any(
    file: &str,
    need: Need,
    parse: ErasedParse,
) -> Result<Arc<dyn Any + Send + Sync>, AppError> {
    if let Some(hit) = files(|f| f.arrived.get(file).cloned()) {
        return Ok(hit);
    }
    // Carried by the page itself: no request, and the views that need it (the school's name,
    // the hero) are drawn in the app's first frame, so nothing shifts when it arrives.
    if let Some(text) = crate::platform::inline_file(file) {
        let value = parse(text.into_bytes()).map_err(|_| AppError::Parse {
            file: file.to_string(),
            detail: "the copy inside the page could not be read".to_string(),
        })?;
        files(|f| f.arrived.insert(file.to_string(), value.clone()));
        return Ok(value);
    }
    let pending = files(|f| {
        f.pending
            .entry(file.to_string())
            .or_insert_with(|| {
                let file = file.to_string();
                async move {
                    let result = fetch_bytes(&file, need).await.and_then(|bytes| {
                        parse(bytes).map_err(|detail| AppError::Parse {
                            file: file.clone(),
                            detail,
                        })
                    });
                    files(|f| {
                        f.pending.remove(&file);
                        if let Ok(value) = &result {
                            f.arrived.insert(file, value.clone());
                        }
                    });
                    result
                }
                .boxed_local()
                .shared()
            })
            .clone()
    });
    pending.await
}

// One promise per file, settled in JS: fetch, check, read the body. Each step awaited from Rust
// would wake the app's executor once more, and on a slow phone each wake is a task of its own.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function fetchBytes(file, low) {
  return fetch(file, low ? { priority: 'low' } : undefined).then((r) => {
    if (!r.ok) throw r.status;
    if ((r.headers.get('content-type') || '').includes('text/html')) throw 'html';
    return r.arrayBuffer().then((b) => new Uint8Array(b));
  });
}
export function fetchMany(files) {
  return files.map((file) => fetchBytes(file, false));
}"#)]
extern "C" {
    /// Resolves with the file's bytes; rejects with the HTTP status (a number), with "html"
    /// (a web page where data was expected), or with the network error.
    #[wasm_bindgen(js_name = fetchBytes)]
    fn fetch_js(file: &str, low: bool) -> js_sys::Promise;

    /// `fetchBytes` for each file, started together.
    #[wasm_bindgen(js_name = fetchMany)]
    fn fetch_many(files: &js_sys::Array) -> js_sys::Array;
}

/// Rendered ahead of time (natively), files are read from the built site (`read_from`).
#[cfg(not(target_arch = "wasm32"))]
async fn fetch_bytes(file: &str, _need: Need) -> Result<Vec<u8>, AppError> {
    let dir = NATIVE_DIST.with(|d| d.borrow().clone());
    let path = dir.join(file.split('?').next().unwrap_or(file));
    std::fs::read(&path).map_err(|_| AppError::Status {
        file: file.to_string(),
        status: 404,
    })
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static NATIVE_DIST: RefCell<std::path::PathBuf> = RefCell::new(std::path::PathBuf::new());
}

/// Natively, where data files are read from: the built site's folder.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_from(dist: &std::path::Path) {
    NATIVE_DIST.with(|d| *d.borrow_mut() = dist.to_path_buf());
}

/// The value of `fut` if it is ready at once (the data is here), without waiting for it.
pub fn now<F: std::future::Future>(fut: F) -> Option<F::Output> {
    let mut fut = std::pin::pin!(fut);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match fut.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => Some(v),
        std::task::Poll::Pending => None,
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch_bytes(file: &str, need: Need) -> Result<Vec<u8>, AppError> {
    let file_name = || file.to_string();
    let issued = files(|f| f.issued.remove(file));
    let promise = issued.unwrap_or_else(|| fetch_js(file, need == Need::Ahead));
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(bytes) => {
            files(|f| f.fetched.insert(file.to_string()));
            Ok(js_sys::Uint8Array::new(&bytes).to_vec())
        }
        Err(why) => Err(match (why.as_f64(), why.as_string().as_deref()) {
            (Some(status), _) => AppError::Status {
                file: file_name(),
                status: status as u16,
            },
            (_, Some("html")) => AppError::NotJson { file: file_name() },
            _ => AppError::Network { file: file_name() },
        }),
    }
}

/// Sends `body` (JSON) to `url` with a POST: an update request to the office's form endpoint.
#[cfg(target_arch = "wasm32")]
pub async fn post_json(url: &str, body: &str) -> Result<(), AppError> {
    use wasm_bindgen::JsCast;
    let failed = || AppError::Network {
        file: url.to_string(),
    };
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&wasm_bindgen::JsValue::from_str(body));
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| failed())?;
    request
        .headers()
        .set("Content-Type", "application/json")
        .map_err(|_| failed())?;
    let window = web_sys::window().ok_or_else(failed)?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    if response.ok() {
        Ok(())
    } else {
        Err(AppError::Status {
            file: url.to_string(),
            status: response.status(),
        })
    }
}

/// Natively nothing is sent (pages are only rendered there).
#[cfg(not(target_arch = "wasm32"))]
pub async fn post_json(url: &str, _body: &str) -> Result<(), AppError> {
    Err(AppError::Network {
        file: url.to_string(),
    })
}

pub async fn site() -> Loaded<Site> {
    load(files::SITE).await
}
pub async fn world() -> Loaded<WorldMap> {
    load(files::WORLD).await
}
pub async fn mentors() -> Loaded<Vec<PublicAlumnus>> {
    load(files::MENTORS).await
}
/// The profile of the person with `id`, from the file it shares with others.
pub async fn profile(id: &str) -> Result<Profile, AppError> {
    let file = homecoming_core::routes::profile_file(id);
    let profiles: Arc<Profiles> = load_file(&file).await?;
    profiles.get(id).cloned().ok_or_else(|| AppError::NotFound {
        what: "alumnus",
        id: id.to_string(),
    })
}
pub async fn timeline() -> Loaded<Vec<TimelineEntry>> {
    load(files::TIMELINE).await
}
pub async fn gallery() -> Loaded<Vec<Album>> {
    load(files::GALLERY).await
}
pub async fn events() -> Loaded<Vec<Event>> {
    load(files::EVENTS).await
}
pub async fn careers() -> Loaded<Vec<Resource>> {
    load(files::CAREERS).await
}
pub async fn opportunities() -> Loaded<Vec<Opportunity>> {
    load(files::OPPORTUNITIES).await
}
/// Class notes, newest first.
pub async fn notes() -> Loaded<Vec<ClassNote>> {
    load(files::NOTES).await
}
/// Every chapter of `site.json` with its page.
pub async fn chapters() -> Loaded<Vec<homecoming_core::community::ChapterPage>> {
    load(files::CHAPTERS).await
}
pub async fn giving() -> Loaded<homecoming_core::community::Giving> {
    load(files::GIVING).await
}
pub async fn voice() -> Loaded<homecoming_core::community::Voice> {
    load(files::VOICE).await
}

/// The record with `id` in a loaded list, or a not-found error naming it.
pub fn find<T: Clone>(
    list: &[T],
    id: &str,
    what: &'static str,
    key: impl Fn(&T) -> &str,
) -> Result<T, AppError> {
    list.iter()
        .find(|x| key(x) == id)
        .cloned()
        .ok_or_else(|| AppError::NotFound {
            what,
            id: id.to_string(),
        })
}
