//! Every string the interface shows, in one place per language.
//!
//! A language is a `Strings` value; adding Simplified Chinese means adding one more constant, and
//! the compiler lists every string still missing. Content (names, stories, event titles) is not
//! translated here: it comes from `content/`.

/// The interface languages. Only English for now; `zh-Hans` comes later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
        }
    }

    /// BCP 47 tag for `<html lang>` and `Intl` formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}

pub struct Strings {
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_directory: &'static str,
    pub nav_timeline: &'static str,
    pub nav_gallery: &'static str,
    pub nav_events: &'static str,
    pub nav_careers: &'static str,
    pub footer_contact: &'static str,
    pub footer_privacy: &'static str,

    pub loading: &'static str,
    pub error_title: &'static str,
    pub error_retry: &'static str,
    pub error_network: fn(&str) -> String,
    pub error_status: fn(&str, u16) -> String,
    pub error_not_json: fn(&str) -> String,
    pub error_parse: fn(&str) -> String,
    pub error_what_to_do: &'static str,
    pub error_not_found_record: fn(&str, &str) -> String,
    pub panic_message: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,

    pub home_welcome: fn(&str) -> String,
    pub home_find_classmate: &'static str,
    pub home_upcoming: &'static str,
    pub home_from_archive: &'static str,
    pub home_see_all_events: &'static str,
    pub home_see_timeline: &'static str,
    pub home_stats: fn(usize, usize, usize) -> String,
    pub home_sections: &'static str,
    pub section_directory_blurb: &'static str,
    pub section_timeline_blurb: &'static str,
    pub section_gallery_blurb: &'static str,
    pub section_events_blurb: &'static str,
    pub section_careers_blurb: &'static str,

    pub directory_title: &'static str,
    pub directory_search_label: &'static str,
    pub directory_search_placeholder: &'static str,
    pub directory_year_label: &'static str,
    pub directory_any_year: &'static str,
    pub directory_count: fn(usize) -> String,
    pub directory_empty: &'static str,
    pub directory_empty_hint: &'static str,
    pub directory_clear: &'static str,
    pub show_more: &'static str,
    pub class_of: fn(i32) -> String,
    pub nee: fn(&str) -> String,

    pub profile_studied: &'static str,
    pub profile_works: &'static str,
    pub profile_lives: &'static str,
    pub profile_industry: &'static str,
    pub profile_chapters: &'static str,
    pub profile_contact: &'static str,
    pub profile_contact_email: &'static str,
    pub profile_contact_form: &'static str,
    pub profile_contact_linkedin: &'static str,
    pub profile_no_contact: &'static str,
    pub profile_mentor: fn(u8) -> String,
    pub profile_classmates: &'static str,
    pub profile_class_page: fn(i32) -> String,
    pub profile_also_known: &'static str,

    pub timeline_title: &'static str,
    pub timeline_intro: &'static str,
    pub timeline_jump: &'static str,
    pub timeline_empty: &'static str,
    pub decade: fn(i32) -> String,
    pub lens_label: &'static str,
    pub lens_none: &'static str,
    pub lens_hint: &'static str,
    pub you_were_here: &'static str,
    pub when_you_were_here: fn(i32, i32) -> String,
    pub on_this_day: &'static str,
    pub this_month: &'static str,
    pub tags_label: &'static str,
    pub tag_all: &'static str,
    pub tag_name: fn(&str) -> &'static str,
    pub timeline_count: fn(usize) -> String,

    pub gallery_title: &'static str,
    pub gallery_intro: &'static str,
    pub gallery_empty: &'static str,
    pub photos_count: fn(usize) -> String,
    pub album_back: &'static str,
    pub photo_people: &'static str,
    pub photo_viewer: &'static str,
    pub photo_previous: &'static str,
    pub photo_next: &'static str,
    pub photo_zoom: &'static str,
    pub photo_close: &'static str,
    pub photo_link: &'static str,
    pub then_and_now: &'static str,
    pub compare_label: &'static str,

    pub events_title: &'static str,
    pub events_upcoming: &'static str,
    pub events_past: &'static str,
    pub events_none_upcoming: &'static str,
    pub events_none_past: &'static str,
    pub event_kind: fn(crate::model::EventKind) -> &'static str,
    pub event_when: &'static str,
    pub event_where: &'static str,
    pub event_online: &'static str,
    pub event_join: &'static str,
    pub event_register: &'static str,
    pub event_register_by: fn(&str) -> String,
    pub event_registration_closed: &'static str,
    pub event_organiser: &'static str,
    pub event_for_class: fn(i32) -> String,
    pub event_album: &'static str,
    pub event_map: &'static str,
    pub event_local_time: fn(&str) -> String,
    pub event_your_time: fn(&str) -> String,
    pub event_all_day: &'static str,
    pub event_ended: &'static str,
    pub event_add_calendar: &'static str,
    pub event_ics: &'static str,
    pub event_google: &'static str,
    pub event_outlook: &'static str,
    pub events_subscribe: &'static str,
    pub events_filters: &'static str,
    pub events_kind_label: &'static str,
    pub events_chapter_label: &'static str,
    pub events_class_label: &'static str,
    pub events_any: &'static str,
    pub events_count: fn(usize) -> String,
    pub events_no_match: &'static str,
    pub events_clear: &'static str,

    pub careers_title: &'static str,
    pub careers_intro: &'static str,
    pub careers_empty: &'static str,
    pub resource_by: &'static str,
    pub resource_published: fn(&str) -> String,
    pub resource_open: &'static str,
    pub resource_download: fn(&str, &str) -> String,
    pub resource_stages: &'static str,
    pub careers_back: &'static str,

    pub class_title: fn(i32) -> String,
    pub class_classmates: fn(usize) -> String,
    pub class_on_campus: fn(i32, i32) -> String,
    pub class_photos: &'static str,
    pub class_reunions: &'static str,
    pub class_none: &'static str,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub const EN: Strings = Strings {
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_home: "Home",
    nav_directory: "Directory",
    nav_timeline: "Timeline",
    nav_gallery: "Gallery",
    nav_events: "Events",
    nav_careers: "Careers",
    footer_contact: "Alumni office",
    footer_privacy: "Only what alumni chose to share is shown here.",

    loading: "Loading…",
    error_title: "This part of the site could not be shown",
    error_retry: "Try again",
    error_network: |file| format!("The browser could not download {file}. You may be offline or on a weak connection."),
    error_status: |file, status| format!("The server answered {status} when asked for {file}."),
    error_not_json: |file| format!("{file} did not come back as data (the server sent a web page instead). The site may be half-published."),
    error_parse: |file| format!("{file} arrived but could not be read. The site may be half-published."),
    error_what_to_do: "Try again in a moment. If it keeps happening, please tell the alumni office; the rest of the site still works.",
    error_not_found_record: |what, id| format!("There is no {what} called \"{id}\". It may have been renamed or removed."),
    panic_message: "Something went wrong in this page. Reload to try again.",

    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may be mistyped.",
    not_found_home: "Go to the home page",

    home_welcome: |school| format!("Welcome home, {school} alumni"),
    home_find_classmate: "Find a classmate",
    home_upcoming: "Coming up",
    home_from_archive: "From the archive",
    home_see_all_events: "All events",
    home_see_timeline: "The whole timeline",
    home_stats: |alumni, countries, events| format!("{alumni} alumni in {countries} countries · {events} upcoming events"),
    home_sections: "Explore",
    section_directory_blurb: "Find classmates by name, year, place or field.",
    section_timeline_blurb: "Milestones of campus life, decade by decade.",
    section_gallery_blurb: "Photos from the years you remember.",
    section_events_blurb: "Reunions, talks and chapter meetups.",
    section_careers_blurb: "Guides, templates and mentors.",

    directory_title: "Alumni directory",
    directory_search_label: "Search alumni",
    directory_search_placeholder: "Name, employer, city…",
    directory_year_label: "Class year",
    directory_any_year: "Any year",
    directory_count: |n| match n {
        0 => "No alumni match".into(),
        1 => "1 alumnus matches".into(),
        n => format!("{n} alumni match"),
    },
    directory_empty: "Nobody matches that search.",
    directory_empty_hint: "Check the spelling, try fewer letters, or clear the year.",
    directory_clear: "Clear search",
    show_more: "Show more",
    class_of: |y| format!("Class of {y}"),
    nee: |name| format!("née {name}"),

    profile_studied: "Studied",
    profile_works: "Works",
    profile_lives: "Lives in",
    profile_industry: "Industry",
    profile_chapters: "Chapters",
    profile_contact: "Get in touch",
    profile_contact_email: "Send an email",
    profile_contact_form: "Use their contact form",
    profile_contact_linkedin: "Message on LinkedIn",
    profile_no_contact: "This person has not shared a way to be contacted. The alumni office can pass on a message.",
    profile_mentor: |n| format!("Mentors alumni (up to {n} at a time)"),
    profile_classmates: "Classmates",
    profile_class_page: |y| format!("Everything from the class of {y}"),
    profile_also_known: "Also known as",

    timeline_title: "Campus timeline",
    timeline_intro: "How the campus grew, and the moments people still talk about.",
    timeline_jump: "Jump to a decade",
    timeline_empty: "No milestones have been published yet.",
    decade: |d| format!("{d}s"),
    lens_label: "Your class year",
    lens_none: "Not set",
    lens_hint: "Pick your class year to see your own years on campus. It stays on this device and is never sent anywhere.",
    you_were_here: "You were here",
    when_you_were_here: |from, to| format!("When you were here, {from}–{to}"),
    on_this_day: "On this day",
    this_month: "This month in campus history",
    tags_label: "Show",
    tag_all: "Everything",
    tag_name: |tag| match tag {
        "buildings" => "Buildings",
        "academics" => "Academics",
        "sports" => "Sports",
        "student-life" => "Student life",
        "people" => "People",
        "traditions" => "Traditions",
        _ => "Other",
    },
    timeline_count: |n| plural(n, "milestone", "milestones"),

    gallery_title: "Gallery",
    gallery_intro: "Albums from reunions, campus life and the places you remember.",
    gallery_empty: "No albums have been published yet.",
    photos_count: |n| plural(n, "photo", "photos"),
    album_back: "All albums",
    photo_people: "In this photo",
    photo_viewer: "Photo viewer",
    photo_previous: "Previous",
    photo_next: "Next",
    photo_zoom: "Zoom",
    photo_close: "Close",
    photo_link: "Link to this photo",
    then_and_now: "Then and now",
    compare_label: "Slide to compare then and now",

    events_title: "Events",
    events_upcoming: "Upcoming",
    events_past: "Past events",
    events_none_upcoming: "Nothing is scheduled right now. New events appear here first.",
    events_none_past: "No past events yet.",
    event_kind: |k| match k {
        crate::model::EventKind::Reunion => "Reunion",
        crate::model::EventKind::AlumniWeekend => "Alumni weekend",
        crate::model::EventKind::CareerTalk => "Career talk",
        crate::model::EventKind::ChapterMeetup => "Chapter meetup",
        crate::model::EventKind::Online => "Online",
    },
    event_when: "When",
    event_where: "Where",
    event_online: "Online",
    event_join: "Join online",
    event_register: "Register",
    event_register_by: |d| format!("Registration closes {d}"),
    event_registration_closed: "Registration has closed.",
    event_organiser: "Organiser",
    event_for_class: |y| format!("For the class of {y}"),
    event_album: "Photos from this event",
    event_map: "Open in OpenStreetMap",
    event_local_time: |tz| format!("Local time ({tz})"),
    event_your_time: |tz| format!("Your time ({tz})"),
    event_all_day: "All day",
    event_ended: "This event has ended.",
    event_add_calendar: "Add to your calendar",
    event_ics: "Calendar file (.ics)",
    event_google: "Google Calendar",
    event_outlook: "Outlook",
    events_subscribe: "Subscribe to all upcoming events (.ics)",
    events_filters: "Filter events",
    events_kind_label: "Kind",
    events_chapter_label: "Chapter",
    events_class_label: "Class",
    events_any: "Any",
    events_count: |n| plural(n, "event", "events"),
    events_no_match: "No events match these filters.",
    events_clear: "Show all events",

    careers_title: "Career library",
    careers_intro: "Guides, templates and reports from alumni and the careers office.",
    careers_empty: "No resources have been published yet.",
    resource_by: "By",
    resource_published: |d| format!("Published {d}"),
    resource_open: "Open the resource",
    resource_download: |mime, size| format!("Download ({mime}, {size})"),
    resource_stages: "For",
    careers_back: "All resources",

    class_title: |y| format!("Class of {y}"),
    class_classmates: |n| plural(n, "classmate in the directory", "classmates in the directory"),
    class_on_campus: |from, to| format!("On campus {from}–{to}"),
    class_photos: "Photos from those years",
    class_reunions: "Reunions",
    class_none: "Nothing here yet.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_read_naturally() {
        let t = Lang::En.strings();
        assert_eq!((t.directory_count)(1), "1 alumnus matches");
        assert_eq!((t.directory_count)(0), "No alumni match");
        assert_eq!((t.photos_count)(12), "12 photos");
    }
}
