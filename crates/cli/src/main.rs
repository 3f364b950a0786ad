//! `homecoming`: the native build tool. `homecoming --help` lists its commands; every command
//! has its own `--help`. Arguments are parsed by clap, so a mistyped flag (`--dsit`) is an error,
//! never silently ignored.

// A check and a build at 100,000 alumni make and drop millions of small strings and vectors,
// on two threads: glibc's allocator was a fifth of their time (perf), mimalloc a fraction.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod apply;
mod forget;
mod import;
mod report;
mod serve;

/// What the commands' tests share.
#[cfg(test)]
mod testing {
    use std::fs;
    use std::path::Path;

    /// Copies the folder `from` into `to`.
    pub fn copy_tree(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for e in fs::read_dir(from).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                copy_tree(&e.path(), &to.join(e.file_name()));
            } else {
                fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }

    /// The checker's base fixture: a tiny valid site.
    pub fn fixture() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../check/tests/fixtures/base")
    }
}

use clap::{Parser, Subcommand, ValueEnum};
use homecoming_build as build;
use homecoming_check::{self as check, content::Collection};
use homecoming_sample as sample;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Build tool for the Homecoming alumni portal.
#[derive(Parser)]
#[command(name = "homecoming", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content: every problem, with file, line, record and field.
    Check {
        /// The content folder.
        #[arg(default_value = "content")]
        content: PathBuf,
    },
    /// Check, then write data, media and page shells into a trunk build. Alumni-only details
    /// are sealed under the passphrase in HOMECOMING_MEMBERS_PASSPHRASE, or left out without it.
    Build {
        /// The content folder.
        #[arg(default_value = "content")]
        content: PathBuf,
        /// The trunk build to complete.
        #[arg(long, default_value = "dist")]
        dist: PathBuf,
        /// The sub-path the site is served under, e.g. /homecoming/.
        #[arg(long, default_value = "/")]
        base: String,
    },
    /// The last step of a build, after the pages are written: the Content Security Policy into
    /// every page, and `_headers` (security headers, caching, downloads as attachments).
    Seal {
        /// The built site.
        #[arg(default_value = "dist")]
        dist: PathBuf,
        /// The sub-path the site is served under, e.g. /homecoming/.
        #[arg(long, default_value = "/")]
        base: String,
    },
    /// Remove a person at their request: their record, their portrait and every reference to
    /// them; the id is kept (hashed) in content/forgotten.json so the record cannot return.
    Forget {
        /// The alumnus's id (the file name in content/alumni/ without .json).
        id: String,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Import the alumni office's export (CSV or XLSX) into content/alumni/, by a mapping
    /// (TOML) of columns to fields; see the README, "Importing from the alumni database".
    Import {
        /// The export: .csv, or .xlsx/.xls/.ods.
        file: PathBuf,
        /// The mapping file.
        #[arg(long)]
        map: PathBuf,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Write nothing; print what would change.
        #[arg(long)]
        dry_run: bool,
        /// Write the good rows even when some are bad (the bad ones are listed).
        #[arg(long)]
        skip_bad: bool,
        /// Delete the records of the office's people that the export no longer has.
        #[arg(long)]
        remove_missing: bool,
    },
    /// Carry out an update request from the self-service forms (update, join or remove):
    /// shows the change, checks and writes the record, stamps it confirmed.
    Apply {
        /// The request (JSON; schemas/update-request.schema.json).
        request: PathBuf,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// The office checked by hand that the request comes from the person.
        #[arg(long)]
        verified: bool,
    },
    /// What keeping the data alive needs: stale records, counts, consent coverage,
    /// likely duplicates, malformed contact links.
    Report {
        /// The content folder.
        #[arg(default_value = "content")]
        content: PathBuf,
        /// Records not confirmed for this many years are listed.
        #[arg(long, default_value_t = 3)]
        years: u32,
    },
    /// Write the JSON Schemas of the content files.
    Schema {
        /// Where the schemas go.
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
        /// Write nothing; fail when a committed schema differs from the content types.
        #[arg(long)]
        check: bool,
    },
    /// Generate the sample university (deterministic).
    Sample {
        /// The content folder to write.
        #[arg(long)]
        out: PathBuf,
        /// How many alumni.
        #[arg(long, default_value_t = sample::SAMPLE_ALUMNI)]
        alumni: usize,
    },
    /// Check, then print what the directory index will hold: listed people, distinct indexed
    /// words, cities, employers and countries.
    Stats {
        /// The content folder.
        #[arg(default_value = "content")]
        content: PathBuf,
    },
    /// Serve a built site on 127.0.0.1 the way a static host does.
    Serve {
        /// The built site.
        #[arg(default_value = "dist")]
        dir: PathBuf,
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// The sub-path the site is served under.
        #[arg(long, default_value = "/")]
        base: String,
        /// What a path with no file gets: 404.html with status 404 (GitHub Pages) or
        /// index.html with status 200 (Netlify).
        #[arg(long, value_enum, default_value_t = Fallback::NotFound)]
        fallback: Fallback,
        /// Stop by itself after this many seconds.
        #[arg(long, value_name = "SECONDS")]
        exit_after: Option<u64>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Fallback {
    /// 404.html with status 404, like GitHub Pages.
    #[value(name = "404")]
    NotFound,
    /// index.html with status 200, like Netlify's `/* /index.html 200`.
    #[value(name = "200")]
    Index,
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Check { content } => checked(&content).map(|_| ()),
        Command::Build {
            content,
            dist,
            base,
        } => build::members::Passphrase::from_env().and_then(|passphrase| {
            checked(&content).and_then(|data| {
                build::build(&data, &content, &dist, &base, passphrase.as_ref())
                    .map_err(|e| format!("build failed: {e}"))
            })
        }),
        Command::Seal { dist, base } => {
            build::headers::seal(&dist, &homecoming_core::routes::normalize_base(&base))
                .map(|_| {
                    eprintln!(
                        "✓ sealed {}: a Content Security Policy in every page, and _headers",
                        dist.display()
                    )
                })
                .map_err(|e| format!("seal failed: {e}"))
        }
        Command::Forget { id, content } => forget_person(&content, &id),
        Command::Apply {
            request,
            content,
            verified,
        } => apply::apply(&content, &request, verified).map(|a| {
            for line in &a.diff {
                eprintln!("{line}");
            }
            eprintln!(
                "✓ applied the {:?} request to {} (run homecoming check, then commit)",
                a.kind, a.id
            );
        }),
        Command::Report { content, years } => {
            let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
            report::report(&content, years, &today).map(|text| print!("{text}"))
        }
        Command::Import {
            file,
            map,
            content,
            dry_run,
            skip_bad,
            remove_missing,
        } => import_export(
            &content,
            &file,
            &map,
            import::Options {
                dry_run,
                skip_bad,
                remove_missing,
            },
        ),
        Command::Schema { out, check } => schema(&out, check),
        Command::Stats { content } => checked(&content).map(|data| stats(&data)),
        Command::Sample { out, alumni } => {
            sample::write(&out, alumni).map_err(|e| format!("sample failed: {e}"))
        }
        Command::Serve {
            dir,
            port,
            base,
            fallback,
            exit_after,
        } => {
            let fallback = match fallback {
                Fallback::NotFound => serve::Fallback::NotFound,
                Fallback::Index => serve::Fallback::Index,
            };
            serve::serve(&dir, port, &base, fallback, exit_after)
                .map_err(|e| format!("serve failed: {e}"))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn checked(dir: &Path) -> Result<check::SiteData, String> {
    let report = check::check(dir, &build::RENDER);
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

fn stats(data: &check::SiteData) {
    use std::collections::HashSet;
    let people = &data.alumni;
    let words: HashSet<String> = people
        .iter()
        .flat_map(build::index::person_words)
        .map(|(w, _)| w)
        .collect();
    let distinct = |field: fn(&homecoming_core::model::PublicAlumnus) -> Option<&str>| {
        people
            .iter()
            .filter_map(field)
            .collect::<HashSet<_>>()
            .len()
    };
    println!(
        "{} listed alumni; {} distinct indexed words, {} cities, {} employers, {} countries",
        people.len(),
        words.len(),
        distinct(|p| p.city.as_deref()),
        distinct(|p| p.employer.as_deref()),
        distinct(|p| p.country.as_ref().map(|c| c.code.as_str())),
    );
}

fn import_export(
    content: &Path,
    file: &Path,
    map: &Path,
    options: import::Options,
) -> Result<(), String> {
    let mapping = import::read_mapping(map)?;
    let s = import::import(content, file, &mapping, options)?;
    for line in &s.refused {
        eprintln!("{line}");
    }
    for id in &s.missing {
        let what = if options.remove_missing && s.written {
            "removed"
        } else {
            "not in the export (kept; --remove-missing deletes it)"
        };
        eprintln!("missing  {id}: {what}");
    }
    let figures = format!(
        "{} added, {} changed, {} unchanged, {} missing, {} refused{}",
        s.added.len(),
        s.changed.len(),
        s.unchanged,
        s.missing.len(),
        s.refused.len() + s.forgotten,
        if s.forgotten > 0 {
            format!(" ({} of them forgotten at their request)", s.forgotten)
        } else {
            String::new()
        }
    );
    if s.written {
        eprintln!("✓ imported {}: {figures}", file.display());
        Ok(())
    } else if options.dry_run {
        eprintln!("dry run, nothing written: {figures}");
        Ok(())
    } else {
        Err(format!("✗ nothing written: {figures}. Fix the rows above in the export (or pass --skip-bad to import the good rows) and run the import again."))
    }
}

fn forget_person(content: &Path, id: &str) -> Result<(), String> {
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let done = forget::forget(content, id, &today)?;
    for f in &done.removed {
        eprintln!("removed  {f}");
    }
    for f in &done.edited {
        eprintln!("edited   {f} (reference removed)");
    }
    for f in &done.still_named {
        eprintln!("check    {f}: its text may still name the person; edit it by hand");
    }
    eprintln!(
        "✓ {id} is forgotten and recorded in {}. Commit the change; the README (\"Erasure requests\") says what else to do.",
        content.join(homecoming_check::forgotten::FORGOTTEN_FILE).display()
    );
    Ok(())
}

fn schema(out: &Path, check_only: bool) -> Result<(), String> {
    let mut drift = Vec::new();
    for collection in Collection::ALL {
        let path = out.join(collection.schema_file());
        let text = collection.schema_text();
        if check_only {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                drift.push(path.display().to_string());
            }
        } else {
            std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    // The update request the self-service forms produce.
    let path = out.join(homecoming_check::request::SCHEMA_FILE);
    let text = homecoming_check::request::schema_text();
    if check_only {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            drift.push(path.display().to_string());
        }
    } else {
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
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
