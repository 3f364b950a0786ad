//! The directory index in the browser: which files a query needs, fetched in parallel and kept
//! for the session, then answered by the plain `index` reader. At most three rounds before the
//! first results: `meta.json` + `vocab.bin`; the query's shards + chosen facet values; the cards
//! of the visible results. Facet counts need `cols.bin`, fetched after the results are painted.

use super::data::{cached, load_file, AppError, Loaded};
use crate::facets::Selection;
use crate::index::{self, Bits, Columns, Hit, Meta, Shard, Vocab};
use crate::model::PublicAlumnus;
use futures::future::join_all;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

fn broken(what: &str) -> String {
    format!("the {what} is cut short or not in the format this version of the site reads")
}

/// The two files every directory query starts from.
pub async fn ready() -> Result<(Arc<Meta>, Arc<Vocab>), AppError> {
    let (meta, vocab) = futures::join!(
        load_file::<Meta>(index::META_FILE),
        cached(index::VOCAB_FILE, |b| {
            Vocab::read(&b).ok_or_else(|| broken("word list"))
        })
    );
    Ok((meta?, vocab?))
}

async fn shard(key: String) -> Loaded<Shard> {
    cached(&index::shard_file(&key), |b| {
        Shard::read(&b).ok_or_else(|| broken("index shard"))
    })
    .await
}

pub async fn facet(meta: &Meta, d: usize, v: usize) -> Loaded<Bits> {
    let n = meta.people;
    cached(&index::facet_file(&meta.dims[d].name, v), move |b| {
        index::read_facet(&b, n).ok_or_else(|| broken("facet file"))
    })
    .await
}

pub async fn columns(meta: Arc<Meta>) -> Loaded<Columns> {
    cached(index::COLS_FILE, move |b| {
        Columns::read(&b, &meta).ok_or_else(|| broken("facet table"))
    })
    .await
}

fn cols_if_loaded() -> Option<Arc<Columns>> {
    super::data::peek(index::COLS_FILE)
}

thread_local! {
    /// Cards that came with a first page (`top/`), by person number.
    static CARDS: RefCell<HashMap<u32, PublicAlumnus>> = RefCell::new(HashMap::new());
}

/// The first page of a query of one to three letters, kept as cards for `people`.
async fn top(key: String) -> Result<(), AppError> {
    let page = load_file::<index::TopPage>(&index::top_file(&key)).await?;
    CARDS.with(|c| {
        let mut c = c.borrow_mut();
        for (n, card) in page.people.iter().zip(&page.cards) {
            c.entry(*n).or_insert_with(|| card.clone());
        }
    });
    Ok(())
}

/// The people with these numbers: from first pages already here, else from their card chunks
/// (fetched in parallel).
pub async fn people(meta: &Meta, numbers: &[u32]) -> Result<Vec<PublicAlumnus>, AppError> {
    let known: Vec<Option<PublicAlumnus>> = numbers
        .iter()
        .map(|n| CARDS.with(|c| c.borrow().get(n).cloned()))
        .collect();
    let mut chunks: Vec<usize> = numbers
        .iter()
        .zip(&known)
        .filter(|(_, k)| k.is_none())
        .map(|(n, _)| *n as usize / meta.chunk)
        .collect();
    chunks.sort_unstable();
    chunks.dedup();
    let files: Vec<String> = chunks.iter().map(|c| index::chunk_file(*c)).collect();
    let loaded = join_all(files.iter().map(|f| load_file::<Vec<PublicAlumnus>>(f))).await;
    let mut by_chunk = HashMap::new();
    for (c, l) in chunks.into_iter().zip(loaded) {
        by_chunk.insert(c, l?);
    }
    numbers
        .iter()
        .zip(known)
        .map(|(n, known)| {
            let n = *n as usize;
            known
                .or_else(|| {
                    by_chunk
                        .get(&(n / meta.chunk))
                        .and_then(|list| list.get(n % meta.chunk))
                        .cloned()
                })
                .ok_or_else(|| AppError::Parse {
                    file: index::chunk_file(n / meta.chunk),
                    detail: broken("card file"),
                })
        })
        .collect()
}

/// Query matches, and those that pass the chosen facets.
pub struct Found {
    pub matched: Arc<Vec<Hit>>,
    pub passing: Arc<Vec<Hit>>,
}

/// The last query and choices with what they found: scrolling asks again with the same ones.
type Last = Option<(String, Selection, Arc<Vec<Hit>>, Arc<Vec<Hit>>)>;

thread_local! {
    static LAST: RefCell<Last> = const { RefCell::new(None) };
}

pub async fn find(
    meta: &Arc<Meta>,
    vocab: &Vocab,
    q: &str,
    chosen: &Selection,
) -> Result<Found, AppError> {
    if let Some((m, p)) = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(lq, lc, _, _)| lq == q && lc == chosen)
            .map(|(_, _, m, p)| (m.clone(), p.clone()))
    }) {
        return Ok(Found {
            matched: m,
            passing: p,
        });
    }
    let picks = index::chosen_indexes(meta, chosen);
    let cols = cols_if_loaded();
    let wanted: Vec<(usize, usize)> = if cols.is_some() {
        Vec::new()
    } else {
        picks
            .iter()
            .flat_map(|(d, vs)| vs.iter().map(move |v| (*d, *v)))
            .collect()
    };
    // A first page only helps when no facet narrows the list.
    let first_page = vocab.top_for(q).filter(|_| picks.is_empty());
    let (shards, facets, first) = futures::join!(
        join_all(vocab.shards_for(q).into_iter().map(shard)),
        join_all(wanted.iter().map(|(d, v)| facet(meta, *d, *v))),
        async move {
            match first_page {
                Some(key) => top(key).await,
                None => Ok(()),
            }
        }
    );
    first?;
    let shards = shards.into_iter().collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<&Shard> = shards.iter().map(|s| s.as_ref()).collect();
    let matched = index::search(meta.people, &refs, q);
    let mut bits: HashMap<(usize, usize), Arc<Bits>> = HashMap::new();
    for (key, f) in wanted.into_iter().zip(facets) {
        bits.insert(key, f?);
    }
    let value = |d: usize, v: usize| match &cols {
        Some(c) => c.dims.get(d).and_then(|vs| vs.get(v)).cloned(),
        None => bits.get(&(d, v)).map(|b| (**b).clone()),
    };
    let matched = Arc::new(matched);
    // With no facet chosen the two lists are one.
    let passing = if picks.is_empty() {
        matched.clone()
    } else {
        let pass = index::passing(meta.people, &picks, value, None);
        Arc::new(
            matched
                .iter()
                .filter(|h| pass.has(h.person))
                .copied()
                .collect(),
        )
    };
    LAST.with(|l| {
        *l.borrow_mut() = Some((
            q.to_string(),
            chosen.clone(),
            matched.clone(),
            passing.clone(),
        ))
    });
    Ok(Found { matched, passing })
}

/// Resolves after the browser has painted the current frame and then `pause_ms` more: work
/// that can wait for the results to show (facet counts) starts here, and waiting for a pause
/// in typing keeps it from landing between two keystrokes.
pub async fn after_paint(pause_ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
            let window = web_sys::window().expect("window");
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                resolve.unchecked_ref(),
                pause_ms,
            );
        });
        let _ = window.request_animation_frame(cb.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
