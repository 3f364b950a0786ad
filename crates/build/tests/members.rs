//! Alumni-only details (#18) over the real sample: with a passphrase, no alumni-only value is in
//! `dist/` as plain text, and an independent implementation (Python's `cryptography`, that is
//! OpenSSL: `scripts/members/open.py`) opens what the build sealed, to exactly the details
//! check returned; a wrong passphrase opens nothing; every build has a new salt and leaves no
//! file of the last; without a passphrase nothing alumni-only is written.

use homecoming_core::members::{self, Chunk, Meta};
use homecoming_core::model::ContactMethod;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const TRUNK: &str = "<!doctype html><html><head><title>Alumni</title></head>\
<body><div id=\"boot\" class=\"boot\"><p>Loading…</p></div></body></html>";
const PASSPHRASE: &str = "lantern harbour rowing bell";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn built(name: &str, passphrase: Option<&str>) -> (homecoming_check::SiteData, PathBuf) {
    let root = root();
    std::env::set_current_dir(&root).unwrap();
    let data = homecoming_check::check(Path::new("content"), &homecoming_build::RENDER)
        .data
        .expect("the sample content checks");
    let dist = root.join(format!("target/tmp/members-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), TRUNK).unwrap();
    let pass = passphrase.map(|p| homecoming_build::members::Passphrase::new(p).unwrap());
    homecoming_build::build(&data, Path::new("content"), &dist, "/", pass.as_ref()).unwrap();
    (data, dist)
}

fn meta(dist: &Path) -> Meta {
    serde_json::from_str(&std::fs::read_to_string(dist.join(members::META_FILE)).unwrap()).unwrap()
}

/// Every file under `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// `scripts/members/open.py` on file `number`: its output, or its exit code.
fn open_with_python(dist: &Path, number: u32, passphrase: &str) -> Result<String, i32> {
    let mut child = Command::new("python3")
        .arg(root().join("scripts/members/open.py"))
        .arg(dist)
        .arg(number.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs (apt-get install python3 python3-cryptography)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(passphrase.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("ModuleNotFoundError"),
        "Python's cryptography is missing (apt-get install python3-cryptography): {stderr}"
    );
    match out.status.code() {
        Some(0) => Ok(String::from_utf8(out.stdout).unwrap()),
        code => Err(code.unwrap_or(-1)),
    }
}

#[test]
fn sealed_details_open_elsewhere_and_nowhere_in_plain_text() {
    let (data, dist) = built("sealed", Some(PASSPHRASE));
    assert!(
        data.members.len() >= 20,
        "the sample has people with alumni-only details"
    );
    // Canaries: every alumni-only email address (an employer or a city may be another
    // person's public one).
    let canaries: Vec<String> = (data.members.values())
        .filter_map(|m| match &m.contact {
            Some(ContactMethod::Email { address }) => Some(address.clone()),
            _ => None,
        })
        .collect();
    assert!(canaries.len() >= 5, "{canaries:?}");
    assert!(canaries.contains(&"thomas.hughes@example.com".to_string()));
    for file in files(&dist) {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for canary in &canaries {
            assert!(
                !text.contains(canary.as_str()),
                "{} holds the alumni-only value {canary}",
                file.display()
            );
        }
    }
    let lock = meta(&dist).lock.expect("a passphrase was set");
    assert_eq!(lock.iterations, 600_000);
    assert_eq!(lock.people as usize, data.members.len());
    // Every file, opened by OpenSSL, holds exactly check's details of its people.
    let people = homecoming_build::index::order(&data.alumni);
    let mut opened = 0;
    for &file in &lock.files {
        let chunk: Chunk =
            serde_json::from_str(&open_with_python(&dist, file, PASSPHRASE).unwrap()).unwrap();
        for (number, only) in &chunk {
            assert_eq!(members::file_of(*number), file);
            let id = &people[*number as usize].id;
            assert_eq!(Some(only), data.members.get(id), "{id}");
            opened += 1;
        }
    }
    assert_eq!(opened, data.members.len());
    // Thomas Hughes: alumni see where he works and how to write to him, never his industry.
    let thomas = people.iter().position(|p| p.id == "thomas-hughes").unwrap() as u32;
    let chunk: Chunk = serde_json::from_str(
        &open_with_python(&dist, members::file_of(thomas), PASSPHRASE).unwrap(),
    )
    .unwrap();
    let only = &chunk[&thomas];
    assert_eq!(only.employer.as_deref(), Some("Marlowe & Co"));
    assert!(only.industry.is_none());
    // A wrong passphrase opens nothing.
    assert_eq!(
        open_with_python(&dist, lock.files[0], "lantern harbour rowing bells"),
        Err(3)
    );
    // The build's own reader agrees, and a file opened under another file's name fails.
    let key = homecoming_build::members::derive_key(
        PASSPHRASE,
        &members::from_hex(&lock.salt).unwrap(),
        lock.iterations,
    );
    let first = std::fs::read(dist.join(members::file_path(lock.files[0]))).unwrap();
    let aad = members::additional_data(lock.files[0]);
    assert!(homecoming_build::members::open(&key, &first, &aad).is_some());
    let other = members::additional_data(lock.files[0] + 1);
    assert!(homecoming_build::members::open(&key, &first, &other).is_none());
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn each_build_seals_afresh_and_none_without_a_passphrase() {
    let (data, dist) = built("again", Some(PASSPHRASE));
    let salt = meta(&dist).lock.unwrap().salt;
    // A file of an older build (a person since gone) does not survive.
    std::fs::write(dist.join(members::file_path(9_999)), b"old").unwrap();
    let people = homecoming_build::index::order(&data.alumni);
    let pass = homecoming_build::members::Passphrase::new(PASSPHRASE).unwrap();
    homecoming_build::members::write(&dist, &people, &data.members, Some(&pass)).unwrap();
    assert_ne!(meta(&dist).lock.unwrap().salt, salt, "a new salt per build");
    assert!(!dist.join(members::file_path(9_999)).exists());
    // No passphrase: the site offers no alumni-only level and writes nothing sealed.
    let sealed = homecoming_build::members::write(&dist, &people, &data.members, None).unwrap();
    assert_eq!(sealed.withheld, data.members.len());
    assert_eq!(meta(&dist), Meta { lock: None });
    assert_eq!(files(&dist.join("data/members")).len(), 1);
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn weak_passphrases_are_refused_with_the_reason() {
    let short = homecoming_build::members::Passphrase::new("rowing bell")
        .err()
        .unwrap();
    assert!(short.contains("11 characters, fewer than 20"), "{short}");
    assert!(short.contains("offline"), "{short}");
    let one = homecoming_build::members::Passphrase::new("northbrookalumni2026secret");
    assert!(one.err().unwrap().contains("1 words, fewer than 4"));
}
