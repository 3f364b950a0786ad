//! A short fuzzing run of each target in `cargo test` (`make fuzz` runs millions): no panic.

use homecoming_fuzz::{drive, targets};

const RUNS: u64 = 20_000;

#[test]
fn the_checker_never_panics() {
    let seeds = targets::CheckSeeds::load();
    let o = drive(
        &seeds,
        RUNS,
        2,
        1,
        |s, r| s.input(r),
        |_, b| targets::check(b),
    );
    assert_eq!(o.panics, 0);
}

#[test]
fn the_index_reader_and_queries_never_panic() {
    let ix = targets::Index::load();
    let o = drive(&ix, RUNS, 2, 2, |s, r| s.input(r), targets::index);
    assert_eq!(o.panics, 0, "index");
    let o = drive(&ix, RUNS, 2, 3, targets::query_input, targets::query);
    assert_eq!(o.panics, 0, "query");
}
