//! What the browser app and the build both use: the domain model the site renders, the one place
//! that knows every URL, every interface string, search folding and matching, directory facets,
//! mentor ranking, and the directory index's format and reader.
//!
//! Architecture invariant: plain Rust on serde and std. No I/O, no leptos, web-sys or
//! wasm-bindgen, no build-time crates (image, markdown, pinyin): it compiles natively and to
//! wasm, and `cargo test -p homecoming-core` tests it without a browser.

pub mod community;
pub mod facets;
pub mod i18n;
pub mod index;
pub mod members;
pub mod mentors;
pub mod model;
pub mod routes;
pub mod search;
pub mod vocab;
