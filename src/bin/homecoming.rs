//! `homecoming`: the native build tool. Run `homecoming help` for its commands.

use homecoming::{build, check, content::Collection, sample, serve};
use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
homecoming — build tool for the Homecoming alumni portal

USAGE:
  homecoming check [CONTENT]                 check content (default: content/)
  homecoming build [CONTENT] --dist DIR [--base /path/]
                                             write data, media and page shells into a trunk build
  homecoming schema [--out DIR] [--check]    write JSON Schemas (default: schemas/); --check fails on drift
  homecoming sample --out DIR [--alumni N]   generate the sample university (deterministic)
  homecoming serve DIR [--port 8080] [--base /path/] [--fallback 404|200] [--exit-after SECONDS]
                                             serve a built site on 127.0.0.1 like a static host
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => run_check(&args[1..]),
        Some("build") => run_build(&args[1..]),
        Some("schema") => run_schema(&args[1..]),
        Some("sample") => run_sample(&args[1..]),
        Some("serve") => run_serve(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command \"{other}\"\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// `--name value` from the arguments.
fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

/// The first argument that is neither a flag nor a flag's value.
fn positional(args: &[String]) -> Option<String> {
    let mut skip = false;
    for a in args {
        if skip {
            skip = false;
            continue;
        }
        if a.starts_with("--") {
            skip = !matches!(a.as_str(), "--check");
            continue;
        }
        return Some(a.clone());
    }
    None
}

fn content_dir(args: &[String]) -> PathBuf {
    PathBuf::from(positional(args).unwrap_or_else(|| "content".into()))
}

fn checked(dir: &std::path::Path) -> Result<check::SiteData, String> {
    let report = check::check(dir);
    for p in &report.problems {
        eprintln!("{p}");
    }
    match report.data {
        Some(data) if report.problems.is_empty() => {
            eprintln!(
                "✓ {}: {} files checked, no problems ({} listed alumni, {} timeline entries, {} albums, {} events, {} resources)",
                dir.display(),
                report.files,
                data.alumni.len(),
                data.timeline.len(),
                data.albums.len(),
                data.events.len(),
                data.resources.len()
            );
            Ok(data)
        }
        _ => Err(format!(
            "✗ {}: {} problem{} in {} files checked. Nothing was built; fix the lines above and run the check again.",
            dir.display(),
            report.problems.len(),
            if report.problems.len() == 1 { "" } else { "s" },
            report.files
        )),
    }
}

fn run_check(args: &[String]) -> Result<(), String> {
    checked(&content_dir(args)).map(|_| ())
}

fn run_build(args: &[String]) -> Result<(), String> {
    let dir = content_dir(args);
    let dist = PathBuf::from(flag(args, "--dist").unwrap_or_else(|| "dist".into()));
    let base = flag(args, "--base").unwrap_or_else(|| "/".into());
    let data = checked(&dir)?;
    build::build(&data, &dir, &dist, &base).map_err(|e| format!("build failed: {e}"))
}

fn run_schema(args: &[String]) -> Result<(), String> {
    let out = PathBuf::from(flag(args, "--out").unwrap_or_else(|| "schemas".into()));
    let check_only = args.iter().any(|a| a == "--check");
    let mut drift = Vec::new();
    for collection in Collection::ALL {
        let path = out.join(collection.schema_file());
        let text = build::schema_text(collection);
        if check_only {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                drift.push(path.display().to_string());
            }
        } else {
            std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    if drift.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "these schemas differ from the content types: {}\nRun `make schemas` and commit the result.",
            drift.join(", ")
        ))
    }
}

fn run_sample(args: &[String]) -> Result<(), String> {
    let out = PathBuf::from(flag(args, "--out").ok_or("sample needs --out DIR")?);
    let alumni = match flag(args, "--alumni") {
        Some(n) => n
            .parse()
            .map_err(|_| format!("--alumni takes a number, got {n}"))?,
        None => sample::SAMPLE_ALUMNI,
    };
    sample::write(&out, alumni).map_err(|e| format!("sample failed: {e}"))
}

fn run_serve(args: &[String]) -> Result<(), String> {
    let dir = PathBuf::from(positional(args).unwrap_or_else(|| "dist".into()));
    let port: u16 = flag(args, "--port")
        .unwrap_or_else(|| "8080".into())
        .parse()
        .map_err(|_| "--port takes a number")?;
    let base = flag(args, "--base").unwrap_or_else(|| "/".into());
    let exit_after = flag(args, "--exit-after")
        .map(|s| s.parse::<u64>())
        .transpose()
        .map_err(|_| "--exit-after takes seconds")?;
    let fallback = match flag(args, "--fallback").as_deref() {
        None | Some("404") => serve::Fallback::NotFound,
        Some("200") => serve::Fallback::Index,
        Some(other) => {
            return Err(format!(
                "--fallback takes 404 (GitHub Pages) or 200 (Netlify), got {other}"
            ))
        }
    };
    serve::serve(&dir, port, &base, fallback, exit_after).map_err(|e| format!("serve failed: {e}"))
}
