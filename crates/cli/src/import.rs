//! `homecoming import FILE --map MAP`: the alumni office's export (CSV or XLSX, from Raiser's
//! Edge, Salesforce, Ellucian or a spreadsheet) into `content/alumni/`. The mapping (TOML)
//! says which column is which field, which holds the office's stable person id and which hold
//! consent. Every row becomes a record checked by the same checker as the content
//! (`check::AlumnusChecker`); a bad row is reported as `FILE:row:column: field: what, what to
//! do`. The export owns the mapped fields only: what a person added themselves (a portrait,
//! a mentoring offer, a confirmation date) is kept. A record is written only when its bytes
//! change, so importing the same export twice writes nothing.

use homecoming_check::{content::CONSENT_FIELDS, AlumnusChecker};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The mapping file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The column with the office's own stable id for each person.
    pub id: String,
    /// Field → column.
    pub fields: BTreeMap<String, String>,
    pub consent: ConsentColumns,
    /// How the export writes "yes" (case does not matter).
    #[serde(default = "default_yes")]
    pub yes: Vec<String>,
    /// What separates several values in one cell (former names, chapters, public fields).
    #[serde(default = "default_separator")]
    pub separator: String,
    /// For a workbook: the sheet to read (the first one when absent).
    #[serde(default)]
    pub sheet: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentColumns {
    /// The column saying whether the person is listed in the directory.
    pub listed: String,
    /// A column naming the public fields, separated by `separator`.
    #[serde(default)]
    pub public: Option<String>,
    /// Or a yes/no column per field.
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
}

fn default_yes() -> Vec<String> {
    ["yes", "y", "true", "1", "x"].map(String::from).to_vec()
}

fn default_separator() -> String {
    ";".into()
}

/// Fields a column can fill. `email` becomes the contact method; lists are split.
pub const FIELDS: [&str; 15] = [
    "name",
    "name_latin",
    "former_names",
    "nickname",
    "class_year",
    "degree",
    "major",
    "city",
    "country",
    "employer",
    "job_title",
    "industry",
    "bio",
    "email",
    "chapters",
];
const LISTS: [&str; 2] = ["former_names", "chapters"];

/// What to do besides reading.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub dry_run: bool,
    pub skip_bad: bool,
    pub remove_missing: bool,
}

/// What an import did (or, with `dry_run` or bad rows, would do).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: usize,
    /// Records of the office's people that the export no longer has.
    pub missing: Vec<String>,
    /// `FILE:row:column: field: what, what to do`, one line a problem.
    pub refused: Vec<String>,
    /// Rows refused because the person was forgotten.
    pub forgotten: usize,
    pub written: bool,
}

/// The export's rows: the header, then each row with its number as a spreadsheet shows it.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<Table, String> {
    let lower = path.to_string_lossy().to_ascii_lowercase();
    if lower.ends_with(".xlsx")
        || lower.ends_with(".xlsm")
        || lower.ends_with(".ods")
        || lower.ends_with(".xls")
    {
        return read_workbook(path, sheet);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{}: the first row cannot be read ({e})", path.display()))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("{}:{}: {e}", path.display(), i + 2))?;
        rows.push((i + 2, record.iter().map(str::to_string).collect()));
    }
    Ok(Table { header, rows })
}

fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<Table, String> {
    use calamine::{open_workbook_auto, Data, Reader};
    let mut book = open_workbook_auto(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let names = book.sheet_names().to_vec();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| {
                format!(
                    "{}: there is no sheet \"{s}\"; the sheets are {}",
                    path.display(),
                    names.join(", ")
                )
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| format!("{}: the workbook has no sheet", path.display()))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| format!("{}: sheet \"{name}\": {e}", path.display()))?;
    let cell = |d: &Data| match d {
        Data::Empty => String::new(),
        // A year typed into a spreadsheet is a number: 1998, not 1998.0.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    };
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .next()
        .map(|r| r.iter().map(|d| cell(d).trim().to_string()).collect())
        .unwrap_or_default();
    let rows = rows
        .enumerate()
        .map(|(i, r)| (i + 2, r.iter().map(cell).collect()))
        .collect();
    Ok(Table { header, rows })
}

/// Reads the mapping, and checks it against the table's header.
pub fn read_mapping(path: &Path) -> Result<Mapping, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mapping: Mapping = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    for field in mapping.fields.keys().chain(mapping.consent.columns.keys()) {
        if !FIELDS.contains(&field.as_str()) && !CONSENT_FIELDS.contains(&field.as_str()) {
            return Err(format!(
                "{}: \"{field}\" is not a field an import can fill. Fields: {}.",
                path.display(),
                FIELDS.join(", ")
            ));
        }
    }
    for required in ["name", "class_year", "degree", "major"] {
        if !mapping.fields.contains_key(required) {
            return Err(format!(
                "{}: [fields] has no column for \"{required}\", which every record needs.",
                path.display()
            ));
        }
    }
    Ok(mapping)
}

/// The column index of every column the mapping names, or which is missing from the header.
fn columns(mapping: &Mapping, table: &Table, file: &str) -> Result<HashMap<String, usize>, String> {
    let mut wanted: Vec<&String> = vec![&mapping.id, &mapping.consent.listed];
    wanted.extend(mapping.fields.values());
    wanted.extend(mapping.consent.public.iter());
    wanted.extend(mapping.consent.columns.values());
    let mut at = HashMap::new();
    for column in wanted {
        match table.header.iter().position(|h| h == column) {
            Some(i) => {
                at.insert(column.clone(), i);
            }
            None => {
                return Err(format!(
                    "{file}:1: the mapping names the column \"{column}\", which the export does not have. Its columns are: {}.",
                    table.header.join(", ")
                ))
            }
        }
    }
    Ok(at)
}

/// One row's cells, by column name.
struct Cells<'a> {
    at: &'a HashMap<String, usize>,
    cells: &'a [String],
}

impl<'a> Cells<'a> {
    fn get(&self, column: &str) -> &'a str {
        self.at
            .get(column)
            .and_then(|&i| self.cells.get(i))
            .map_or("", |c| c.trim())
    }
}

/// Existing records, by the office id they carry.
struct Existing {
    by_source: HashMap<String, (String, Value)>,
    ids: HashSet<String>,
}

fn existing(alumni: &Path) -> Existing {
    let mut by_source = HashMap::new();
    let mut ids = HashSet::new();
    for entry in fs::read_dir(alumni).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let id = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        ids.insert(id.clone());
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        if let Some(source) = value.get("source_id").and_then(Value::as_str) {
            by_source.insert(source.to_string(), (id, value));
        }
    }
    Existing { by_source, ids }
}

/// Imports `export` into `content` by `mapping`.
pub fn import(
    content: &Path,
    export: &Path,
    mapping: &Mapping,
    options: Options,
) -> Result<Summary, String> {
    let file = export.display().to_string();
    let table = read_table(export, mapping.sheet.as_deref())?;
    let at = columns(mapping, &table, &file)?;
    let mut checker = school(content)?;
    let alumni = content.join("alumni");
    let old = existing(&alumni);
    let yes: HashSet<String> = mapping
        .yes
        .iter()
        .map(|y| y.trim().to_lowercase())
        .collect();
    let mut taken: HashSet<String> = old.ids.clone();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut summary = Summary::default();
    let mut writes: Vec<(PathBuf, String)> = Vec::new();
    for (row, cells) in &table.rows {
        let cells = Cells { at: &at, cells };
        let get = |column: &str| cells.get(column);
        if cells.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let source = get(&mapping.id).to_string();
        let here = |column: &str, field: &str, what: String| {
            format!("{file}:{row}:{column}: {field}: {what}")
        };
        if source.is_empty() {
            summary.refused.push(here(&mapping.id, "source_id", "the person has no id in this column. Every row needs the office's own id, which stays the same when the person's name changes.".into()));
            continue;
        }
        if let Some(first) = seen.insert(source.clone(), *row) {
            summary.refused.push(here(&mapping.id, "source_id", format!("id \"{source}\" is also on row {first}. Each person needs one row: merge the two in the office's database.")));
            continue;
        }
        if checker.is_forgotten(&format!("source:{source}")) {
            summary.forgotten += 1;
            continue;
        }
        let before = old.by_source.get(&source);
        let mut record: Map<String, Value> = before
            .and_then(|(_, v)| v.as_object().cloned())
            .unwrap_or_default();
        let id = match before {
            Some((id, _)) => id.clone(),
            None => {
                let latin = mapping.fields.get("name_latin").map_or("", |c| get(c));
                let name = if latin.is_empty() {
                    get(&mapping.fields["name"])
                } else {
                    latin
                };
                new_id(
                    name,
                    get(&mapping.fields["class_year"]),
                    &source,
                    &mut taken,
                )
            }
        };
        fill(&mut record, mapping, &cells, &yes, &id, &source);
        let mut text =
            serde_json::to_string_pretty(&Value::Object(record)).map_err(|e| e.to_string())?;
        text.push('\n');
        let problems = checker.check(&format!("{file}:{row}"), &text);
        if checker.is_forgotten(&id) {
            summary.forgotten += 1;
            continue;
        }
        if !problems.is_empty() {
            for p in problems {
                let field = p.field.clone().unwrap_or_default();
                let column = column_of(mapping, &field);
                let hint = if p.hint.is_empty() {
                    String::new()
                } else {
                    format!(" {}", p.hint)
                };
                summary
                    .refused
                    .push(here(&column, &field, format!("{}.{hint}", p.message)));
            }
            continue;
        }
        let path = alumni.join(format!("{id}.json"));
        match fs::read_to_string(&path) {
            Ok(current) if current == text => summary.unchanged += 1,
            Ok(_) => {
                summary.changed.push(id.clone());
                writes.push((path, text));
            }
            Err(_) => {
                summary.added.push(id.clone());
                writes.push((path, text));
            }
        }
    }
    let in_export: HashSet<&String> = seen.keys().collect();
    let mut missing: Vec<&(String, Value)> = old
        .by_source
        .iter()
        .filter(|(source, _)| !in_export.contains(source))
        .map(|(_, v)| v)
        .collect();
    missing.sort_by(|a, b| a.0.cmp(&b.0));
    summary.missing = missing.iter().map(|(id, _)| id.clone()).collect();
    let blocked = !summary.refused.is_empty() && !options.skip_bad;
    if !options.dry_run && !blocked {
        write(&alumni, &writes, &summary.missing, options.remove_missing)?;
        summary.written = true;
    }
    Ok(summary)
}

/// The changed records, and the removal of the missing ones when asked.
fn write(
    alumni: &Path,
    writes: &[(PathBuf, String)],
    missing: &[String],
    remove: bool,
) -> Result<(), String> {
    fs::create_dir_all(alumni).map_err(|e| format!("{}: {e}", alumni.display()))?;
    for (path, text) in writes {
        fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if remove {
        for id in missing {
            let path = alumni.join(format!("{id}.json"));
            fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// The checker of the content's school, or why the import cannot start.
fn school(content: &Path) -> Result<AlumnusChecker<'static>, String> {
    AlumnusChecker::new(content, &homecoming_build::RENDER).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        format!(
            "{}\nThe content's own files must check before an import: fix the lines above.",
            lines.join("\n")
        )
    })
}

/// The mapped fields of one row into `record`: a filled cell sets its field, an empty one
/// removes it (the export is the truth for what it maps); other fields stay.
fn fill(
    record: &mut Map<String, Value>,
    mapping: &Mapping,
    cells: &Cells,
    yes: &HashSet<String>,
    id: &str,
    source: &str,
) {
    let get = |column: &str| cells.get(column);
    let split = |cell: &str| -> Vec<Value> {
        cell.split(mapping.separator.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| Value::String(s.to_string()))
            .collect()
    };
    record.insert("$schema".into(), "../../schemas/alumnus.schema.json".into());
    record.insert("id".into(), id.into());
    record.insert("source_id".into(), source.into());
    for (field, column) in &mapping.fields {
        let cell = get(column);
        let (key, value) = match field.as_str() {
            "email" => (
                "contact",
                (!cell.is_empty()).then(|| serde_json::json!({"method": "email", "address": cell})),
            ),
            "class_year" => (
                "class_year",
                (!cell.is_empty()).then(|| match cell.parse::<i64>() {
                    Ok(n) => Value::from(n),
                    // Left as text, the checker says what is wrong with it.
                    Err(_) => Value::from(cell),
                }),
            ),
            f if LISTS.contains(&f) => (
                f,
                Some(Value::Array(split(cell)))
                    .filter(|v| v.as_array().is_some_and(|a| !a.is_empty())),
            ),
            f => (f, (!cell.is_empty()).then(|| Value::from(cell))),
        };
        match value {
            Some(v) => record.insert(key.to_string(), v),
            None => record.remove(key),
        };
    }
    let says_yes = |cell: &str| yes.contains(&cell.trim().to_lowercase());
    let mut public: Vec<String> = Vec::new();
    if let Some(column) = &mapping.consent.public {
        for f in split(get(column)) {
            let f = f.as_str().unwrap_or("").to_string();
            public.push(if f == "email" { "contact".into() } else { f });
        }
    }
    for (field, column) in &mapping.consent.columns {
        if says_yes(get(column)) {
            public.push(if field == "email" {
                "contact".into()
            } else {
                field.clone()
            });
        }
    }
    // What the person made public themselves (mentoring, a portrait) stays public.
    let kept: Vec<String> = record
        .get("consent")
        .and_then(|c| c.get("public"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|f| !mapped_consent(mapping, f))
        .map(str::to_string)
        .collect();
    public.extend(kept);
    let order = |f: &String| {
        CONSENT_FIELDS
            .iter()
            .position(|c| c == f)
            .unwrap_or(usize::MAX)
    };
    public.sort_by_key(order);
    public.dedup();
    record.insert(
        "consent".into(),
        serde_json::json!({"listed": says_yes(get(&mapping.consent.listed)), "public": public}),
    );
}

/// Whether the export decides the consent of `field`.
fn mapped_consent(mapping: &Mapping, field: &str) -> bool {
    let column_field = if field == "contact" { "email" } else { field };
    mapping.fields.contains_key(column_field)
        || mapping.consent.columns.contains_key(column_field)
        || mapping.consent.columns.contains_key(field)
}

/// The column a problem's field came from.
fn column_of(mapping: &Mapping, field: &str) -> String {
    let top = field.split(['.', '[']).next().unwrap_or("");
    let column = match top {
        "contact" => mapping.fields.get("email"),
        "consent" if field.starts_with("consent.listed") => Some(&mapping.consent.listed),
        "consent" => mapping
            .consent
            .public
            .as_ref()
            .or_else(|| mapping.consent.columns.values().next()),
        "id" | "source_id" => Some(&mapping.id),
        f => mapping.fields.get(f),
    };
    column.cloned().unwrap_or_else(|| "?".into())
}

/// An id for a new person: their name and class year as a slug (`li-wei-1998`), made unique.
fn new_id(name: &str, year: &str, source: &str, taken: &mut HashSet<String>) -> String {
    let mut base = homecoming_check::values::slugify(&format!("{name} {year}"));
    if base.is_empty() || base.chars().all(|c| c.is_ascii_digit() || c == '-') {
        // A name in a script slugify cannot spell: the office id keeps it readable and unique.
        base = homecoming_check::values::slugify(&format!("alumnus {source}"));
    }
    let mut id = base.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{copy_tree, fixture};
    use std::time::SystemTime;

    const HEADER: &str = "Constituent ID,Name,Latin,Former,Class Of,Degree,Major,City,Country,Employer,Email,Chapters,Opt-In,Show City,Show Employer,Show Email";
    const GOOD: [&str; 3] = [
        "C-1,Grace Hopper,,Grace Murray,1984,PhD,physics,Arlington,US,Navy,grace@example.org,london,yes,yes,yes,no",
        "C-2,李娜,Li Na,,1999,BSc,astronomy,Beijing,CN,,,,Y,Y,,",
        "C-3,Emmy Noether,,,1975,PhD,physics,Erlangen,DE,University,emmy@example.org,,no,,,",
    ];
    const MAPPING: &str = r#"
id = "Constituent ID"
[fields]
name = "Name"
name_latin = "Latin"
former_names = "Former"
class_year = "Class Of"
degree = "Degree"
major = "Major"
city = "City"
country = "Country"
employer = "Employer"
email = "Email"
chapters = "Chapters"
[consent]
listed = "Opt-In"
[consent.columns]
former_names = "Opt-In"
city = "Show City"
country = "Show City"
employer = "Show Employer"
email = "Show Email"
chapters = "Opt-In"
"#;

    struct Site {
        root: PathBuf,
        content: PathBuf,
        export: PathBuf,
        mapping: Mapping,
    }

    impl Site {
        fn new(name: &str) -> Site {
            let root =
                std::env::temp_dir().join(format!("hc-import-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&root);
            let content = root.join("content");
            copy_tree(&fixture(), &content);
            Site {
                export: root.join("export.csv"),
                mapping: toml::from_str(MAPPING).unwrap(),
                root,
                content,
            }
        }
        fn export(&self, rows: &[&str]) {
            fs::write(&self.export, format!("{HEADER}\n{}\n", rows.join("\n"))).unwrap();
        }
        fn run(&self, options: Options) -> Summary {
            import(&self.content, &self.export, &self.mapping, options).unwrap()
        }
        fn modified(&self, id: &str) -> SystemTime {
            fs::metadata(self.content.join(format!("alumni/{id}.json")))
                .unwrap()
                .modified()
                .unwrap()
        }
        fn problems(&self) -> Vec<String> {
            let report = homecoming_check::check(&self.content, &homecoming_build::RENDER);
            report.problems.iter().map(|p| p.to_string()).collect()
        }
    }

    impl Drop for Site {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.root);
        }
    }

    #[test]
    fn good_rows_become_checked_records_and_a_second_import_writes_nothing() {
        let site = Site::new("good");
        site.export(&GOOD);
        let s = site.run(Options::default());
        assert_eq!(
            s.added,
            vec!["grace-hopper-1984", "li-na-1999", "emmy-noether-1975"]
        );
        assert!(s.refused.is_empty() && s.written, "{s:?}");
        assert_eq!(site.problems(), Vec::<String>::new());
        let grace: Value = serde_json::from_str(
            &fs::read_to_string(site.content.join("alumni/grace-hopper-1984.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(grace["source_id"], "C-1");
        assert_eq!(grace["former_names"], serde_json::json!(["Grace Murray"]));
        assert_eq!(
            grace["contact"],
            serde_json::json!({"method": "email", "address": "grace@example.org"})
        );
        assert_eq!(
            grace["consent"],
            serde_json::json!({"listed": true, "public": ["former_names", "city", "country", "employer", "chapters"]})
        );

        let before = site.modified("li-na-1999");
        std::thread::sleep(std::time::Duration::from_millis(20));
        let again = site.run(Options::default());
        assert_eq!(
            (again.added.len(), again.changed.len(), again.unchanged),
            (0, 0, 3)
        );
        assert_eq!(
            site.modified("li-na-1999"),
            before,
            "an unchanged record was rewritten"
        );

        // One changed row rewrites one file; what the person added themselves stays.
        let path = site.content.join("alumni/grace-hopper-1984.json");
        let mut grace = grace;
        grace["mentor"] = serde_json::json!({"capacity": 2});
        grace["consent"]["public"]
            .as_array_mut()
            .unwrap()
            .push("mentoring".into());
        grace["confirmed"] = "2026-11-01".into();
        fs::write(&path, serde_json::to_string_pretty(&grace).unwrap() + "\n").unwrap();
        site.export(&[&GOOD[0].replace("Navy", "Yale"), GOOD[1], GOOD[2]]);
        let changed = site.run(Options::default());
        assert_eq!(changed.changed, vec!["grace-hopper-1984"]);
        assert_eq!(site.modified("li-na-1999"), before);
        let grace: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(grace["employer"], "Yale");
        assert_eq!(grace["mentor"], serde_json::json!({"capacity": 2}));
        assert_eq!(grace["confirmed"], "2026-11-01");
        assert!(grace["consent"]["public"]
            .as_array()
            .unwrap()
            .contains(&"mentoring".into()));
    }

    #[test]
    fn every_kind_of_bad_row_is_named_by_row_and_column_and_nothing_is_written() {
        let site = Site::new("bad");
        site.export(&[
            GOOD[0],
            "C-4,Ada Byron,,,nineteen,BSc,physics,,,,,,yes,,,",
            "C-5,Ada Byron,,,1990,BSc,maths,,,,,,yes,,,",
            "C-6,Ada Byron,,,1990,BSc,physics,,England,,,,yes,yes,,",
            "C-7,Ada Byron,,,1990,BSc,physics,,,,ada at example.org,,yes,,,yes",
            "C-8,,,,1990,BSc,physics,,,,,,yes,,,",
            ",Ada Byron,,,1990,BSc,physics,,,,,,yes,,,",
            "C-1,Grace Again,,,1984,PhD,physics,,,,,,yes,,,",
            "C-9,Ada Byron,,,1990,BSc,physics,,,,,narnia,yes,,,",
            "C-10,Ada Byron,,,1990,,physics,,,,,,yes,,,",
        ]);
        let s = site.run(Options::default());
        let file = site.export.display().to_string();
        let expected = [
            "3:Class Of: class_year: expected a whole number",
            "4:Major: major: there is no major with id \"maths\"",
            "5:Country: country: \"England\" is not a country code",
            "6:Email: contact.address: \"ada at example.org\" is not an email address",
            "7:Name: name: required field \"name\" is missing",
            "8:Constituent ID: source_id: the person has no id in this column",
            "9:Constituent ID: source_id: id \"C-1\" is also on row 2",
            "10:Chapters: chapters[0]: there is no chapter with id \"narnia\"",
            "11:Degree: degree: required field \"degree\" is missing",
        ];
        assert_eq!(s.refused.len(), expected.len(), "{:#?}", s.refused);
        for (line, want) in s.refused.iter().zip(expected) {
            assert!(
                line.starts_with(&format!("{file}:{want}")),
                "{line}\n  wanted {want}"
            );
        }
        assert!(!s.written);
        assert!(
            !site.content.join("alumni/grace-hopper-1984.json").exists(),
            "written despite bad rows"
        );
        // With --skip-bad the good row goes in.
        let s = site.run(Options {
            skip_bad: true,
            ..Options::default()
        });
        assert_eq!(s.added, vec!["grace-hopper-1984"]);
        assert!(site.content.join("alumni/grace-hopper-1984.json").exists());
    }

    #[test]
    fn a_dry_run_writes_nothing() {
        let site = Site::new("dry");
        site.export(&GOOD);
        let s = site.run(Options {
            dry_run: true,
            ..Options::default()
        });
        assert_eq!(s.added.len(), 3);
        assert!(!s.written && !site.content.join("alumni/li-na-1999.json").exists());
    }

    #[test]
    fn people_gone_from_the_export_are_reported_and_removed_only_when_asked() {
        let site = Site::new("missing");
        site.export(&GOOD);
        site.run(Options::default());
        site.export(&GOOD[..2]);
        let s = site.run(Options::default());
        assert_eq!(s.missing, vec!["emmy-noether-1975"]);
        assert!(site.content.join("alumni/emmy-noether-1975.json").exists());
        let s = site.run(Options {
            remove_missing: true,
            ..Options::default()
        });
        assert_eq!(s.missing, vec!["emmy-noether-1975"]);
        assert!(!site.content.join("alumni/emmy-noether-1975.json").exists());
        // Records written by hand (no office id) are never the import's to remove.
        assert!(site.content.join("alumni/ada-lovelace.json").exists());
    }

    #[test]
    fn a_forgotten_person_never_comes_back() {
        let site = Site::new("tombstone");
        site.export(&GOOD);
        site.run(Options::default());
        crate::forget::forget(&site.content, "li-na-1999", "2026-12-01").unwrap();
        let s = site.run(Options::default());
        assert_eq!(s.forgotten, 1);
        assert!(s.added.is_empty() && s.refused.is_empty(), "{s:?}");
        assert!(!site.content.join("alumni/li-na-1999.json").exists());
        // Not under another name either: the office id is remembered too.
        site.export(&[GOOD[0], &GOOD[1].replace("Li Na", "Li Nana"), GOOD[2]]);
        let s = site.run(Options::default());
        assert_eq!(s.forgotten, 1);
        assert!(!site.content.join("alumni/li-nana-1999.json").exists());
        assert_eq!(site.problems(), Vec::<String>::new());
    }
}
