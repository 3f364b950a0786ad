//! `/members`: alumni-only details unlocked with the office's passphrase, and locked again.
//! The key never leaves WebCrypto (`crate::members`); this page only asks for the passphrase
//! and says what happened.

use crate::members::{self, Unlock};
use crate::widgets::{t, use_title, Async};
use homecoming_core::members::Meta;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Locked,
    Working,
    Wrong,
    Cannot,
    Unlocked,
    LockedAgain,
}

#[component]
pub fn MembersPage() -> impl IntoView {
    let s = t().members;
    use_title(move || s.title.to_string());
    view! {
        <section class="page narrow">
            <h1>{s.title}</h1>
            <p class="lede">{s.intro}</p>
            <Async load=|| async {
                let meta = members::meta().await?;
                let unlocked = members::unlocked().await;
                Ok((meta, unlocked))
            } render=move |(meta, unlocked): (Arc<Meta>, bool)| match meta.lock.as_ref() {
                None => view! { <p class="empty">{s.not_offered}</p> }.into_any(),
                Some(lock) => view! {
                    <p class="meta">{(s.people)(lock.people)}</p>
                    <UnlockForm start=if unlocked { Status::Unlocked } else { Status::Locked }/>
                    <p class="meta">{s.share_warning}</p>
                }.into_any(),
            }/>
        </section>
    }
}

#[component]
fn UnlockForm(start: Status) -> impl IntoView {
    let s = t().members;
    let status = RwSignal::new(start);
    let passphrase = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if status.get_untracked() == Status::Working {
            return;
        }
        status.set(Status::Working);
        let text = passphrase.get_untracked();
        leptos::task::spawn_local(async move {
            let result = members::unlock(&text).await;
            status.set(match result {
                Unlock::Unlocked => {
                    passphrase.set(String::new());
                    Status::Unlocked
                }
                Unlock::Wrong => Status::Wrong,
                Unlock::Cannot => Status::Cannot,
            });
        });
    };
    let lock = move |_| {
        leptos::task::spawn_local(async move {
            members::lock_again().await;
            status.set(Status::LockedAgain);
        });
    };
    move || {
        match status.get() {
        Status::Unlocked => view! {
            <div class="members-open">
                <p role="status">{s.unlocked}</p>
                <button type="button" class="button secondary" on:click=lock>{s.lock_again}</button>
            </div>
        }
        .into_any(),
        current => view! {
            <form class="members-form" on:submit=submit>
                {(current == Status::LockedAgain).then(|| view! { <p role="status">{s.locked_again}</p> })}
                <label for="members-passphrase">{s.passphrase_label}</label>
                <input id="members-passphrase" name="passphrase" type="password" autocomplete="current-password"
                    required=true aria-describedby="members-help"
                    aria-invalid=move || (status.get() == Status::Wrong).to_string()
                    prop:value=move || passphrase.get()
                    on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                <p id="members-help" class="meta">{s.passphrase_help}</p>
                {match current {
                    Status::Wrong => Some(view! { <p class="error" role="alert">{s.wrong}</p> }),
                    Status::Cannot => Some(view! { <p class="error" role="alert">{s.cannot}</p> }),
                    _ => None,
                }}
                <button type="submit" class="button" disabled=move || status.get() == Status::Working>
                    {move || if status.get() == Status::Working { s.unlocking } else { s.unlock }}
                </button>
            </form>
        }
        .into_any(),
    }
    }
}
