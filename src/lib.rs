//! Homecoming: a static alumni portal.
//!
//! Content flows one way: `content/*.json` → [`check`] (serde, then validation into the public
//! domain types of [`model`]) → `build` (data files, media, page shells) → `app` (Leptos pages
//! rendering [`model`] types). See ARCHITECTURE.md.
//!
//! [`model`], [`routes`] and [`i18n`] are plain Rust shared by the build tool and the browser app.
//! The build side (feature `cli`) and the app (feature `app`) never depend on each other.

pub mod facets;
pub mod i18n;
pub mod index;
pub mod mentors;
pub mod model;
pub mod routes;
pub mod search;

#[cfg(feature = "cli")]
pub mod build;
#[cfg(feature = "cli")]
pub mod calendar;
#[cfg(feature = "cli")]
pub mod check;
#[cfg(feature = "cli")]
pub mod content;
#[cfg(feature = "cli")]
pub mod images;
#[cfg(feature = "cli")]
pub mod markdown;
#[cfg(feature = "cli")]
pub mod names;
#[cfg(feature = "cli")]
pub mod sample;
#[cfg(feature = "cli")]
pub mod serve;

#[cfg(feature = "app")]
pub mod app;
