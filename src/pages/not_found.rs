use crate::widgets::{t, use_title, Link};
use homecoming_core::routes::Route;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let s = t();
    use_title(move || s.not_found_title.to_string());
    view! {
        <section class="page narrow not-found">
            <h1>{s.not_found_title}</h1>
            <p>{s.not_found_body}</p>
            <p><Link to=Route::Home class="button">{s.not_found_home}</Link></p>
        </section>
    }
}
