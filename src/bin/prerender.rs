//! `prerender <dist> [--base /sub/]`: writes every page shell's route as HTML with its
//! content (see `homecoming_app::prerender`). Run after `homecoming build`; `make build` does.

use homecoming_core::i18n::Lang;
use homecoming_core::routes::normalize_base;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dist) = args.first().map(PathBuf::from) else {
        eprintln!("usage: prerender <dist> [--base /sub/]");
        return ExitCode::FAILURE;
    };
    let base = (args.iter().position(|a| a == "--base"))
        .and_then(|i| args.get(i + 1))
        .map_or_else(|| "/".to_string(), |b| normalize_base(b));
    homecoming_app::prerender::init(&dist, &format!("http://prerender.invalid{base}"));
    let mut shells = Vec::new();
    collect(&dist, &dist, &mut shells);
    shells.sort();
    let mut written = 0;
    for rel in &shells {
        let path = dist.join(rel);
        let Ok(shell) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Some((route, lang)) = route_of(rel) else {
            continue;
        };
        let address = format!("{}{}", base, route.trim_end_matches('/'));
        let app = homecoming_app::prerender::page(&address, lang);
        let Some(page) = homecoming_app::prerender::into_shell(&shell, &app) else {
            eprintln!(
                "prerender: {} has no loading notice to replace; left as it is",
                path.display()
            );
            continue;
        };
        if let Err(e) = std::fs::write(&path, page) {
            eprintln!("prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        written += 1;
    }
    eprintln!("✓ prerendered {written} pages into {}", dist.display());
    ExitCode::SUCCESS
}

/// The route a page file stands for, and its language: `events/x/index.zh-Hans.html` is
/// `events/x` in Chinese.
fn route_of(rel: &str) -> Option<(&str, Lang)> {
    (Lang::ALL.into_iter()).find_map(|lang| {
        let dir = rel.strip_suffix(lang.page_file())?;
        (dir.is_empty() || dir.ends_with('/')).then_some((dir, lang))
    })
}

/// Every page file (`index.html`, and its twin in each other language) under `dir` (relative to `dist`), outside the data and media folders.
/// `404.html` is left alone: it stands for every address without a file of its own (a
/// profile, a mistyped link), which the app tells apart once it runs.
fn collect(dist: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let rel = path
            .strip_prefix(dist)
            .unwrap_or(&path)
            .to_string_lossy()
            .to_string();
        if path.is_dir() {
            if !matches!(rel.as_str(), "data" | "media") {
                collect(dist, &path, out);
            }
        } else if route_of(&rel).is_some() {
            out.push(rel);
        }
    }
}
