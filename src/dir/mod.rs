//! The directory index in the browser: which files a query needs, fetched in parallel and kept
//! for the session, then answered by the plain `index` reader. At most three rounds before the
//! first results: `meta.json`, the vocabulary parts of the query's first letters and the chosen
//! values' files, issued together (`first_round`); the query's shards (or, for one or two
//! letters with pages and no facet, its first page, which holds its cards); the cards of the
//! visible results. Facet counts need `cols.bin`, fetched after the results are painted.
//! What the next keystroke needs is fetched ahead (`ahead.rs`).

mod ahead;

use super::data::{cached, cached_as, load_file, AppError, Loaded, Need};
use futures::future::join_all;
use homecoming_core::facets::Selection;
use homecoming_core::index::{self, Bits, Columns, Hit, Meta, Shard, Vocab, VocabPart};
use homecoming_core::model::Card;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

fn broken(what: &str) -> String {
    format!("the {what} is cut short or not in the format this version of the site reads")
}

/// The file every directory query starts from.
pub async fn ready() -> Loaded<Meta> {
    load_file::<Meta>(index::META_FILE).await
}

/// `meta` with the values of the dimensions kept apart (`index::APART`: cities) filled in,
/// fetched once: for a query that chooses one, the city filters and the map.
pub async fn whole(meta: &Arc<Meta>) -> Loaded<Meta> {
    const WHOLE: &str = "data/directory/meta.json (whole)";
    if !meta.dims.iter().any(index::Dim::missing) {
        return Ok(meta.clone());
    }
    if let Some(whole) = super::data::peek::<Meta>(WHOLE) {
        return Ok(whole);
    }
    let files = index::APART.map(index::dim_file);
    let lists =
        join_all((files.iter()).map(|file| load_file::<Vec<homecoming_core::facets::Count>>(file)))
            .await;
    let mut whole = (**meta).clone();
    for (dim, values) in index::APART.into_iter().zip(lists) {
        whole = whole.with_values(dim, &values?);
    }
    super::data::keep(WHOLE, whole);
    Ok(super::data::peek::<Meta>(WHOLE).expect("just kept"))
}

/// `meta` as far as `chosen` needs it: whole when a dimension kept apart is chosen.
pub async fn meta_for(meta: &Arc<Meta>, chosen: &Selection) -> Loaded<Meta> {
    if meta.needs_apart(chosen) {
        whole(meta).await
    } else {
        Ok(meta.clone())
    }
}

/// The vocabulary as far as `q` needs it: the parts of its words' first letters
/// (`index::vocab_part`), fetched in parallel and kept for the session.
pub async fn vocab(q: &str, need: Need) -> Result<Arc<Vocab>, AppError> {
    let parts = index::vocab_parts_for(q);
    let files: Vec<String> = parts.iter().map(|p| index::vocab_file(p)).collect();
    let loaded = join_all(files.iter().map(|file| {
        cached_as(file, need, |b| {
            VocabPart::read(&b).ok_or_else(|| broken("word list"))
        })
    }))
    .await;
    let mut vocab = Vocab {
        parts: HashMap::new(),
    };
    for (part, loaded) in parts.into_iter().zip(loaded) {
        vocab.parts.insert(part, loaded?);
    }
    Ok(Arc::new(vocab))
}

async fn shard(key: String) -> Loaded<Shard> {
    shard_as(key, Need::Now).await
}

async fn shard_as(key: String, need: Need) -> Loaded<Shard> {
    let file = index::shard_file(&key);
    // A bundle holds it: a pack, the only place a shard of another script is, or a bundle
    // fetched ahead, read from there rather than from a request of its own. One letter's
    // bundle is small and was asked for a keystroke ago, so one on its way is waited for; the
    // root bundle (a–z's one-letter shards, 282 KB at 100k) is not, as a slow network may
    // still be bringing it. A broken bundle fetched ahead only means the shard comes alone.
    // A shard whose own file is here or on its way (an earlier query fetched it alone) is
    // read from that file.
    if let Some(bundle) = index::bundle_of(&key).filter(|_| !super::data::requested(&file)) {
        let packed = index::shard_pack(&key).is_some();
        let here = super::data::peek::<Bundle>(&bundle);
        let worth_waiting =
            super::data::requested(&bundle) && bundle != index::shards_after_file("");
        let bundle = match here {
            Some(b) => Some(b),
            None if packed => Some(shards_after(&bundle, need).await?),
            None if worth_waiting => shards_after(&bundle, Need::Ahead).await.ok(),
            None => None,
        };
        let shard = bundle.and_then(|b| b.shard(&key));
        match shard {
            Some(shard) => super::data::keep(&file, shard),
            None if packed => {
                return Err(AppError::Parse {
                    file: index::shard_pack(&key).unwrap_or_default(),
                    detail: broken("index pack"),
                })
            }
            None => {}
        }
    }
    cached_as(&file, need, |b| {
        Shard::read(&b).ok_or_else(|| broken("index shard"))
    })
    .await
}

/// The shards of a bundle (`index::shards_after_file`), kept as bytes: each is read when a
/// query first needs it, so a bundle's arrival costs the main thread next to nothing.
struct Bundle {
    bytes: Vec<u8>,
    at: HashMap<String, std::ops::Range<usize>>,
}

impl Bundle {
    /// The shard `key` of this bundle, read; `None` when the bundle lacks it or it is cut short.
    fn shard(&self, key: &str) -> Option<Shard> {
        Shard::read(self.bytes.get(self.at.get(key)?.clone())?)
    }
}

async fn shards_after(bundle: &str, need: Need) -> Loaded<Bundle> {
    cached_as(bundle, need, |bytes| {
        let at = index::bundle_ranges(&bytes).ok_or_else(|| broken("index bundle"))?;
        Ok(Bundle { bytes, at })
    })
    .await
}

/// The bytes of the file holding a facet value's people (`index::facet_home`), with where
/// each value lies in it when it is a bundle (a country's cities).
async fn facet_file(file: &str, bundle: bool) -> Loaded<Bundle> {
    cached(file, move |bytes| {
        let at = if bundle {
            index::bundle_ranges(&bytes).ok_or_else(|| broken("facet file"))?
        } else {
            HashMap::new()
        };
        Ok(Bundle { bytes, at })
    })
    .await
}

/// Starts, in one call, every file a page opened on `q` with `chosen` needs before it can look
/// anything up: `meta.json`, the query's vocabulary parts, the chosen values' files and the
/// values kept apart that they need. Issued one by one, they left a few milliseconds apart on
/// a cold page, as if they were two rounds.
pub fn first_round(q: &str, chosen: &Selection) {
    let mut files = vec![index::META_FILE.to_string()];
    files.extend(
        index::vocab_parts_for(q)
            .iter()
            .map(|p| index::vocab_file(p)),
    );
    files.extend(chosen_homes(chosen).map(|(file, _)| file));
    files.extend(apart_files(chosen));
    files.sort();
    files.dedup();
    super::data::issue(&files);
}

/// The files of the chosen values (`index::facet_home`: the file, and the key in it when it is
/// a bundle).
fn chosen_homes(chosen: &Selection) -> impl Iterator<Item = (String, Option<String>)> + '_ {
    (chosen.iter()).flat_map(|(dim, ids)| ids.iter().map(|id| index::facet_home(*dim, id)))
}

/// The values kept apart (`index::APART`) that the chosen values need.
fn apart_files(chosen: &Selection) -> impl Iterator<Item = String> + '_ {
    (index::APART.iter())
        .filter(|d| chosen.get(d).is_some_and(|v| !v.is_empty()))
        .map(|d| index::dim_file(*d))
}

/// Reads the files of the chosen values, and the values kept apart that they need, named by
/// the values alone: a page opened with values chosen has them from its first round, with
/// `meta.json`.
pub async fn facets_ahead(chosen: &Selection) {
    futures::join!(
        join_all(chosen_homes(chosen).map(|(file, key)| async move {
            let _ = facet_file(&file, key.is_some()).await;
        })),
        join_all(apart_files(chosen).map(|file| async move {
            let _ = load_file::<Vec<homecoming_core::facets::Count>>(&file).await;
        })),
    );
}

/// The people with value `v` of dimension `d`.
pub async fn facet(meta: &Meta, d: usize, v: usize) -> Loaded<Bits> {
    let (dim, id) = (meta.dims[d].name, &meta.dims[d].values[v].id);
    let (file, key) = index::facet_home(dim, id);
    let read = format!("{file} ({id})");
    if let Some(bits) = super::data::peek::<Bits>(&read) {
        return Ok(bits);
    }
    let bundle = facet_file(&file, key.is_some()).await?;
    let bytes = match &key {
        Some(key) => bundle
            .at
            .get(key)
            .and_then(|at| bundle.bytes.get(at.clone())),
        None => Some(bundle.bytes.as_slice()),
    };
    let bits = bytes
        .and_then(|b| index::read_facet(b, meta.people))
        .ok_or_else(|| AppError::Parse {
            file,
            detail: broken("facet file"),
        })?;
    super::data::keep(&read, bits);
    Ok(super::data::peek::<Bits>(&read).expect("just kept"))
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

/// What the directory has worked out in this session, beyond the files `data` keeps: one per
/// app (`App` provides it as context), shared by its clones, so a page left and opened again
/// answers from what it learned.
#[derive(Clone, Default)]
pub struct Session(Arc<Mutex<Learned>>);

#[derive(Default)]
struct Learned {
    /// Cards that came with a first page (`top/`, `next/`), by person number.
    cards: HashMap<u32, Card>,
    /// The latest full lists, newest last (`ANSWERS` at most): scrolling asks again with the
    /// same query and choices, and with a facet chosen the first letters' lists are worked
    /// out ahead (`prefetch_letter_screens`).
    answers: std::collections::VecDeque<Full>,
    /// Who passes the chosen values, as the last query with a facet chosen worked it out.
    passing: Option<(Selection, Arc<Bits>)>,
    /// The index's `meta.json` as the last query read it (whole when it chose a city).
    meta: Option<Arc<Meta>>,
    /// The choices whose first letters' lists were worked out ahead.
    screens_for: Option<Selection>,
    /// How many cards fill the screen, as the last painted list measured it.
    first_screen: usize,
    /// The last query's matches before facets, for the counts.
    matched: Option<(String, Arc<Vec<Hit>>)>,
    /// Whether a list has been worked out before: the reader is typing or choosing, not
    /// opening the page.
    answered: bool,
    /// The query whose typo shards were last looked ahead for: it is asked once while typing
    /// and again once painted.
    looked_ahead: String,
    /// The shards each query word needs (`Vocab::shards_for_word`), once worked out.
    word_shards: HashMap<String, Vec<String>>,
}

/// A query and the chosen values, with everyone they found.
type Full = (String, Selection, Arc<Vec<Hit>>);

/// How many full lists the session keeps (`Learned::answers`): a–z, and a few more; and how
/// many people they may hold in all (12 bytes each: 2.4 MB), the newest list always kept.
const ANSWERS: usize = 32;
const ANSWER_HITS: usize = 200_000;

impl Session {
    /// The session the app provides.
    pub fn get() -> Session {
        leptos::prelude::expect_context()
    }

    fn learned<R>(&self, f: impl FnOnce(&mut Learned) -> R) -> R {
        // Nothing panics while holding it, and one thread uses it: a poisoned lock is moot.
        f(&mut self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The shards `q` needs (`Vocab::shards_for`), each word's kept for the session: finding a
    /// word's typos scans every word of its first letter (8 ms for a name on a phone, at
    /// 100,000 alumni), and while typing every word but the last was found a keystroke ago.
    fn shard_keys(&self, vocab: &Vocab, q: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for word in homecoming_core::search::words(q) {
            let known = self.learned(|l| l.word_shards.get(&word).cloned());
            keys.extend(known.unwrap_or_else(|| {
                let found = vocab.shards_for_word(&word);
                self.learned(|l| l.word_shards.insert(word, found.clone()));
                found
            }));
        }
        keys.sort();
        keys.dedup();
        keys
    }

    /// Keeps the cards a first page brought, for `people`.
    fn keep_cards(&self, page: &index::TopPage) {
        self.learned(|l| {
            for (n, card) in page.people.iter().zip(&page.cards) {
                l.cards.entry(*n).or_insert_with(|| card.clone());
            }
        });
    }

    /// The first page of a query of one to three letters; its cards are kept when it arrives.
    async fn top(&self, key: String) -> Loaded<index::TopPage> {
        let me = self.clone();
        cached(&index::top_file(&key), move |b| {
            let page: index::TopPage = super::data::json(&b)?;
            me.keep_cards(&page);
            Ok(page)
        })
        .await
    }

    /// The first screens of the prefixes one letter longer than `parent`; their cards are
    /// kept when it arrives.
    async fn next_pages(&self, parent: String) -> Loaded<index::NextPages> {
        let me = self.clone();
        cached_as(&index::next_file(&parent), Need::Ahead, move |b| {
            let next: index::NextPages = super::data::json(&b)?;
            next.pages.values().for_each(|page| me.keep_cards(page));
            Ok(next)
        })
        .await
    }

    /// The cards this session has learned, by id (`offline::at_hand` starts from them).
    pub fn cards_here(&self) -> HashMap<String, Card> {
        self.learned(|l| {
            (l.cards.values())
                .map(|c| (c.id.clone(), c.clone()))
                .collect()
        })
    }

    /// The people with these numbers: from first pages already here, else from their card chunks
    /// (fetched in parallel).
    pub async fn people(&self, numbers: &[u32]) -> Result<Vec<Card>, AppError> {
        // The writer and this reader share the chunk size at compile time.
        let chunk = index::CHUNK;
        let known: Vec<Option<Card>> = numbers
            .iter()
            .map(|n| self.learned(|l| l.cards.get(n).cloned()))
            .collect();
        let mut chunks: Vec<usize> = numbers
            .iter()
            .zip(&known)
            .filter(|(_, k)| k.is_none())
            .map(|(n, _)| *n as usize / chunk)
            .collect();
        chunks.sort_unstable();
        chunks.dedup();
        let files: Vec<String> = chunks.iter().map(|c| index::chunk_file(*c)).collect();
        // One call into the browser for all of them: one by one, each `fetch()` cost a slow
        // phone a few ms before the next left.
        super::data::issue(&files);
        let loaded = join_all(files.iter().map(|f| load_file::<Vec<Card>>(f))).await;
        let mut by_chunk = HashMap::new();
        for (c, l) in chunks.into_iter().zip(loaded) {
            by_chunk.insert(c, l?);
        }
        let mut cards = numbers
            .iter()
            .zip(known)
            .map(|(n, known)| {
                let n = *n as usize;
                known
                    .or_else(|| {
                        by_chunk
                            .get(&(n / chunk))
                            .and_then(|list| list.get(n % chunk))
                            .cloned()
                    })
                    .ok_or_else(|| AppError::Parse {
                        file: index::chunk_file(n / chunk),
                        detail: broken("card file"),
                    })
            })
            .collect::<Result<Vec<Card>, AppError>>()?;
        // Unlocked, the cards show alumni-only details too (locked, this asks for nothing).
        crate::members::reveal_cards(numbers, &mut cards).await;
        Ok(cards)
    }

    /// The people who match `q` and pass the chosen facets, best first, at least the first `need`
    /// of them. While the reader types, what the next keystroke wants starts on its way as soon as
    /// this list is known, not once it is painted, so a quick keystroke finds it here or coming
    /// (a page just opened waits for its first screen: nothing competes with that).
    pub async fn find(
        &self,
        meta: &Arc<Meta>,
        q: &str,
        chosen: &Selection,
        need: usize,
    ) -> Result<Found, AppError> {
        let meta = &meta_for(meta, chosen).await?;
        self.learned(|l| l.meta = Some(meta.clone()));
        let found = self.answer(meta, q, chosen, need).await?;
        if self.learned(|l| std::mem::replace(&mut l.answered, true)) {
            self.prefetch_pages_now(q, chosen, found.total, meta.people);
            self.prefetch_next(q, chosen, false);
        }
        Ok(found)
    }

    /// `find`'s list, worked out. A query of one to three letters with no facet chosen is
    /// answered from its first page alone (one small file, no shard, no scoring) while `need`
    /// fits in it. Otherwise only those who pass the facets are scored, so facets make a broad
    /// query cheaper, not dearer.
    async fn answer(
        &self,
        meta: &Arc<Meta>,
        q: &str,
        chosen: &Selection,
        need: usize,
    ) -> Result<Found, AppError> {
        if let Some(hits) = self.answered_before(q, chosen) {
            let total = hits.len();
            return Ok(Found { hits, total });
        }
        let picks = index::chosen_indexes(meta, chosen);
        let word = index::prefix_word(q).filter(|_| picks.is_empty());
        // The first screen, from the file fetched while the shorter prefix was on screen: it
        // needs not even the vocabulary.
        if let Some(word) = word.as_ref().filter(|_| need <= index::FIRST) {
            let parent = index::parent_of(word);
            if super::data::requested(&index::next_file(parent)) {
                let next = self.next_pages(parent.to_string()).await.ok();
                if let Some(first) = next.and_then(|n| n.pages.get(word).map(found)) {
                    return Ok(first);
                }
            }
        }
        // With a facet chosen, one letter of a–z is scored from the root bundle when it is here,
        // without waiting for the letter's vocabulary (a round of its own, on a page opened with
        // facets); the vocabulary is fetched ahead after the list shows.
        // With a facet chosen, a word of one or two letters of a–z is scored from its start's
        // shard alone, which needs no vocabulary: one letter's is in the root bundle when that
        // is here, two letters' exists when `meta.json` says so. The vocabulary is fetched
        // ahead after the list shows (a round of its own before, on a letter typed right
        // after another).
        let known = match picks.is_empty() {
            true => None,
            false => match one_letter_shards(q) {
                Some(shards) => Some(shards),
                None => two_letter_shards(meta, q).await?,
            },
        };
        let vocab = match known {
            Some(_) => None,
            None => Some(vocab(q, Need::Now).await?),
        };
        if let Some(key) = (vocab.as_ref())
            .and_then(|v| v.top_for(q))
            .filter(|_| need <= index::TOP && word.is_some())
        {
            return self.top(key).await.map(|page| found(&page));
        }
        let cols = cols_if_loaded();
        let wanted: Vec<(usize, usize)> = if cols.is_some() {
            Vec::new()
        } else {
            picks
                .iter()
                .flat_map(|(d, vs)| vs.iter().map(move |v| (*d, *v)))
                .collect()
        };
        let shards = async {
            match (known, &vocab) {
                (Some(shards), _) => Ok(shards),
                (None, Some(vocab)) => shards_for(self.shard_keys(vocab, q)).await,
                (None, None) => Ok(Vec::new()),
            }
        };
        let (shards, facets) = futures::join!(
            shards,
            join_all(wanted.iter().map(|(d, v)| facet(meta, *d, *v))),
        );
        let shards = shards?;
        let refs: Vec<&Shard> = shards.iter().map(|s| s.as_ref()).collect();
        let mut bits: HashMap<(usize, usize), Arc<Bits>> = HashMap::new();
        for (key, f) in wanted.into_iter().zip(facets) {
            bits.insert(key, f?);
        }
        let value = |d: usize, v: usize| match &cols {
            Some(c) => c.value(d, v),
            None => bits.get(&(d, v)).map(|b| (**b).clone()),
        };
        let pass = (!picks.is_empty()).then(|| index::passing(meta.people, &picks, value, None));
        let hits = Arc::new(index::search(meta.people, &refs, q, pass.as_ref()));
        self.learned(|l| match pass {
            None => l.matched = Some((q.to_string(), hits.clone())),
            Some(pass) => l.passing = Some((chosen.clone(), Arc::new(pass))),
        });
        self.remember(q, chosen, hits.clone());
        let total = hits.len();
        Ok(Found { hits, total })
    }

    /// The full list of `q` with `chosen`, when this session has it.
    fn answered_before(&self, q: &str, chosen: &Selection) -> Option<Arc<Vec<Hit>>> {
        self.learned(|l| {
            (l.answers.iter().rev())
                .find(|(lq, lc, _)| lq == q && lc == chosen)
                .map(|(_, _, hits)| hits.clone())
        })
    }

    /// Keeps the full list of `q` with `chosen`, dropping the oldest beyond `ANSWERS` lists or
    /// `ANSWER_HITS` people.
    fn remember(&self, q: &str, chosen: &Selection, hits: Arc<Vec<Hit>>) {
        self.learned(|l| {
            l.answers.retain(|(lq, lc, _)| !(lq == q && lc == chosen));
            l.answers.push_back((q.to_string(), chosen.clone(), hits));
            let hits = |l: &Learned| l.answers.iter().map(|(_, _, h)| h.len()).sum::<usize>();
            while let Some((lq, lc, _)) = (l.answers.len() > ANSWERS
                || (l.answers.len() > 1 && hits(l) > ANSWER_HITS))
                .then(|| l.answers.pop_front())
                .flatten()
            {
                // A letter's list worked out ahead is gone: work them out again next time.
                if lq.chars().count() == 1 && l.screens_for.as_ref() == Some(&lc) {
                    l.screens_for = None;
                }
            }
        });
    }

    /// How many cards fill the screen: the directory page says so once a list is painted.
    pub fn set_first_screen(&self, cards: usize) {
        self.learned(|l| l.first_screen = cards);
    }

    /// Everyone `q` matches, before facets: what the facet counts start from. Worked out when
    /// the counts are wanted (after the results are painted), unless `find` already had it.
    pub async fn matched(&self, meta: &Meta, q: &str) -> Result<Arc<Vec<Hit>>, AppError> {
        let known = self.learned(|l| {
            l.matched
                .as_ref()
                .filter(|(mq, _)| mq == q)
                .map(|(_, hits)| hits.clone())
        });
        if let Some(hits) = known {
            return Ok(hits);
        }
        let vocab = vocab(q, Need::Now).await?;
        let shards = shards_for(self.shard_keys(&vocab, q)).await?;
        let refs: Vec<&Shard> = shards.iter().map(|s| s.as_ref()).collect();
        let hits = Arc::new(index::search(meta.people, &refs, q, None));
        self.learned(|l| l.matched = Some((q.to_string(), hits.clone())));
        Ok(hits)
    }
}

/// What a query found: the people in result order, and how many there are in all. `hits` may
/// hold only the first page (`index::TOP`) when that is all that was asked for.
#[derive(Clone)]
pub struct Found {
    pub hits: Arc<Vec<Hit>>,
    pub total: usize,
}

fn found(page: &index::TopPage) -> Found {
    Found {
        hits: Arc::new(page.hits()),
        total: page.total,
    }
}

/// The shards of a query of one word of two letters of a–z, when `meta.json` says whether
/// that start has a shard (`Meta::has_start`): it, or none when no word starts so.
async fn two_letter_shards(meta: &Meta, q: &str) -> Result<Option<Vec<Arc<Shard>>>, AppError> {
    let Some((word, has)) =
        index::prefix_word(q).and_then(|w| Some((w.clone(), meta.has_start(&w)?)))
    else {
        return Ok(None);
    };
    Ok(Some(match has {
        true => vec![shard(index::shard_key(&word, 2)).await?],
        false => Vec::new(),
    }))
}

/// The shards of a query of one letter of a–z, from the root bundle when it is here: a letter's
/// first-character shard is all it reads (no typo allowance, no cut start), and the bundle holds
/// that shard for every letter that starts a word, so a letter it lacks finds no one.
fn one_letter_shards(q: &str) -> Option<Vec<Arc<Shard>>> {
    let word = index::prefix_word(q).filter(|w| w.chars().count() == 1)?;
    let key = index::shard_key(&word, 1);
    let root = index::shards_after_file("");
    if index::bundle_of(&key).as_deref() != Some(root.as_str()) {
        return None;
    }
    let file = index::shard_file(&key);
    if let Some(shard) = super::data::peek::<Shard>(&file) {
        return Some(vec![shard]);
    }
    let bundle = super::data::peek::<Bundle>(&root)?;
    if !bundle.at.contains_key(&key) {
        return Some(Vec::new());
    }
    super::data::keep(&file, bundle.shard(&key)?);
    super::data::peek::<Shard>(&file).map(|shard| vec![shard])
}

async fn shards_for(keys: Vec<String>) -> Result<Vec<Arc<Shard>>, AppError> {
    join_all(keys.into_iter().map(shard))
        .await
        .into_iter()
        .collect()
}
