//! The strings of alumni-only details (`Strings::members`): `/members`, and the marks on
//! profiles and cards.

pub struct Members {
    pub nav: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub not_offered: &'static str,
    pub passphrase_label: &'static str,
    pub passphrase_help: &'static str,
    pub unlock: &'static str,
    pub unlocking: &'static str,
    pub wrong: &'static str,
    pub cannot: &'static str,
    pub unlocked: &'static str,
    pub lock_again: &'static str,
    pub locked_again: &'static str,
    pub share_warning: &'static str,
    /// People with alumni-only details on the site.
    pub people: fn(u32) -> String,
    /// The mark beside a detail only alumni see.
    pub mark: &'static str,
    /// On a profile, while locked.
    pub profile_hint: &'static str,
    pub profile_hint_link: &'static str,
    /// The update form: who sees a field.
    pub show_label: &'static str,
    pub show_public: &'static str,
    pub show_alumni: &'static str,
    pub show_private: &'static str,
    pub form_unlock_first: &'static str,
}

pub const EN: Members = Members {
    nav: "Alumni only",
    title: "Alumni-only details",
    intro: "Some alumni show where they live and work, or how to reach them, only to fellow alumni. The alumni office gives graduates a passphrase that unlocks these details in this browser.",
    not_offered: "This site publishes no alumni-only details: everything it shows is public.",
    passphrase_label: "Passphrase from the alumni office",
    passphrase_help: "Capitals, spaces and punctuation count. Unlocking takes a moment on purpose: it makes guessing slow.",
    unlock: "Unlock",
    unlocking: "Unlocking…",
    wrong: "That passphrase did not unlock the details. Check it against the office's message and try again, or ask the alumni office for it.",
    cannot: "This browser cannot unlock the details: it needs a secure (https) connection and a current browser.",
    unlocked: "Unlocked in this browser until you close it. Profiles and cards now show alumni-only details, marked “alumni only”.",
    lock_again: "Lock again",
    locked_again: "Locked. Alumni-only details are hidden again in this browser.",
    share_warning: "Anyone with the passphrase can read every alumni-only detail, so keep it among alumni: don't post it or forward it.",
    people: |n| match n {
        1 => "1 person shows details to alumni only.".into(),
        n => format!("{n} people show details to alumni only."),
    },
    mark: "alumni only",
    profile_hint: "Alumni may see more of this profile.",
    profile_hint_link: "Unlock alumni-only details",
    show_label: "Who sees this:",
    show_public: "Everyone",
    show_alumni: "Alumni only",
    show_private: "Only the alumni office",
    form_unlock_first: "Details you show to alumni only are not in this form until you unlock them; left as they are, the request makes them visible to the office only.",
};
