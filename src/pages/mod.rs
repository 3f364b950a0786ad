//! One file per page. Each page loads what it needs through `widgets::Async` and renders
//! `model` types; none of them knows a URL except through `routes::Route`.
pub mod album;
pub mod alumnus;
pub mod careers;
pub mod chapter;
pub mod chapters;
pub mod class;
pub mod directory;
pub mod event;
pub mod events;
pub mod gallery;
pub mod giving;
pub mod home;
pub mod members;
pub mod mentors;
pub mod not_found;
pub mod resource;
pub mod timeline;
pub mod update;
pub mod voice;
