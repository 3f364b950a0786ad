//! A fuzzer that runs on stable Rust, driven by `cargo run` (`make fuzz`, millions of runs) and
//! `cargo test` (a short run in `make test`). Three targets, each fed seeds taken from real
//! files and mutated (bytes flipped, cut, repeated, spliced; numbers and strings swapped for
//! extremes and odd Unicode):
//! - `check`: a content file's bytes → the checker's problems, for every collection;
//! - `index`: the directory index's files' bytes → the reader's answers (vocabulary parts,
//!   shards, sets, bundles, columns, meta), and searches over what was read;
//! - `query`: strings → folding, words, the vocabulary's shards and suggestions, searches,
//!   routes, facet choices.
//!
//! A panic is the failure: each run is wrapped so the input that panicked is printed.

pub mod mutate;
pub mod targets;

use std::panic::{catch_unwind, AssertUnwindSafe};

/// What a fuzzing run did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Outcome {
    pub runs: u64,
    pub panics: u64,
}

/// Runs `target` `runs` times on `threads` threads, each from its own seed, with inputs from
/// `input`. Returns how many runs panicked, printing the first panicking input of each thread.
pub fn drive<S: Sync>(
    state: &S,
    runs: u64,
    threads: u64,
    seed: u64,
    input: impl Fn(&S, &mut mutate::Rng) -> Vec<u8> + Sync,
    target: impl Fn(&S, &[u8]) + Sync,
) -> Outcome {
    let panics = std::sync::atomic::AtomicU64::new(0);
    std::thread::scope(|scope| {
        for t in 0..threads {
            let (panics, input, target) = (&panics, &input, &target);
            scope.spawn(move || {
                let mut rng = mutate::Rng::new(seed ^ (t + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
                let mine = runs / threads + u64::from(t < runs % threads);
                let mut reported = false;
                for _ in 0..mine {
                    let bytes = input(state, &mut rng);
                    if catch_unwind(AssertUnwindSafe(|| target(state, &bytes))).is_err() {
                        panics.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if !reported {
                            eprintln!("panicking input: {:?}", String::from_utf8_lossy(&bytes));
                            reported = true;
                        }
                    }
                }
            });
        }
    });
    Outcome {
        runs,
        panics: panics.into_inner(),
    }
}
