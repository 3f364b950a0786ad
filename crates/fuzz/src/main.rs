//! `homecoming-fuzz [check|index|query|all] [--runs N] [--seed S]`: fuzzes on every core and
//! prints each target's runs, time and panics; exits non-zero on any panic. `make fuzz` runs
//! ten million of each.

use homecoming_fuzz::{drive, targets, Outcome};
use std::time::Instant;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.replace('_', "").parse::<u64>().ok())
    };
    let runs = flag("--runs").unwrap_or(100_000);
    let seed = flag("--seed").unwrap_or(0x5eed);
    let which = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map_or("all", String::as_str);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get() as u64);
    // A panic is counted and its input printed once; the default hook's message per panic
    // would flood the terminal.
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = false;
    let mut report = |name: &str, started: Instant, o: Outcome| {
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{name:>6}: {} runs in {secs:.1} s ({:.0} runs/s), {} panics",
            o.runs,
            o.runs as f64 / secs,
            o.panics
        );
        failed |= o.panics > 0;
    };
    if matches!(which, "check" | "all") {
        let seeds = targets::CheckSeeds::load();
        let t = Instant::now();
        let o = drive(
            &seeds,
            runs,
            threads,
            seed,
            |s, r| s.input(r),
            |_, b| targets::check(b),
        );
        report("check", t, o);
    }
    if matches!(which, "index" | "query" | "all") {
        let ix = targets::Index::load();
        if which != "query" {
            let t = Instant::now();
            let o = drive(&ix, runs, threads, seed, |s, r| s.input(r), targets::index);
            report("index", t, o);
        }
        if which != "index" {
            let t = Instant::now();
            let o = drive(
                &ix,
                runs,
                threads,
                seed,
                targets::query_input,
                targets::query,
            );
            report("query", t, o);
        }
    }
    if failed {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    }
}
