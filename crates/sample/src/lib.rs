//! A deterministic generator for the fictional Northbrook University: the committed sample
//! content (`make sample`) and the large synthetic sets benchmarks use
//! (`make content-large N=100000 OUT=dir`). The same seed always gives the same files.

mod tables;

mod community;
mod site;
use serde_json::{json, Value};
use std::fs;
use std::io;
use std::path::Path;
use tables::*;

pub const SAMPLE_ALUMNI: usize = 320;

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn all_majors() -> Vec<&'static str> {
    COLLEGES
        .iter()
        .flat_map(|(_, _, depts)| {
            depts
                .iter()
                .flat_map(|(_, _, majors)| majors.iter().map(|(id, _)| *id))
        })
        .collect()
}

fn write_json(path: &Path, value: &Value) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    fs::write(path, text)
}

fn schema(collection: &str) -> String {
    format!("../../schemas/{collection}.schema.json")
}

/// Writes the whole sample university into `out` (which need not exist), with `alumni` alumni.
pub fn write(out: &Path, alumni: usize) -> io::Result<()> {
    for dir in [
        "alumni",
        "timeline",
        "gallery",
        "events",
        "careers",
        "chapters",
        "giving",
        "funds",
        "stories",
        "consultations",
    ] {
        let d = out.join(dir);
        if d.exists() {
            // Regenerate cleanly: remove only the JSON records, keep anything staff added beside them.
            for entry in fs::read_dir(&d)? {
                let p = entry?.path();
                if p.extension().is_some_and(|e| e == "json") {
                    fs::remove_file(p)?;
                }
            }
        }
    }
    site::write(out)?;
    let people = write_alumni(out, alumni)?;
    timeline(out)?;
    gallery(out, &people)?;
    events(out)?;
    careers(out, &people)?;
    opportunities(out)?;
    notes(out)?;
    community::write(out)
}

/// Class notes from curated alumni, as `homecoming apply` writes them.
fn notes(out: &Path) -> io::Result<()> {
    let dir = out.join("notes");
    fs::create_dir_all(&dir)?;
    for (id, alumnus, date, text) in [
        ("margaret-okafor-2026-10-02", "margaret-okafor", "2026-10-02", "The class of '77 reunion is on for June: the rowing club's bell is polished and coming with me. Write if you can row, or just cheer."),
        ("wang-xiaoming-2026-09-14", "wang-xiaoming", "2026-09-14", "New job: I now lead Kestrel Systems' payments team in Shanghai. Coding nights continue every second Thursday."),
        ("anna-smith-jones-2026-05-30", "anna-smith-jones", "2026-05-30", "My book on training young surgeons is out this summer. Thank you to everyone from '85 who read the drafts."),
    ] {
        write_json(
            &dir.join(format!("{id}.json")),
            &json!({"$schema": schema("class-note"), "id": id, "alumnus": alumnus, "date": date, "text": text}),
        )?;
    }
    Ok(())
}

/// Jobs and internships shared by the curated alumni: some still open, some expired.
fn opportunities(out: &Path) -> io::Result<()> {
    let list = &*POSTINGS;
    let dir = out.join("opportunities");
    if dir.exists() {
        for entry in fs::read_dir(&dir)? {
            let p = entry?.path();
            if p.extension().is_some_and(|e| e == "json") {
                fs::remove_file(p)?;
            }
        }
    }
    for (id, title, kind, employer, location, industry, posted, expires, by) in list {
        write_json(
            &dir.join(format!("{id}.json")),
            &json!({"$schema": schema("opportunity"), "id": id, "title": title, "kind": kind, "employer": employer, "location": location, "industry": industry,
                "summary": format!("{employer} is looking for: {}. Shared by a Northbrook alum who is happy to answer questions.", title.to_lowercase()),
                "posted": posted, "expires": expires, "apply_url": format!("https://jobs.example.org/{id}"), "posted_by": by}),
        )?;
    }
    Ok(())
}

/// A sample person, remembered so albums and resources can refer to them.
#[derive(Clone)]
struct Person {
    id: String,
    year: i32,
    listed: bool,
}

fn curated() -> Vec<Value> {
    // Everything public except a portrait (the sample has none).
    let all: Vec<&str> = homecoming_check::content::CONSENT_FIELDS
        .into_iter()
        .filter(|f| *f != "photo")
        .collect();
    vec![
        json!({"id": "wang-xiaoming", "name": "王小明", "name_latin": "Wang Xiaoming", "class_year": 1998, "degree": "BEng", "major": "computer-science", "city": "Shanghai", "country": "CN", "employer": "Kestrel Systems", "job_title": "Engineering Manager", "industry": "software", "bio": "Builds payment systems and runs the Shanghai chapter's coding nights.", "chapters": ["shanghai", "engineering-alumni"], "mentor": {"capacity": 2, "topics": ["software careers", "moving to management"], "languages": ["Mandarin", "English"]}, "contact": {"method": "email", "address": "xiaoming.wang@example.com"}, "consent": {"listed": true, "public": all}}),
        json!({"id": "zeng-li", "name": "曾丽", "name_latin": "Zeng Li", "class_year": 2005, "degree": "BA", "major": "chinese-studies", "city": "Beijing", "country": "CN", "employer": "Lantern Press", "job_title": "Editor", "industry": "media", "consent": {"listed": true, "public": ["name_latin", "city", "country", "employer", "job_title", "industry"]}}),
        json!({"id": "shan-wei", "name": "单伟", "name_latin": "Shan Wei", "class_year": 1987, "degree": "MSc", "major": "physics", "city": "Shenzhen", "country": "CN", "employer": "Solace Renewables", "job_title": "Energy Analyst", "industry": "energy", "consent": {"listed": true, "public": ["name_latin", "city", "country", "employer", "industry"]}}),
        json!({"id": "bjorn-ostergaard", "name": "Bjørn Østergaard", "class_year": 1979, "degree": "BSc", "major": "civil-engineering", "city": "København", "country": "DK", "employer": "Atelier Nord", "job_title": "Architect", "industry": "construction", "bio": "Designed the library extension his class still argues about.", "consent": {"listed": true, "public": ["city", "country", "employer", "job_title", "industry", "bio"]}}),
        json!({"id": "lukasz-walesa", "name": "Łukasz Wałęsa", "class_year": 2011, "degree": "LLM", "major": "international-law", "city": "Warszawa", "country": "PL", "employer": "Justitia Partners", "job_title": "Legal Counsel", "industry": "law", "contact": {"method": "linkedin", "url": "https://www.linkedin.com/in/example-lukasz"}, "consent": {"listed": true, "public": ["city", "country", "employer", "job_title", "industry", "contact"]}}),
        json!({"id": "jurgen-strassmann", "name": "Jürgen Straßmann", "class_year": 1968, "degree": "PhD", "major": "biochemistry", "city": "München", "country": "DE", "employer": "Helix Therapeutics", "job_title": "Research Scientist", "industry": "pharma", "consent": {"listed": true, "public": ["city", "country", "industry"]}}),
        json!({"id": "helene-dubois", "name": "Hélène Dubois", "class_year": 1994, "degree": "MA", "major": "history", "city": "Paris", "country": "FR", "employer": "City Museum", "job_title": "Curator", "industry": "arts", "consent": {"listed": true, "public": ["city", "country", "employer", "job_title", "industry"]}}),
        json!({"id": "jose-munoz", "name": "José Muñoz", "class_year": 2016, "degree": "BSc", "major": "data-science", "city": "Madrid", "country": "ES", "employer": "Brightloop", "job_title": "Software Engineer", "industry": "software", "mentor": {"capacity": 2, "topics": ["moving into tech", "data careers"], "languages": ["Spanish", "English"], "previous_industry": "finance"}, "consent": {"listed": true, "public": ["city", "country", "employer", "job_title", "industry", "mentoring"]}}),
        json!({"id": "siobhan-obrien", "name": "Siobhán O'Brien", "class_year": 2002, "degree": "BA", "major": "english-literature", "city": "Dublin", "country": "IE", "employer": "The Morning Ledger", "job_title": "Journalist", "industry": "media", "consent": {"listed": true, "public": ["city", "country", "employer", "job_title", "industry"]}}),
        json!({"id": "anna-smith-jones", "name": "Anna Smith-Jones", "former_names": ["Anna Smith"], "class_year": 1985, "degree": "MB BS", "major": "medicine", "city": "Bristol", "country": "GB", "employer": "City Health Trust", "job_title": "Surgeon", "industry": "healthcare", "chapters": ["london", "health-alumni"], "mentor": {"capacity": 1, "topics": ["surgical training"], "languages": ["English"]}, "contact": {"method": "form", "url": "https://forms.example.org/anna"}, "consent": {"listed": true, "public": all}}),
        json!({"id": "margaret-okafor", "name": "Margaret Okafor", "former_names": ["Margaret Adeyemi"], "nickname": "Peggy", "class_year": 1977, "degree": "BA", "major": "economics", "city": "Lagos", "country": "NG", "employer": "Harbour Bank", "job_title": "Portfolio Manager", "industry": "finance", "chapters": ["lagos"], "bio": "Class of '77 reunion organiser. Still has the rowing club's bell.", "consent": {"listed": true, "public": all}}),
        json!({"id": "robert-lindqvist", "name": "Robert Lindqvist", "nickname": "Bob", "class_year": 1972, "degree": "BSc", "major": "astronomy", "city": "Stockholm", "country": "SE", "employer": "National Laboratory", "job_title": "Professor", "industry": "research", "consent": {"listed": true, "public": ["nickname", "city", "country", "employer", "job_title", "industry"]}}),
        // Not listed: appears nowhere in the built site, not even in photos or as an author.
        json!({"id": "ingrid-vestergaard", "name": "Ingrid Vestergaard", "class_year": 1998, "degree": "BSc", "major": "computer-science", "city": "Aarhus", "country": "DK", "employer": "Kestrel Systems", "job_title": "Staff Engineer", "industry": "software", "bio": "Prefers not to be listed.", "contact": {"method": "email", "address": "ingrid@example.com"}, "consent": {"listed": false, "public": []}}),
        // Listed, but shows the public nothing beyond name, year and study; alumni who unlock
        // the alumni-only details see where he lives and works and his email (not his industry).
        json!({"id": "thomas-hughes", "name": "Thomas Hughes", "class_year": 1998, "degree": "BA", "major": "management", "city": "Cardiff", "country": "GB", "employer": "Marlowe & Co", "job_title": "Buyer", "industry": "retail", "contact": {"method": "email", "address": "thomas.hughes@example.com"}, "consent": {"listed": true, "public": [], "alumni": ["city", "country", "employer", "job_title", "contact"]}}),
    ]
}

/// Languages a mentor from this country offers: the local one, and English.
fn languages(country: &str) -> Vec<&'static str> {
    let local = match country {
        "CN" | "SG" => "Mandarin",
        "DE" => "German",
        "FR" => "French",
        "ES" | "MX" | "AR" => "Spanish",
        "BR" => "Portuguese",
        "IT" => "Italian",
        "PL" => "Polish",
        "JP" => "Japanese",
        "KR" => "Korean",
        "IN" => "Hindi",
        "TR" => "Turkish",
        "VN" => "Vietnamese",
        "EG" | "AE" => "Arabic",
        "NL" => "Dutch",
        "KE" => "Swahili",
        "NG" => "Yoruba",
        _ => "English",
    };
    if local == "English" {
        vec!["English"]
    } else {
        vec![local, "English"]
    }
}

fn write_alumni(out: &Path, n: usize) -> io::Result<Vec<Person>> {
    let mut rng = Rng(0x005e_eda1_u64 ^ 0x9e37_79b9_7f4a_7c15);
    let majors = all_majors();
    let degrees = ["BA", "BSc", "BEng", "MA", "MSc", "MBA", "PhD", "LLB"];
    let mut people = Vec::new();
    let mut used = std::collections::HashSet::new();
    let dir = out.join("alumni");
    fs::create_dir_all(&dir)?;
    let mut records = curated();
    records.truncate(n);
    while records.len() < n {
        // Years across seven decades, more recent classes being larger.
        let year = 2026
            - (rng.below(66) as f64 * (rng.below(100) as f64 / 100.0)).round() as i32
            - rng.below(2) as i32;
        let year = year.max(1960);
        let (name, latin, country, city) = if rng.chance(12) {
            let (fh, fp) = rng.pick(&HAN_FAMILY);
            let (gh, gp) = rng.pick(&HAN_GIVEN);
            (
                format!("{fh}{gh}"),
                Some(format!("{fp} {gp}")),
                "CN",
                rng.pick(&CN_CITIES).to_string(),
            )
        } else {
            let c = rng.pick(&CULTURES);
            (
                format!("{} {}", rng.pick(&c.given), rng.pick(&c.family)),
                None,
                c.country,
                rng.pick(&c.cities).to_string(),
            )
        };
        let base = homecoming_check::slugify(latin.as_deref().unwrap_or(&name));
        let mut id = format!("{base}-{year}");
        let mut k = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{year}-{k}");
            k += 1;
        }
        let (ind_id, _, employers, titles) = rng.pick(&INDUSTRIES);
        let mut rec = json!({
            "$schema": schema("alumnus"),
            "id": id,
            "name": name,
            "class_year": year,
            "degree": rng.pick(&degrees),
            "major": rng.pick(&majors),
            "city": city,
            "country": country,
            "employer": rng.pick(employers),
            "job_title": rng.pick(titles),
            "industry": ind_id,
        });
        let obj = rec.as_object_mut().expect("object");
        if let Some(l) = latin {
            obj.insert("name_latin".into(), json!(l));
        }
        optional_fields(&mut rng, obj, &name, year, titles, country, &id);
        let mut choices = consent(&mut rng);
        alumni_level(&mut choices, &id);
        if obj.contains_key("mentor") {
            // Offering mentoring is consenting to be found for it (no draw: the rest stays).
            choices["public"]
                .as_array_mut()
                .expect("a list")
                .push(json!("mentoring"));
        }
        obj.insert("consent".into(), choices);
        records.push(rec);
    }
    for mut rec in records {
        let obj = rec.as_object_mut().expect("object");
        if !obj.contains_key("$schema") {
            // Curated records: put $schema first like the generated ones.
            let mut with = serde_json::Map::new();
            with.insert("$schema".into(), json!(schema("alumnus")));
            with.extend(obj.clone());
            *obj = with;
        }
        let id = obj["id"].as_str().expect("id").to_string();
        used.insert(id.clone());
        people.push(Person {
            id: id.clone(),
            year: obj["class_year"].as_i64().unwrap_or(2000) as i32,
            listed: obj["consent"]["listed"].as_bool().unwrap_or(false),
        });
        write_json(&dir.join(format!("{id}.json")), &rec)?;
    }
    Ok(people)
}

/// The fields a generated alumnus may or may not have.
fn optional_fields(
    rng: &mut Rng,
    obj: &mut serde_json::Map<String, Value>,
    name: &str,
    year: i32,
    titles: &[&str],
    country: &str,
    id: &str,
) {
    if rng.chance(10) {
        let c = rng.pick(&CULTURES);
        let first = name.split(' ').next().unwrap_or(name);
        obj.insert(
            "former_names".into(),
            json!([format!("{first} {}", rng.pick(&c.family))]),
        );
    }
    if rng.chance(25) {
        obj.insert(
            "bio".into(),
            json!(format!(
                "Class of {year}. Happy to talk about {} with anyone from Northbrook.",
                rng.pick(titles).to_lowercase()
            )),
        );
    }
    let chapters: Vec<&str> = CHAPTERS
        .iter()
        .filter(|c| c.3 == country)
        .map(|c| c.0)
        .collect();
    if !chapters.is_empty() && rng.chance(40) {
        obj.insert("chapters".into(), json!(chapters));
    }
    if rng.chance(15) {
        let mut mentor = json!({"capacity": 1 + rng.below(3), "topics": [rng.pick(titles).to_lowercase()], "languages": languages(country)});
        if rng.chance(25) {
            mentor["previous_industry"] = json!(rng.pick(&INDUSTRIES).0);
        }
        obj.insert("mentor".into(), mentor);
    }
    if rng.chance(30) {
        obj.insert(
            "contact".into(),
            json!({"method": "email", "address": format!("{}@example.com", id)}),
        );
    }
}

/// Listed or not, and which fields the person made public.
fn consent(rng: &mut Rng) -> Value {
    let listed = !rng.chance(8);
    let mut public: Vec<&str> = vec![];
    for (field, p) in [
        ("name_latin", 100),
        ("former_names", 80),
        ("city", 85),
        ("country", 95),
        ("employer", 75),
        ("job_title", 75),
        ("industry", 90),
        ("bio", 90),
        ("chapters", 90),
        ("contact", 60),
    ] {
        if rng.chance(p) {
            public.push(field);
        }
    }
    json!({"listed": listed, "public": public})
}

/// Some of what a person keeps from the public they show fellow alumni: a field not public
/// is alumni-only about half the time, by a hash of the id (no draw from `rng`, so the rest
/// of the sample stays as it was).
fn alumni_level(consent: &mut Value, id: &str) {
    let public: Vec<String> = (consent["public"].as_array().into_iter().flatten())
        .filter_map(|f| f.as_str().map(String::from))
        .collect();
    let alumni: Vec<&str> = ["city", "employer", "job_title", "contact"]
        .into_iter()
        .filter(|f| !public.iter().any(|p| p == f))
        .filter(|f| {
            let h = (id.bytes().chain(f.bytes())).fold(0x811c_9dc5_u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            });
            h % 2 == 0
        })
        .collect();
    if !alumni.is_empty() {
        consent["alumni"] = json!(alumni);
    }
}

fn timeline(out: &Path) -> io::Result<()> {
    for (id, date, title, story, tags) in TIMELINE.iter() {
        let mut rec = json!({"$schema": schema("timeline-entry"), "id": id, "date": date, "title": title, "story": story, "tags": tags});
        let photos: &[&str] = match *id {
            "river-race" => &["river-race-1974/start"],
            "centenary" => &["centenary-1998/procession", "centenary-1998/capsule"],
            "library-extension" => &["then-and-now/library-1981"],
            _ => &[],
        };
        if !photos.is_empty() {
            rec["photos"] = json!(photos);
        }
        write_json(&out.join("timeline").join(format!("{id}.json")), &rec)?;
    }
    Ok(())
}

fn gallery(out: &Path, people: &[Person]) -> io::Result<()> {
    let mut rng = Rng(0xa1b2_c3d4_e5f6_0718);
    for (ai, (id, title, year, place, desc, photos)) in ALBUMS.iter().enumerate() {
        let dir = out.join("gallery/photos").join(id);
        fs::create_dir_all(&dir)?;
        let mut list = Vec::new();
        for (pi, (pid, caption)) in photos.iter().enumerate() {
            let photo_year = pid
                .rsplit('-')
                .next()
                .and_then(|y| y.parse::<i32>().ok())
                .unwrap_or(*year);
            let file = dir.join(format!("{pid}.jpg"));
            if !file.exists() {
                scene(&file, ai * 10 + pi, photo_year)?;
            }
            let mut rec = json!({"id": pid, "file": format!("gallery/photos/{id}/{pid}.jpg"), "caption": caption, "year": photo_year, "place": place});
            // People in the photo: alumni whose years on campus cover the photo's year.
            let here: Vec<&Person> = people
                .iter()
                .filter(|p| p.year >= photo_year && p.year <= photo_year + 4)
                .collect();
            if !here.is_empty() && rng.chance(60) {
                let mut ids: Vec<String> = (0..1 + rng.below(3))
                    .map(|_| rng.pick(&here).id.clone())
                    .collect();
                ids.sort();
                ids.dedup();
                rec["people"] = json!(ids);
            }
            if *id == "river-race-1974" && *pid == "start" {
                rec["timeline"] = json!("river-race");
            }
            if *id == "centenary-1998" && *pid == "alumni" {
                // One listed and one unlisted person: the build must drop the unlisted name.
                rec["people"] = json!(["ingrid-vestergaard", "wang-xiaoming"]);
            }
            if *id == "centenary-1998" && *pid == "capsule" {
                rec["timeline"] = json!("centenary");
            }
            list.push(rec);
        }
        let mut album = json!({"$schema": schema("album"), "id": id, "title": title, "year": year, "place": place, "description": desc, "cover": photos[0].0, "photos": list});
        if *id == "then-and-now" {
            // Photos come in pairs: the place then, the place now.
            album["pairs"] = json!(photos
                .chunks(2)
                .map(|p| json!({"then": p[0].0, "now": p[1].0}))
                .collect::<Vec<_>>());
        }
        write_json(&out.join("gallery").join(format!("{id}.json")), &album)?;
    }
    Ok(())
}

/// A simple campus scene: sky, sun, buildings with windows, lawn. Older years are sepia.
fn scene(path: &Path, seed: usize, year: i32) -> io::Result<()> {
    let (w, h) = (1280u32, 853u32);
    let mut rng = Rng(0x1234_5678 + seed as u64 * 7919);
    let sky_top = [
        60 + rng.below(60) as i32,
        110 + rng.below(60) as i32,
        170 + rng.below(60) as i32,
    ];
    let sun_x = 80 + rng.below(480) as i32;
    let buildings: Vec<(u32, u32, u32, [i32; 3])> = (0..4 + rng.below(4))
        .map(|_| {
            let x = rng.below(w as usize) as u32;
            let bw = 60 + rng.below(160) as u32;
            let bh = 80 + rng.below(180) as u32;
            let c = [
                120 + rng.below(80) as i32,
                60 + rng.below(60) as i32,
                40 + rng.below(60) as i32,
            ];
            (x, bw, bh, c)
        })
        .collect();
    let sepia = year < 1990;
    let ground = h * 3 / 4;
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let mut c = if y >= ground {
            [60, 120 + ((x * 7 + y * 3) % 20) as i32, 50]
        } else {
            let t = y as f32 / ground as f32;
            [
                (sky_top[0] as f32 + t * 80.0) as i32,
                (sky_top[1] as f32 + t * 60.0) as i32,
                (sky_top[2] as f32 + t * 30.0) as i32,
            ]
        };
        let (dx, dy) = (x as i32 - sun_x, y as i32 - 70);
        if dx * dx + dy * dy < 900 {
            c = [250, 220, 120];
        }
        for (bx, bw, bh, bc) in &buildings {
            if x >= *bx && x < bx + bw && y < ground && y >= ground - bh {
                let window = (x - bx) % 18 > 8
                    && (y + bh - ground) % 22 > 10
                    && (x - bx) > 6
                    && (y > ground - bh + 8);
                c = if window { [235, 225, 170] } else { *bc };
            }
        }
        if sepia {
            let l = (c[0] * 3 + c[1] * 6 + c[2]) / 10;
            c = [l + 30, l + 15, l - 10];
        }
        image::Rgb(c.map(|v| v.clamp(0, 255) as u8))
    });
    let file = fs::File::create(path)?;
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(io::BufWriter::new(file), 60);
    enc.encode_image(&img).map_err(io::Error::other)
}

fn events(out: &Path) -> io::Result<()> {
    let office = json!({"label": "Alumni office", "href": "mailto:alumni@northbrook.example.edu"});
    let hall = json!({"name": "Great Hall", "address": "1 Mill Street", "city": "Northbrook", "country": "GB", "lat": 53.4794, "lon": -2.2453});
    let list = vec![
        json!({"id": "class-of-1977-50th-reunion", "title": "Class of 1977: 50th reunion", "kind": "reunion", "summary": "Fifty years on: dinner in the Great Hall and a row on the river.", "description": "Join your classmates for a weekend on campus.\n\n- Friday: welcome drinks in the Union\n- Saturday: **reunion dinner** in the Great Hall\n- Sunday: a gentle row, bell included", "starts_at": "2027-06-04T18:00", "ends_at": "2027-06-06T13:00", "time_zone": "Europe/London", "venue": hall, "registration": {"url": "https://northbrook.example.edu/events/1977-reunion", "deadline": "2027-05-15T23:59"}, "organiser": office, "class_year": 1977}),
        json!({"id": "class-of-2002-25th-reunion", "title": "Class of 2002: 25th reunion", "kind": "reunion", "summary": "A quarter century since the class of 2002 graduated.", "description": "Campus tours, a family picnic and the reunion party.", "starts_at": "2027-09-18T11:00", "ends_at": "2027-09-18T23:00", "time_zone": "Europe/London", "venue": hall, "registration": {"url": "https://northbrook.example.edu/events/2002-reunion", "deadline": "2027-09-01T17:00"}, "organiser": office, "class_year": 2002}),
        json!({"id": "class-of-2016-10th-reunion", "title": "Class of 2016: 10th reunion", "kind": "reunion", "summary": "Ten years on, back in the Union bar.", "description": "It was a great night. Photos are in the gallery.", "starts_at": "2026-06-20T19:00", "ends_at": "2026-06-20T23:30", "time_zone": "Europe/London", "venue": hall, "organiser": office, "class_year": 2016, "album": "reunion-2016"}),
        json!({"id": "alumni-weekend-2027", "title": "Alumni Weekend 2027", "kind": "alumni-weekend", "summary": "Lectures, the River Race and the Winter Ball, in one weekend.", "description": "Themed days for every decade: *the sixties* on Friday, *the nineties* on Saturday.\n\nThe clocks go forward on Sunday morning, so the late party ends an hour early by the clock.", "starts_at": "2027-03-26T17:00", "ends_at": "2027-03-28T03:30", "time_zone": "Europe/London", "venue": hall, "registration": {"url": "https://northbrook.example.edu/weekend"}, "organiser": office}),
        json!({"id": "shanghai-chapter-autumn-meetup", "title": "上海校友会 · Shanghai chapter: autumn meetup", "kind": "chapter-meetup", "summary": "Mooncakes, a river view and alumni from every decade.", "description": "Hosted by 王小明 (Wang Xiaoming). Everyone welcome.", "starts_at": "2026-12-12T19:00", "ends_at": "2026-12-12T22:00", "time_zone": "Asia/Shanghai", "venue": {"name": "Bund Rooftop Room", "address": "18 Zhongshan East 1st Road", "city": "Shanghai", "country": "CN", "lat": 31.2397, "lon": 121.4905}, "registration": {"url": "https://northbrook.example.edu/events/shanghai-autumn", "deadline": "2026-12-10T18:00"}, "organiser": {"label": "Shanghai chapter", "href": "mailto:shanghai@northbrook.example.edu"}, "chapter": "shanghai"}),
        json!({"id": "new-york-chapter-spring-drinks", "title": "New York chapter: spring drinks", "kind": "chapter-meetup", "summary": "After-work drinks in Midtown.", "description": "No speeches. Just drinks and old friends.", "starts_at": "2027-04-15T18:30", "ends_at": "2027-04-15T21:00", "time_zone": "America/New_York", "venue": {"name": "The Library Bar", "address": "299 Madison Avenue", "city": "New York", "country": "US", "lat": 40.7527, "lon": -73.9787}, "organiser": {"label": "New York chapter", "href": "mailto:newyork@northbrook.example.edu"}, "chapter": "new-york"}),
        json!({"id": "berlin-chapter-summer-picnic", "title": "Berlin chapter: summer picnic", "kind": "chapter-meetup", "summary": "A picnic in the Tiergarten.", "description": "Bring something to share.", "starts_at": "2026-07-11T13:00", "ends_at": "2026-07-11T18:00", "time_zone": "Europe/Berlin", "venue": {"name": "Tiergarten, by the Rousseau island", "address": "Großer Tiergarten", "city": "Berlin", "country": "DE", "lat": 52.5145, "lon": 13.3501}, "organiser": {"label": "Berlin chapter", "href": "mailto:berlin@northbrook.example.edu"}, "chapter": "berlin"}),
        json!({"id": "career-talk-finance-to-tech", "title": "Career talk: from finance to tech", "kind": "career-talk", "summary": "Three alumni on changing industry mid-career.", "description": "With Margaret Okafor (class of 1977) and José Muñoz (class of 2016).", "starts_at": "2027-02-03T18:00", "ends_at": "2027-02-03T19:30", "time_zone": "Europe/London", "venue": {"name": "Business School, Room 1.04", "address": "2 Mill Street", "city": "Northbrook", "country": "GB"}, "online_url": "https://meet.example.org/finance-to-tech", "registration": {"url": "https://northbrook.example.edu/events/finance-to-tech", "deadline": "2027-02-02T12:00"}, "organiser": {"label": "Careers office", "href": "mailto:careers@northbrook.example.edu"}}),
        json!({"id": "career-talk-medicine-abroad", "title": "Career talk: practising medicine abroad", "kind": "career-talk", "summary": "Alumni doctors on working in three continents.", "description": "Recorded; the recording is in the career library.", "starts_at": "2026-03-10T18:00", "ends_at": "2026-03-10T19:30", "time_zone": "Europe/London", "online_url": "https://meet.example.org/medicine-abroad", "organiser": {"label": "Careers office", "href": "mailto:careers@northbrook.example.edu"}}),
        json!({"id": "online-global-coffee", "title": "Global alumni coffee (online)", "kind": "online", "summary": "Thirty minutes, random breakout rooms, alumni from everywhere.", "description": "Timed for mornings in the Americas and evenings in Asia.", "starts_at": "2027-01-20T14:00", "ends_at": "2027-01-20T14:30", "time_zone": "UTC", "online_url": "https://meet.example.org/global-coffee", "organiser": office}),
        json!({"id": "founders-day-2026", "title": "Founders' Day", "kind": "alumni-weekend", "summary": "The campus open to alumni all day, with the time capsule letters on show.", "description": "An all-day open campus.", "starts_at": "2026-09-15", "ends_at": "2026-09-15", "all_day": true, "time_zone": "Europe/London", "venue": hall, "organiser": office}),
        json!({"id": "founders-day-2027", "title": "Founders' Day 2027", "kind": "alumni-weekend", "summary": "An open campus day for the 129th birthday.", "description": "All day, all welcome.", "starts_at": "2027-09-15", "ends_at": "2027-09-15", "all_day": true, "time_zone": "Europe/London", "venue": hall, "organiser": office}),
    ];
    for rec in list {
        let mut rec = rec;
        let id = rec["id"].as_str().expect("id").to_string();
        let mut with = serde_json::Map::new();
        with.insert("$schema".into(), json!(schema("event")));
        with.extend(rec.as_object_mut().expect("object").clone());
        write_json(
            &out.join("events").join(format!("{id}.json")),
            &Value::Object(with),
        )?;
    }
    Ok(())
}

fn careers(out: &Path, people: &[Person]) -> io::Result<()> {
    let topics: &[(&str, &str, &str)] = &[
        ("job-search", "Finding roles that are never advertised", "Most good jobs are filled through people. How to ask alumni for a conversation, not a job."),
        ("job-search", "A weekly routine for a job search", "Ninety minutes a day, five days a week, and a spreadsheet."),
        ("job-search", "Searching for work in another country", "Visas, recognised degrees and where alumni chapters can help."),
        ("cv-and-resume", "A one-page CV template", "A plain, well-spaced template that reads well on a phone."),
        ("cv-and-resume", "Writing a CV after a career break", "Say what you did, briefly, and move on to what you can do."),
        ("cv-and-resume", "CVs for academic positions", "Publications, teaching and grants, in the order committees read them."),
        ("interviews", "Answering 'tell me about yourself'", "Two minutes, three parts: now, before, next."),
        ("interviews", "Case interviews in consulting", "Structure first, numbers second, and say your thinking out loud."),
        ("interviews", "Technical interviews for software roles", "Practise aloud; clarify first; test your own code."),
        ("industry-reports", "Graduate salaries by industry, 2026", "What alumni in 22 industries earned in their first three years."),
        ("industry-reports", "The state of renewable energy jobs", "Where the work is and which skills transfer."),
        ("industry-reports", "Healthcare staffing trends", "Demand for nurses and physicians to 2030."),
        ("entrepreneurship", "From idea to first customer", "Talk to twenty customers before you write a line of code."),
        ("entrepreneurship", "Funding options for alumni founders", "Grants, angels, the alumni fund and when to say no."),
        ("entrepreneurship", "A simple business plan template", "Ten questions, one page each."),
        ("further-study", "Choosing a master's programme", "Why, where, and how to pay for it."),
        ("further-study", "Applying for a PhD", "Find the supervisor first, the programme second."),
        ("recruitment", "Hiring Northbrook students and graduates", "How employers can post roles and meet students."),
        ("recruitment", "Running a fair interview panel", "Structured questions, scored separately, discussed together."),
        ("interviews", "Salary negotiation basics", "Know your range, ask for time, negotiate the whole package."),
    ];
    let stages = [
        "student",
        "early-career",
        "mid-career",
        "senior",
        "career-change",
    ];
    let formats = ["guide", "template", "video", "report"];
    let mut rng = Rng(0xc0ff_ee00_1234_5678);
    let listed: Vec<&Person> = people.iter().filter(|p| p.listed).collect();
    fs::create_dir_all(out.join("careers/files"))?;
    fs::write(out.join("careers/files/one-page-cv-template.md"), "# Your Name\n\nemail · phone · city\n\n## Experience\n\n**Role**, Employer — 2020 to now\n\n- What you achieved, with a number.\n\n## Education\n\n**Degree**, Northbrook University — year\n")?;
    fs::write(out.join("careers/files/business-plan-template.md"), "# Business plan\n\n1. What problem do you solve?\n2. For whom?\n3. How do they solve it today?\n4. Why now?\n5. How will you reach them?\n6. How will you make money?\n7. Who is on the team?\n8. What will you do in the first 90 days?\n9. What do you need?\n10. What could go wrong?\n")?;
    for i in 0..40 {
        let (category, title, summary) = topics[i % topics.len()];
        let industry = INDUSTRIES[(i * 7) % INDUSTRIES.len()].0;
        let title = if i < topics.len() {
            title.to_string()
        } else {
            format!(
                "{title}: a guide for {}",
                INDUSTRIES[(i * 7) % INDUSTRIES.len()].1.to_lowercase()
            )
        };
        let id = homecoming_check::slugify(&title);
        let format = if title.contains("template") {
            "template"
        } else if category == "industry-reports" {
            "report"
        } else {
            formats[i % 3]
        };
        let mut rec = json!({
            "$schema": schema("resource"),
            "id": id,
            "title": title,
            "category": category,
            "stages": [stages[i % 5], stages[(i + 2) % 5]],
            "industry": industry,
            "format": format,
            "summary": summary,
            "body": format!("{summary}\n\n## In short\n\n1. Start small.\n2. Ask alumni: most are glad to help.\n3. Write down what you learn.\n\nQuestions? Write to [the careers office](mailto:careers@northbrook.example.edu)."),
            "published": format!("2026-{:02}-{:02}", 1 + i % 10, 1 + (i * 3) % 28),
        });
        if i % 3 == 0 && !listed.is_empty() {
            rec["author"] = json!(rng.pick(&listed).id);
        } else if i % 3 == 1 {
            rec["author_name"] = json!("Northbrook Careers Office");
        }
        if title == "A one-page CV template" {
            rec["file"] = json!("careers/files/one-page-cv-template.md");
        } else if title == "A simple business plan template" {
            rec["file"] = json!("careers/files/business-plan-template.md");
        } else if format == "video" {
            rec["url"] = json!(format!("https://video.example.org/northbrook/{id}"));
        }
        write_json(&out.join("careers").join(format!("{id}.json")), &rec)?;
    }
    Ok(())
}
