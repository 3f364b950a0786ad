//! The content checker: reads `content/`, parses each file with serde (unknown fields rejected),
//! then validates every record into the public domain types of `model`, collecting every problem
//! instead of stopping at the first.
//!
//! Privacy lives here: `validate::publish_alumnus` is the only road from a staff record to
//! anything the build writes, and it copies a field only when the person made it public.

pub mod content;
mod files;
pub mod forgotten;
mod locate;
mod problem;
pub mod request;
mod serde_text;
mod validate;
pub mod values;

#[doc(hidden)]
pub use validate::{fuzz_record, AlumnusChecker};

pub use locate::{display_path, line_col, locate, Seg};
pub use problem::{did_you_mean, nearest, one_of, Problem};
pub use values::slugify;

use crate::content::Collection;
use homecoming_core::model::{
    Album, ClassNote, Event, Opportunity, PublicAlumnus, Resource, Site, TimelineEntry,
};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde_text::SerdeText;
use std::path::{Path, PathBuf};

/// Everything the build may publish, already validated and stripped to what is public.
#[derive(Debug)]
pub struct SiteData {
    pub site: Site,
    pub alumni: Vec<PublicAlumnus>,
    pub timeline: Vec<TimelineEntry>,
    pub albums: Vec<Album>,
    pub events: Vec<Event>,
    pub resources: Vec<Resource>,
    pub opportunities: Vec<Opportunity>,
    /// Class notes, newest first.
    pub notes: Vec<ClassNote>,
    /// Every chapter of `site.json` with its page.
    pub chapters: Vec<homecoming_core::community::ChapterPage>,
    pub giving: homecoming_core::community::Giving,
    pub voice: homecoming_core::community::Voice,
    /// Files under `content/` that published records refer to, to be copied to `dist/media/`.
    pub media: Vec<String>,
    /// Alumni-only details by alumnus id, for listed people who have any: the build
    /// publishes them only encrypted (`homecoming_build::members`), or not at all.
    pub members: std::collections::HashMap<String, homecoming_core::members::MembersOnly>,
}

/// The outcome of a check: the publishable data when there was no problem, and every problem.
pub struct Report {
    pub data: Option<SiteData>,
    pub problems: Vec<Problem>,
    pub files: usize,
}

/// What the checker asks of the build stage while it turns records into published types:
/// markdown into sanitised HTML, and the pinyin forms of a hanzi name for search. The build
/// crate provides them (`homecoming_build::RENDER`), so this crate carries no markdown, HTML
/// sanitiser or pinyin tables.
pub struct Render {
    pub markdown: fn(&str) -> Markdown,
    pub name_keys: fn(&str) -> Vec<String>,
}

/// Markdown rendered: sanitised HTML, and the files of `content/` its images show (each must
/// exist and is published under `media/`).
pub struct Markdown {
    pub html: String,
    pub images: Vec<String>,
}

/// Checks the content folder `dir`. File names in problems start with `dir` as given.
pub fn check(dir: &Path, render: &Render) -> Report {
    let mut loader = Loader::new(dir);
    let data = validate::run(&mut loader, render);
    let mut problems = loader.problems;
    problems.sort_by(|a, b| {
        (a.file.as_str(), a.line, a.column).cmp(&(b.file.as_str(), b.line, b.column))
    });
    Report {
        data: if problems.is_empty() { data } else { None },
        problems,
        files: loader.files,
    }
}

/// A record type of `content/`: what one file holds, and the id it declares.
pub(crate) trait Record: DeserializeOwned + Send {
    fn id(&self) -> Option<&str>;
}

macro_rules! records_with_ids {
    ($($t:ty),*) => {$(
        impl Record for $t {
            fn id(&self) -> Option<&str> {
                Some(&self.id)
            }
        }
    )*};
}
records_with_ids!(
    content::AlumnusFile,
    content::TimelineFile,
    content::AlbumFile,
    content::EventFile,
    content::ResourceFile,
    content::OpportunityFile,
    content::NoteFile,
    content::ChapterPageFile,
    content::GiftFile,
    content::FundFile,
    content::StoryFile,
    content::ConsultationFile
);
impl Record for content::VoiceFile {
    fn id(&self) -> Option<&str> {
        None
    }
}
impl Record for content::SiteFile {
    fn id(&self) -> Option<&str> {
        None
    }
}

/// One parsed file: its typed record and where it came from. Its text is not kept (at
/// 1,000,000 alumni that is gigabytes): a later problem reads the file again to locate itself.
pub(crate) struct Parsed<T> {
    pub record: T,
    pub file: String,
    pub id: Option<String>,
}

pub(crate) struct Loader {
    pub dir: PathBuf,
    pub problems: Vec<Problem>,
    pub files: usize,
    /// Files that could not be parsed, with the id they declare when it could be read. Other
    /// records may still refer to them: one broken file gives one message, not a cascade.
    pub unparsed: Vec<(Collection, Option<String>)>,
}

impl Loader {
    /// Every `*.json` directly inside `content/<collection>/`, sorted by name. A missing folder is
    /// an empty collection.
    pub fn collection<T: Record>(&mut self, collection: Collection) -> Vec<Parsed<T>> {
        let folder = self.dir.join(collection.name());
        let Ok(entries) = std::fs::read_dir(&folder) else {
            return Vec::new();
        };
        // The entry's own type where the file system gives it (no stat per file: there may be
        // a million); a link is followed.
        // A link is refused: it could make the check read any file of the machine.
        let mut paths: Vec<(std::ffi::OsString, PathBuf)> = Vec::new();
        for e in entries.filter_map(|e| e.ok()) {
            let path = e.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match e.file_type() {
                Ok(t) if t.is_symlink() => self.problems.push(Problem::whole_file(
                    path.display().to_string(),
                    (1, 1),
                    collection.name(),
                    "the file is a symbolic link".into(),
                    "Commit the file itself: links are refused, since they can point at any file on the machine that builds the site.".into(),
                )),
                Ok(t) if t.is_file() => paths.push((e.file_name(), path)),
                _ => {}
            }
        }
        // One folder: by file name, kept beside the path (taking it from the path again in
        // every comparison was a twentieth of the check).
        paths.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Each file on its own (in parallel), then their problems in file order.
        let read: Vec<(Option<Parsed<T>>, Loader)> = paths
            .par_iter()
            .map(|(_, p)| {
                let mut one = Loader::new(&self.dir);
                (one.file(p, collection), one)
            })
            .collect();
        read.into_iter()
            .filter_map(|(parsed, one)| {
                self.problems.extend(one.problems);
                self.files += one.files;
                self.unparsed.extend(one.unparsed);
                parsed
            })
            .collect()
    }

    pub fn new(dir: &Path) -> Loader {
        Loader {
            dir: dir.to_path_buf(),
            problems: Vec::new(),
            files: 0,
            unparsed: Vec::new(),
        }
    }

    /// Reads and parses one file, recording a problem and returning `None` when it cannot.
    pub fn file<T: Record>(&mut self, path: &Path, collection: Collection) -> Option<Parsed<T>> {
        self.files += 1;
        let file = path.display().to_string();
        let name = collection.name();
        let src = match read_capped(path) {
            Ok(src) => src,
            Err(err) if err.kind() == std::io::ErrorKind::FileTooLarge => {
                self.problems.push(Problem::whole_file(
                    file,
                    (1, 1),
                    name,
                    format!(
                        "the file is larger than {} MB, the most a content file may hold",
                        MAX_RECORD_BYTES / 1024 / 1024
                    ),
                    "Each file holds one record: move long text into a shorter summary, and photos and downloads into files of their own.".into(),
                ));
                return None;
            }
            Err(err) => {
                let hint = if err.kind() == std::io::ErrorKind::NotFound {
                    format!("Create it: every site needs {file}.")
                } else if err.kind() == std::io::ErrorKind::InvalidData {
                    "Save the file as UTF-8 text.".into()
                } else {
                    String::new()
                };
                self.problems.push(Problem::whole_file(
                    file,
                    (1, 1),
                    name,
                    format!("cannot read the file ({err})"),
                    hint,
                ));
                return None;
            }
        };
        self.parse(file, &src, collection)
    }

    /// Parses the text `src` of the file `file`, recording a problem and returning `None` when
    /// it is not a record of `T`.
    pub fn parse<T: Record>(
        &mut self,
        file: String,
        src: &str,
        collection: Collection,
    ) -> Option<Parsed<T>> {
        let name = collection.name();
        // Most files are fine: one typed parse, and nothing else, for them. Only a file that
        // fails it is read again as plain JSON, so syntax errors get their own message and the
        // id can be named even when the record's shape is wrong. (A struct also parses from
        // an array; that gets the slow road's message.)
        if src.trim_start().starts_with('{') {
            if let Ok(record) = serde_json::from_str::<T>(src) {
                let id = record.id().map(str::to_string);
                return Some(Parsed { record, file, id });
            }
        }
        let value: serde_json::Value = match serde_json::from_str(src) {
            Ok(v) => v,
            Err(err) => {
                let (line, column) = serde_position(src, &err);
                self.unparsed.push((collection, None));
                self.problems.push(Problem::whole_file(
                    file,
                    (line, column),
                    name,
                    format!("this is not valid JSON: {}", strip_position(&err)),
                    syntax_hint(&err),
                ));
                return None;
            }
        };
        let id = value.get("id").and_then(|v| v.as_str()).map(str::to_string);
        if !value.is_object() {
            self.unparsed.push((collection, None));
            self.problems.push(Problem::whole_file(
                file,
                (1, 1),
                name,
                "expected one record as an object in curly braces { … }".into(),
                "Each file holds exactly one record; put other records in files of their own."
                    .into(),
            ));
            return None;
        }
        let mut de = serde_json::Deserializer::from_str(src);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(record) => Some(Parsed { record, file, id }),
            Err(err) => {
                let path = to_segs(err.path());
                let inner = err.into_inner();
                let Described {
                    field,
                    message,
                    hint,
                    at,
                } = describe_serde(&path, &inner);
                let (line, column) = match at {
                    Some(at) => locate(src, &at),
                    None => serde_position(src, &inner),
                };
                self.unparsed.push((collection, id.clone()));
                self.problems.push(Problem {
                    file,
                    line,
                    column,
                    collection: name,
                    record: id,
                    field,
                    message,
                    hint,
                });
                None
            }
        }
    }
}

/// The most a content file may hold: a record is a few kilobytes, and a file of gigabytes would
/// hold the build's memory.
pub const MAX_RECORD_BYTES: u64 = 2 * 1024 * 1024;

/// A file's text, refused (`FileTooLarge`) beyond `MAX_RECORD_BYTES` without reading the rest.
fn read_capped(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    // Sized from the file's length: read in one call, not grown in steps of a few reads each
    // (seven reads a file were most of the check's system time at 100,000 alumni). The cap still
    // holds for a file that grows while it is read.
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_RECORD_BYTES {
        return Err(std::io::ErrorKind::FileTooLarge.into());
    }
    let mut bytes = Vec::with_capacity(len as usize + 1);
    file.take(MAX_RECORD_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(std::io::ErrorKind::FileTooLarge.into());
    }
    String::from_utf8(bytes).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        )
    })
}

/// A reporter for problems in one parsed file.
pub(crate) struct At<'a> {
    pub file: &'a str,
    pub collection: &'static str,
    pub record: Option<&'a str>,
}

impl At<'_> {
    pub fn problem(&self, path: &[Seg], message: String, hint: String) -> Problem {
        // Problems are rare, files small: the text is read again only to say where.
        let src = std::fs::read_to_string(self.file).unwrap_or_default();
        let (line, column) = locate(&src, path);
        Problem {
            file: self.file.to_string(),
            line,
            column,
            collection: self.collection,
            record: self.record.map(str::to_string),
            field: (!path.is_empty()).then(|| display_path(path)),
            message,
            hint,
        }
    }
}

fn to_segs(path: &serde_path_to_error::Path) -> Vec<Seg> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Seq { index } => Some(Seg::Index(*index)),
            Segment::Map { key } => Some(Seg::Key(key.clone())),
            Segment::Enum { .. } | Segment::Unknown => None,
        })
        .collect()
}

fn serde_position(src: &str, err: &serde_json::Error) -> (usize, usize) {
    if err.line() == 0 {
        return (1, 1);
    }
    line_col(src, locate::offset_of(src, err.line(), err.column()))
}

fn strip_position(err: &serde_json::Error) -> String {
    serde_text::strip_position(&err.to_string()).to_string()
}

fn syntax_hint(err: &serde_json::Error) -> String {
    match serde_text::classify(&err.to_string()) {
        SerdeText::TrailingComma => "Remove the comma after the last item of the list or object.".into(),
        SerdeText::KeyNotString => "Put field names in double quotes, like \"title\": \"…\".".into(),
        SerdeText::EndOfFile => "The file ends too early: check that every { and [ is closed.".into(),
        SerdeText::ControlCharacter => "Line breaks inside text must be written as \\n.".into(),
        _ => "Check the punctuation just before this point: a missing comma, quote or bracket is the usual cause.".into(),
    }
}

/// What the checker says of a record serde could not read.
struct Described {
    field: Option<String>,
    message: String,
    hint: String,
    /// Where to point: the field itself when it is there (serde points past it).
    at: Option<Vec<Seg>>,
}

/// Turns serde's terse message into field, message and hint.
fn describe_serde(path: &[Seg], err: &serde_json::Error) -> Described {
    let field_at = |extra: Option<&str>| {
        let mut p = path.to_vec();
        if let Some(e) = extra {
            p.push(Seg::key(e));
        }
        (!p.is_empty()).then(|| display_path(&p))
    };
    match serde_text::classify(&err.to_string()) {
        SerdeText::UnknownField { name, allowed } => {
            // The unknown field is the last segment of the path, when serde put it there.
            let mut p: Vec<Seg> = match path.last() {
                Some(Seg::Key(k)) if *k == name => path[..path.len() - 1].to_vec(),
                _ => path.to_vec(),
            };
            p.push(Seg::key(&name));
            Described {
                field: Some(display_path(&p)),
                message: format!("unknown field \"{name}\""),
                hint: format!(
                    "{}Fields allowed here: {}.",
                    did_you_mean(&name, allowed.iter().map(String::as_str)),
                    allowed.join(", ")
                ),
                at: Some(p),
            }
        }
        SerdeText::MissingField { name } => Described {
            field: field_at(Some(&name)),
            message: format!("required field \"{name}\" is missing"),
            hint: format!("Add \"{name}\" to this record; the schema named in \"$schema\" lists what it takes."),
            at: Some(path.to_vec()),
        },
        SerdeText::UnknownVariant { name, allowed } => Described {
            field: field_at(None),
            message: format!("\"{name}\" is not one of the allowed values"),
            hint: format!(
                "{}Use {}.",
                did_you_mean(&name, allowed.iter().map(String::as_str)),
                one_of(allowed.iter().map(String::as_str))
            ),
            at: None,
        },
        SerdeText::Invalid { got, expected } => Described {
            field: field_at(None),
            message: format!(
                "expected {}, got {}",
                expected_words(&expected),
                got_words(&got)
            ),
            hint: type_hint(&expected),
            at: (!path.is_empty()).then(|| path.to_vec()),
        },
        _ => Described {
            field: field_at(None),
            message: strip_position(err),
            hint: String::new(),
            at: None,
        },
    }
}

fn expected_words(expected: &str) -> String {
    match expected {
        "i32" | "i64" | "u16" | "u32" | "u64" | "usize" => "a whole number".into(),
        "u8" => "a whole number from 0 to 255".into(),
        "f64" | "f32" => "a number".into(),
        "a string" => "text in double quotes".into(),
        "a sequence" => "a list in square brackets [ … ]".into(),
        "a boolean" => "true or false".into(),
        e if e.starts_with("struct ") || e == "a map" || e.contains("tagged enum") => {
            "an object in curly braces { … }".into()
        }
        e if e.starts_with("enum ") => "one of the allowed words, in double quotes".into(),
        e => e.to_string(),
    }
}

fn got_words(got: &str) -> String {
    if let Some(s) = got.strip_prefix("string ") {
        return format!("the text {s}");
    }
    for prefix in ["integer ", "floating point "] {
        if let Some(n) = got.strip_prefix(prefix) {
            return format!("the number {}", n.trim_matches('`'));
        }
    }
    if let Some(b) = got.strip_prefix("boolean ") {
        return b.trim_matches('`').to_string();
    }
    match got {
        "map" => "an object".into(),
        "sequence" => "a list".into(),
        "unit value" | "null" => "null".into(),
        g => g.to_string(),
    }
}

fn type_hint(expected: &str) -> String {
    match expected {
        "a string" => "Put the value in double quotes, like \"…\".".into(),
        "a sequence" => {
            "Write a list, like [\"first\", \"second\"], even when it has one item.".into()
        }
        "a boolean" => "Write true or false without quotes.".into(),
        e if e.starts_with('i') || e.starts_with('u') || e.starts_with('f') => {
            "Write the number without quotes, like 1998.".into()
        }
        _ => "Compare this field with the schema named in \"$schema\".".into(),
    }
}
