//! Alumni-only details sealed for a static host: AES-256-GCM under a key derived from the
//! office's passphrase (PBKDF2-HMAC-SHA256, `members::ITERATIONS`, a new random salt in every
//! build), one file per `members::PEOPLE_PER_FILE` people in directory order, each with its
//! own random nonce and its name as additional data. Format: `homecoming_core::members`.
//! Without a passphrase, no alumni-only value is written at all.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use homecoming_core::members::{self, Chunk, Lock, MembersOnly, Meta};
use homecoming_core::model::PublicAlumnus;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::Path;

/// The environment variable the passphrase comes from: a CI secret, never the repository.
pub const PASSPHRASE_VAR: &str = "HOMECOMING_MEMBERS_PASSPHRASE";

/// A passphrase that passed `members::passphrase_problem`.
pub struct Passphrase(String);

impl Passphrase {
    /// The passphrase, or why it is refused, written for the person who set it.
    pub fn new(text: &str) -> Result<Passphrase, String> {
        match members::passphrase_problem(text) {
            None => Ok(Passphrase(text.to_string())),
            Some(why) => Err(format!(
                "{PASSPHRASE_VAR} is refused: {why}.\n  Alumni-only details are published encrypted, and anyone can download the ciphertext and try passphrases offline for as long as they like, so the passphrase is all that protects them.\n  Use at least 4 random words and 20 characters (for example four words picked by dice from a word list), set it as a secret in CI, and give it to alumni through the office."
            )),
        }
    }

    /// From `PASSPHRASE_VAR`; `None` when it is unset or empty.
    pub fn from_env() -> Result<Option<Passphrase>, String> {
        match std::env::var(PASSPHRASE_VAR) {
            Ok(text) if !text.is_empty() => Passphrase::new(&text).map(Some),
            _ => Ok(None),
        }
    }
}

/// What `write` published.
pub struct Sealed {
    /// People whose alumni-only details were published (encrypted).
    pub people: usize,
    pub files: usize,
    /// People with alumni-only details that were left out, for want of a passphrase.
    pub withheld: usize,
}

fn random<const N: usize>() -> io::Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(format!("no randomness: {e}")))?;
    Ok(bytes)
}

/// The AES-256 key of `passphrase` and `salt`.
pub fn derive_key(passphrase: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), salt, iterations, &mut key);
    key
}

/// Nonce, then ciphertext and tag.
fn seal(cipher: &Aes256Gcm, plain: &[u8], aad: &str) -> io::Result<Vec<u8>> {
    let nonce = random::<12>()?;
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| io::Error::other("encryption failed"))?;
    Ok([nonce.as_slice(), &sealed].concat())
}

/// Writes `data/members/` afresh: the old files (and with them the old salt and passphrase)
/// are gone with every build. `people` is in directory order.
pub fn write(
    dist: &Path,
    people: &[PublicAlumnus],
    details: &HashMap<String, MembersOnly>,
    passphrase: Option<&Passphrase>,
) -> io::Result<Sealed> {
    let dir = dist.join("data/members");
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    let Some(Passphrase(passphrase)) = passphrase else {
        fs::write(
            dist.join(members::META_FILE),
            serde_json::to_string(&Meta { lock: None })?,
        )?;
        return Ok(Sealed {
            people: 0,
            files: 0,
            withheld: details.len(),
        });
    };
    let mut chunks: BTreeMap<u32, Chunk> = BTreeMap::new();
    for (n, p) in people.iter().enumerate() {
        if let Some(only) = details.get(&p.id) {
            let n = n as u32;
            (chunks.entry(members::file_of(n)).or_default()).insert(n, only.clone());
        }
    }
    let salt = random::<16>()?;
    let key = derive_key(passphrase, &salt, members::ITERATIONS);
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key));
    chunks.par_iter().try_for_each(|(file, chunk)| {
        let plain = serde_json::to_vec(chunk)?;
        let sealed = seal(&cipher, &plain, &members::additional_data(*file))?;
        fs::write(dist.join(members::file_path(*file)), sealed)
    })?;
    let check = seal(
        &cipher,
        members::CHECK_TEXT.as_bytes(),
        members::CHECK_ADDITIONAL_DATA,
    )?;
    let lock = Lock {
        scheme: "PBKDF2-HMAC-SHA256 AES-256-GCM".into(),
        iterations: members::ITERATIONS,
        salt: members::to_hex(&salt),
        check: members::to_hex(&check),
        files: chunks.keys().copied().collect(),
        people: chunks.values().map(|c| c.len() as u32).sum(),
    };
    let people_sealed = lock.people as usize;
    fs::write(
        dist.join(members::META_FILE),
        serde_json::to_string(&Meta { lock: Some(lock) })?,
    )?;
    Ok(Sealed {
        people: people_sealed,
        files: chunks.len(),
        withheld: details.len().saturating_sub(people_sealed),
    })
}

/// Opens what `seal` sealed: `None` for a wrong key, a changed byte or another file's name.
pub fn open(key: &[u8; 32], sealed: &[u8], aad: &str) -> Option<Vec<u8>> {
    let (nonce, body) = sealed.split_at_checked(12)?;
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key))
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: body,
                aad: aad.as_bytes(),
            },
        )
        .ok()
}
