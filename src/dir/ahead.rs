//! What the next keystroke needs, fetched ahead of need (`Session::prefetch_next`): without
//! facets the `next/` first screens; with facets the `after/` bundles of shards, and for the
//! first letter the first screens worked out from the root bundle, cards and all; from three
//! letters the typo shards the next letter adds. Nothing under Save-Data, every request at low
//! priority and issued in a task of its own.

use super::*;
use std::cmp::Reverse;

/// Runs a fetch made ahead of need in a task of its own, after the current one: issuing a
/// request costs a slow phone a few milliseconds, which the list worked out now need not wait.
fn ahead(fetch: impl std::future::Future<Output = ()> + 'static) {
    leptos::prelude::set_timeout(
        move || leptos::task::spawn_local(fetch),
        std::time::Duration::ZERO,
    );
}

/// Starts `jobs` (requests made ahead) two to a task: a `fetch()` costs a slow phone 1–4 ms,
/// and a keystroke that comes meanwhile should wait behind two of them, not forty.
async fn few_a_task<F: std::future::Future<Output = ()> + 'static>(jobs: impl Iterator<Item = F>) {
    const FEW: usize = 2;
    let mut jobs = jobs.peekable();
    while jobs.peek().is_some() {
        jobs.by_ref().take(FEW).for_each(leptos::task::spawn_local);
        crate::platform::next_task_done().await;
    }
}

/// With a facet chosen, starts fetching the shards of every word start one letter longer than
/// `parent`: a query with facets is scored from shards, so this is what the next letter needs.
/// They are one file (`after/`): under the empty query a–z's first-letter shards, under one
/// letter its two-letter shards, under two letters the pieces the start is cut into
/// (`Vocab::shard_of` its three-letter starts), when it is cut into at most eight (a few KB
/// each). Skipped when it is here or on its way, or when every piece is.
fn prefetch_shards_after(vocab: &Vocab, parent: &str) {
    const MAX_PIECES: usize = 8;
    let bundle = index::shards_after_file(parent);
    if !vocab.extends(parent) || crate::data::requested(&bundle) {
        return;
    }
    match parent.chars().count() {
        0 | 1 => {}
        2 => {
            let Some(pieces) = vocab
                .pieces(parent)
                .filter(|p| (1..=MAX_PIECES).contains(&p.len()))
            else {
                return;
            };
            let file = |p: &String| index::shard_file(&index::shard_key(p, 3));
            if pieces.iter().all(|p| crate::data::requested(&file(p))) {
                return;
            }
        }
        _ => return,
    }
    ahead(async move {
        let _ = shards_after(&bundle, Need::Ahead).await;
    });
}

impl Session {
    /// Starts fetching what the next keystroke can want (once a list is on screen, or sooner
    /// while typing; nothing under Save-Data). For the empty query or one short word: without
    /// facets, the first screens of the prefixes one letter longer (`next/`); with facets, the
    /// shards they are scored from (`after/`). For a last word of three letters or more, the typo
    /// shards its next letter adds. With a facet chosen, the first screen may still need its
    /// card chunks when the list is known: before it is `painted`, only the few small files a
    /// next letter of a longer word needs are asked for (a one-letter start's `after/` bundle,
    /// 33 KB at 100,000 alumni, and the letters' first screens wait for the paint).
    pub fn prefetch_next(&self, q: &str, chosen: &Selection, painted: bool) {
        if crate::data::save_data() {
            return;
        }
        if painted && !chosen.values().all(Vec::is_empty) {
            self.prefetch_bundle_now(q);
        }
        let (me, q, chosen) = (self.clone(), q.to_string(), chosen.clone());
        // The query's vocabulary is here unless its list came from a `next/` file.
        ahead(async move {
            if let Ok(vocab) = vocab(&q, Need::Ahead).await {
                me.prefetch_with(&vocab, &q, &chosen, painted);
            }
        });
    }

    /// With a facet chosen and one letter of a–z painted, its `after/` bundle (every next
    /// letter's shard) at once, when `meta.json` says some two-letter start of it has a shard:
    /// waiting for the letter's vocabulary part to say so put a round before it, so on a
    /// phone's network a letter typed at a reader's pace often came before its bundle.
    fn prefetch_bundle_now(&self, q: &str) {
        let Some(word) = index::prefix_word(q).filter(|w| w.len() == 1) else {
            return;
        };
        let Some(meta) = self.learned(|l| l.meta.clone()) else {
            return;
        };
        let bundle = index::shards_after_file(&word);
        if crate::data::requested(&bundle)
            || !('a'..='z').any(|c| meta.has_start(&format!("{word}{c}")) == Some(true))
        {
            return;
        }
        ahead(async move {
            let _ = shards_after(&bundle, Need::Ahead).await;
        });
    }

    fn prefetch_with(&self, vocab: &Arc<Vocab>, q: &str, chosen: &Selection, painted: bool) {
        let words = homecoming_core::search::words(q);
        self.prefetch_next_shards(vocab, q, words.last().map(String::as_str));
        let parent = match words.as_slice() {
            [] => "",
            [word] => word.as_str(),
            _ => return,
        };
        if chosen.values().all(Vec::is_empty) {
            self.prefetch_after(vocab, parent);
        } else if painted || parent.chars().count() > 1 {
            prefetch_shards_after(vocab, parent);
            if parent.is_empty() {
                self.prefetch_letter_screens(chosen);
            }
        }
    }

    /// Once the last word has three letters, the next letter makes it a word with a typo allowance,
    /// which reads the shards of every vocabulary word within it (all with its first letter):
    /// new shards at a letter ("jon" reads one, "jone" the "ja" shard too). The vocabulary says
    /// which letters can come next (few, by then); the shards those queries need and that are
    /// not here yet are fetched, up to `MAX_AHEAD` of them. Worked out in a task of its own: it
    /// scans the vocabulary part.
    fn prefetch_next_shards(&self, vocab: &Arc<Vocab>, q: &str, last: Option<&str>) {
        const MAX_LETTERS: usize = 3;
        const MAX_AHEAD: usize = 6;
        let Some(last) = last.filter(|w| w.chars().count() >= 3) else {
            return;
        };
        if self.learned(|l| std::mem::replace(&mut l.looked_ahead, q.to_string()) == q) {
            return;
        }
        let (me, vocab, q, last) = (self.clone(), vocab.clone(), q.to_string(), last.to_string());
        ahead(async move {
            let letters = vocab.next_letters(&last);
            if letters.is_empty() || letters.len() > MAX_LETTERS {
                return;
            }
            let mut keys: Vec<String> = letters
                .iter()
                .flat_map(|c| me.shard_keys(&vocab, &format!("{q}{c}")))
                .filter(|k| !crate::data::requested(&index::shard_file(k)))
                .collect();
            keys.sort();
            keys.dedup();
            if keys.len() <= MAX_AHEAD {
                few_a_task(keys.into_iter().map(|k| async move {
                    let _ = shard_as(k, Need::Ahead).await;
                }))
                .await;
            }
        });
    }

    /// Starts fetching the first screens of the prefixes one letter longer than `word` (of at
    /// most two letters; "" for one letter), when it has them (`Vocab::has_pages`) and they are
    /// neither here nor on their way.
    fn prefetch_after(&self, vocab: &Vocab, word: &str) {
        let file = index::next_file(word);
        if word.chars().count() <= index::PAGE_LETTERS
            && vocab.has_pages(word)
            && !crate::data::requested(&file)
        {
            let (me, word) = (self.clone(), word.to_string());
            ahead(async move {
                let _ = me.next_pages(word).await;
            });
        }
    }

    /// With a facet chosen and the empty query on screen, works out the list of every letter
    /// of a–z from the root bundle (`after/root.bin`) and fetches the card chunks of their
    /// first screens: the first letter typed then paints with no request, as `next/root.json`
    /// gives without facets. Each letter is scored in a task of its own (a few milliseconds
    /// on a slow phone); the lists are kept as answers (`Session::remember`); chunks go to
    /// the letters that find the most people first, `MAX_FILES` in all (0.7 KB each, 28 KB
    /// at 100,000 alumni). Once per choice of values.
    fn prefetch_letter_screens(&self, chosen: &Selection) {
        const MAX_FILES: usize = 40;
        let (me, chosen) = (self.clone(), chosen.clone());
        ahead(async move {
            let root = index::shards_after_file("");
            let Ok(bundle) = shards_after(&root, Need::Ahead).await else {
                return;
            };
            // Who passes these choices, out of how many people, unless the letters were
            // worked out for them already.
            let passing = me.learned(|l| {
                let pass = (l.passing.clone())
                    .filter(|(c, _)| *c == chosen && l.screens_for.as_ref() != Some(c))?;
                Some((l.meta.as_ref()?.people, pass.1))
            });
            let Some((people, pass)) = passing else {
                return;
            };
            me.learned(|l| l.screens_for = Some(chosen.clone()));
            let first = me.learned(|l| l.first_screen).clamp(1, index::FIRST);
            let mut screens = Vec::new();
            for letter in 'a'..='z' {
                crate::platform::next_task_done().await;
                let key = index::shard_key(&letter.to_string(), 1);
                let Some(shard) = bundle.shard(&key) else {
                    continue;
                };
                let q = letter.to_string();
                let hits = index::search(people, &[&shard], &q, Some(&pass));
                let chunks: Vec<usize> = (hits.iter().take(first))
                    .map(|h| h.person as usize / index::CHUNK)
                    .collect();
                screens.push((hits.len(), chunks));
                me.remember(&q, &chosen, Arc::new(hits));
            }
            screens.sort_by_key(|(found, _)| Reverse(*found));
            let mut files: Vec<String> = Vec::new();
            for (_, chunks) in screens {
                let mut more: Vec<String> = (chunks.into_iter().map(index::chunk_file))
                    .filter(|f| !crate::data::requested(f) && !files.contains(f))
                    .collect();
                more.dedup();
                if files.len() + more.len() > MAX_FILES {
                    break;
                }
                files.append(&mut more);
            }
            few_a_task(files.into_iter().map(|f| async move {
                let _ = cached_as(&f, Need::Ahead, |b| crate::data::json::<Vec<Card>>(&b)).await;
            }))
            .await;
        });
    }

    /// Without facets, a prefix of up to two letters whose list finds `index::pages_from`
    /// people has a `next/` file (the build writes one for each, as `Vocab::has_pages` says
    /// once the vocabulary is here): started at once, beside the prefix's vocabulary rather
    /// than after it, so a letter typed right after the list shows finds its first screen on
    /// its way, not two rounds off.
    pub(super) fn prefetch_pages_now(
        &self,
        q: &str,
        chosen: &Selection,
        total: usize,
        people: usize,
    ) {
        let Some(word) = index::prefix_word(q) else {
            return;
        };
        let file = index::next_file(&word);
        if word.chars().count() > index::PAGE_LETTERS
            || total < index::pages_from(people)
            || !chosen.values().all(Vec::is_empty)
            || crate::data::save_data()
            || crate::data::requested(&file)
        {
            return;
        }
        let me = self.clone();
        ahead(async move {
            let _ = me.next_pages(word).await;
        });
    }
}
