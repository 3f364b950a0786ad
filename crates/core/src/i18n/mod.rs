//! Every string the interface shows, in one place per language.
//!
//! A language is a `Strings` value: `EN` here, `ZH_HANS` in `zh.rs` (with the community and
//! members parts beside them); a string added to `Strings` is a compile error until every language
//! has it. Content (names, stories, event titles) is not translated here: it comes from `content/`
//! and stays as staff wrote it.

mod community;
mod members;
mod zh;
pub use community::Community;
pub use members::Members;
pub use zh::ZH_HANS;

use crate::facets::Dimension;
use crate::model::{Category, EventKind, Format, OpportunityKind, Stage, TimelineTag};
/// The interface languages: English, and Simplified Chinese (`zh-Hans`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    ZhHans,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::ZhHans => &ZH_HANS,
        }
    }

    /// BCP 47 tag for `<html lang>`, `?lang=` and `Intl` formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// The language's own name, for the switch (each language names itself).
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
        }
    }

    /// The language a tag asks for: any Chinese (`zh`, `zh-CN`, `zh-Hans`, `zh-TW`) reads the
    /// Chinese interface, any other tag English. The page's language is decided once, by the
    /// shell's first script (`?lang=`, then the device's choice, then the browser's
    /// languages), and read from `<html lang>`.
    pub fn from_tag(tag: &str) -> Lang {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "zh" || tag.starts_with("zh-") || tag.starts_with("zh_") {
            Lang::ZhHans
        } else {
            Lang::En
        }
    }

    /// The page file a pre-rendered route is written to in this language, beside its
    /// `index.html` (`events/x/index.zh-Hans.html`).
    pub fn page_file(self) -> &'static str {
        match self {
            Lang::En => "index.html",
            Lang::ZhHans => "index.zh-Hans.html",
        }
    }
}

pub struct Strings {
    /// Chapters, giving back and alumni voice.
    pub community: &'static Community,
    /// Alumni-only details.
    pub members: &'static Members,
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
    pub footer_founded: fn(&str, i32) -> String,

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

    /// The home page's title and share card.
    pub home_title: fn(&str) -> String,
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
    pub directory_count: fn(usize) -> String,
    pub directory_empty: &'static str,
    pub directory_empty_hint: &'static str,
    pub directory_clear: &'static str,
    pub facet_name: fn(crate::facets::Dimension) -> &'static str,
    pub filters_button: fn(usize) -> String,
    pub filters_title: &'static str,
    pub map_button: &'static str,
    pub map_title: &'static str,
    pub map_hint: &'static str,
    /// A country on the map: its name and how many alumni live there.
    pub map_country: fn(&str, usize) -> String,
    pub map_cities: fn(&str) -> String,
    pub map_fewer: &'static str,
    pub map_more: &'static str,
    pub map_source: &'static str,
    pub filters_done: &'static str,
    pub remove_filter: fn(&str) -> String,
    pub did_you_mean: &'static str,
    pub remove_a_filter: &'static str,
    pub show_more: &'static str,
    pub class_of: fn(i32) -> String,
    pub nee: fn(&str) -> String,

    pub profile_studied: &'static str,
    pub profile_works: &'static str,
    pub profile_lives: &'static str,
    pub profile_industry: &'static str,
    /// Degree, major and college on a profile.
    pub profile_study: fn(&str, &str, &str) -> String,
    /// Between the items of a list of names ("London Chapter, Rowing Alumni"; 、 in Chinese).
    pub list_sep: &'static str,
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
    pub tag_name: fn(TimelineTag) -> &'static str,
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
    pub event_kind: fn(EventKind) -> &'static str,
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
    /// "Save for offline" on an event page, while saving, and what was saved: the event, and
    /// for a reunion its class page and that many classmates' cards.
    pub event_save: &'static str,
    pub event_saving: &'static str,
    pub event_saved: fn(Option<i32>, usize) -> String,
    pub event_save_failed: &'static str,
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
    pub events_region_label: &'static str,
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
    /// Names of resource categories, career stages and formats, by id.
    pub category_name: fn(Category) -> &'static str,
    pub stage_name: fn(Stage) -> &'static str,
    pub format_name: fn(Format) -> &'static str,
    pub careers_search_label: &'static str,
    pub careers_search_placeholder: &'static str,
    pub careers_filters: &'static str,
    pub careers_category: &'static str,
    pub careers_stage: &'static str,
    pub careers_industry: &'static str,
    pub careers_format: &'static str,
    pub careers_count: fn(usize) -> String,
    pub careers_none: &'static str,
    pub opportunities_title: &'static str,
    pub opportunities_none: &'static str,
    pub opportunity_kind: fn(OpportunityKind) -> &'static str,
    pub opportunity_dates: fn(&str, &str) -> String,
    pub opportunity_shared_by: &'static str,
    pub opportunity_apply: &'static str,
    pub mentors_cta: &'static str,
    pub mentors_title: &'static str,
    pub mentors_intro: &'static str,
    pub mentors_interests: &'static str,
    pub mentors_stage: &'static str,
    pub mentors_country: &'static str,
    pub mentors_city: &'static str,
    pub mentors_language: &'static str,
    pub mentors_results: fn(usize) -> String,
    pub mentors_none: &'static str,
    pub mentors_capacity: fn(u8) -> String,
    pub mentors_ask: &'static str,
    pub mentors_ask_office: &'static str,
    pub reason_same_industry: fn(&str) -> String,
    pub reason_changed: fn(&str, &str) -> String,
    pub reason_city: fn(&str) -> String,
    pub reason_country: fn(&str) -> String,
    pub reason_speaks: fn(&str) -> String,
    pub reason_other: fn(&str) -> String,

    pub class_title: fn(i32) -> String,
    pub class_classmates: fn(usize) -> String,
    /// Link from a class page to the directory filtered to that year.
    pub class_see_all: fn(i32) -> String,
    pub class_on_campus: fn(i32, i32) -> String,
    pub class_photos: &'static str,
    pub class_reunions: &'static str,
    pub class_none: &'static str,

    pub update_title: &'static str,
    pub join_title: &'static str,
    pub remove_title: &'static str,
    pub profile_is_this_you: &'static str,
    pub profile_update: &'static str,
    pub profile_remove: &'static str,
    pub join_invite: &'static str,
    pub form_intro_update: &'static str,
    pub form_intro_join: &'static str,
    pub form_intro_remove: &'static str,
    pub form_name: &'static str,
    pub form_name_latin: &'static str,
    pub form_former_names: &'static str,
    pub form_nickname: &'static str,
    pub form_class_year: &'static str,
    pub form_degree: &'static str,
    pub form_major: &'static str,
    pub form_city: &'static str,
    pub form_country: &'static str,
    pub form_employer: &'static str,
    pub form_job_title: &'static str,
    pub form_industry: &'static str,
    pub form_bio: &'static str,
    pub form_email: &'static str,
    pub form_mentor: &'static str,
    pub form_topics: &'static str,
    pub form_languages: &'static str,
    pub form_public: &'static str,
    /// Offline and a new version (`offline::Status`).
    pub offline_notice: &'static str,
    /// Above the directory's results when they come from what the device has (offline).
    pub directory_offline_partial: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub form_always_shown: &'static str,
    pub form_listed: &'static str,
    pub form_contact: &'static str,
    pub form_message: &'static str,
    pub form_prepare: &'static str,
    pub form_request: &'static str,
    pub form_send_email: &'static str,
    pub form_send_post: &'static str,
    pub form_send_github: &'static str,
    pub form_sending: &'static str,
    pub form_sent: &'static str,
    pub form_send_failed: &'static str,
    pub form_copy: &'static str,
    pub form_next: &'static str,
    pub form_missing_contact: &'static str,
    pub form_none: &'static str,
    pub class_notes: &'static str,
    pub profile_notes: &'static str,
    pub profile_send_note: &'static str,
    pub note_title: &'static str,
    pub form_intro_note: &'static str,
    pub form_note: &'static str,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub const EN: Strings = Strings {
    community: &community::EN,
    members: &members::EN,
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
    footer_founded: |school, year| format!("© {school} · est. {year}"),

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

    home_title: |school| format!("{school} alumni"),
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
    directory_count: |n| match n {
        0 => "No alumni match".into(),
        1 => "1 alumnus matches".into(),
        n => format!("{n} alumni match"),
    },
    directory_empty: "Nobody matches that search.",
    directory_empty_hint: "Check the spelling, or try fewer letters.",
    directory_clear: "Clear search",
    facet_name: |d| match d {
        Dimension::Decade => "Decade",
        Dimension::Year => "Class year",
        Dimension::College => "College",
        Dimension::Department => "Department",
        Dimension::Major => "Major",
        Dimension::Degree => "Degree",
        Dimension::Country => "Country",
        Dimension::City => "City",
        Dimension::Industry => "Industry",
        Dimension::Mentor => "Mentoring",
        Dimension::Chapter => "Chapter",
    },
    filters_button: |n| if n == 0 { "Filters".into() } else { format!("Filters ({n} chosen)") },
    filters_title: "Filters",
    map_button: "Map",
    map_title: "Where alumni live",
    map_hint: "Choose a country to list only the alumni who live there; its cities appear below the map. Nobody is placed more precisely than their city.",
    map_country: |name, n| format!("{name}: {}", plural(n, "alumnus", "alumni")),
    map_cities: |name| format!("Cities in {name}"),
    map_fewer: "fewer",
    map_more: "more alumni",
    map_source: "Map data: Natural Earth (public domain)",
    filters_done: "Show results",
    remove_filter: |label| format!("Remove filter: {label}"),
    did_you_mean: "Did you mean",
    remove_a_filter: "Or remove one of the filters above.",
    show_more: "Show more",
    class_of: |y| format!("Class of {y}"),
    nee: |name| format!("née {name}"),

    profile_studied: "Studied",
    profile_works: "Works",
    profile_lives: "Lives in",
    profile_industry: "Industry",
    profile_study: |degree, major, college| format!("{degree} {major}, {college}"),
    list_sep: ", ",
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
        TimelineTag::Buildings => "Buildings",
        TimelineTag::Academics => "Academics",
        TimelineTag::Sports => "Sports",
        TimelineTag::StudentLife => "Student life",
        TimelineTag::People => "People",
        TimelineTag::Traditions => "Traditions",
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
        EventKind::Reunion => "Reunion",
        EventKind::AlumniWeekend => "Alumni weekend",
        EventKind::CareerTalk => "Career talk",
        EventKind::ChapterMeetup => "Chapter meetup",
        EventKind::Online => "Online",
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
    event_save: "Save for offline",
    event_saving: "Saving…",
    event_saved: |class, n| match class {
        Some(y) => format!(
            "Saved: this event, the class of {y} page and {} work with no signal.",
            plural(n, "classmate's card", "classmates' cards")
        ),
        None => "Saved: this event works with no signal.".to_string(),
    },
    event_save_failed: "Could not save it: the network went away. Try again when you have a signal.",
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
    events_region_label: "Where",
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
    category_name: |c| match c {
        Category::JobSearch => "Job search",
        Category::CvAndResume => "CV and résumé",
        Category::Interviews => "Interviews",
        Category::IndustryReports => "Industry reports and trends",
        Category::Entrepreneurship => "Entrepreneurship",
        Category::FurtherStudy => "Further study",
        Category::Recruitment => "Recruitment",
    },
    stage_name: |st| match st {
        Stage::Student => "Student",
        Stage::EarlyCareer => "Early career",
        Stage::MidCareer => "Mid career",
        Stage::Senior => "Senior",
        Stage::CareerChange => "Changing career",
    },
    format_name: |f| match f {
        Format::Guide => "Guide",
        Format::Template => "Template",
        Format::Video => "Video",
        Format::Report => "Report",
    },
    careers_search_label: "Search the library",
    careers_search_placeholder: "CV, interviews, salary…",
    careers_filters: "Filter resources",
    careers_category: "Topic",
    careers_stage: "Career stage",
    careers_industry: "Industry",
    careers_format: "Format",
    careers_count: |n| plural(n, "resource", "resources"),
    careers_none: "Nothing matches. Check the spelling or choose \"Any\" in a filter.",
    opportunities_title: "Jobs and internships from alumni",
    opportunities_none: "No open postings right now.",
    opportunity_kind: |k| match k {
        OpportunityKind::Job => "Job",
        OpportunityKind::Internship => "Internship",
    },
    opportunity_dates: |posted, expires| format!("Posted {posted} · apply by {expires}"),
    opportunity_shared_by: "shared by",
    opportunity_apply: "Apply",
    mentors_cta: "Find a mentor",
    mentors_title: "Find a mentor",
    mentors_intro: "Alumni who offered to mentor, matched to what you are looking for. We include a few from other industries on purpose: a different view often helps most.",
    mentors_interests: "Industries you are interested in",
    mentors_stage: "Your career stage",
    mentors_country: "Country you live in",
    mentors_city: "City",
    mentors_language: "Language",
    mentors_results: |n| plural(n, "mentor suggested", "mentors suggested"),
    mentors_none: "No mentors have offered yet.",
    mentors_capacity: |n| format!("Can take {n} mentee{} at a time", if n == 1 { "" } else { "s" }),
    mentors_ask: "Ask for mentoring",
    mentors_ask_office: "Ask the alumni office to introduce you",
    reason_same_industry: |i| format!("Same industry: {i}"),
    reason_changed: |from, to| format!("Moved from {from} to {to}"),
    reason_city: |c| format!("In your city: {c}"),
    reason_country: |c| format!("In your country: {c}"),
    reason_speaks: |l| format!("Speaks {l}"),
    reason_other: |i| format!("A different view from {i}"),

    class_title: |y| format!("Class of {y}"),
    class_classmates: |n| plural(n, "classmate in the directory", "classmates in the directory"),
    class_see_all: |y| format!("Search and filter the class of {y} in the directory"),
    class_on_campus: |from, to| format!("On campus {from}–{to}"),
    class_photos: "Photos from those years",
    class_reunions: "Reunions",
    class_none: "Nothing here yet.",

    update_title: "Update your details",
    join_title: "Join the directory",
    remove_title: "Remove me from the directory",
    profile_is_this_you: "Is this you?",
    profile_update: "Update your details",
    profile_remove: "Remove me",
    join_invite: "Not in the directory yet? Join it",
    form_intro_update: "Correct what is wrong or out of date, and choose what others may see. Fields you leave as they are stay as they are.",
    form_intro_join: "Tell the alumni office who you are and what you would like others to see. Nothing is shown until the office has checked it with you.",
    form_intro_remove: "Ask the alumni office to take your record out of the directory and forget it. The office will confirm with you first.",
    form_name: "Name, as you write it",
    form_name_latin: "Name in Latin letters (if your name uses another script)",
    form_former_names: "Former names (separate several with commas)",
    form_nickname: "What friends call you",
    form_class_year: "Class year",
    form_degree: "Degree (BA, BSc, MSc, PhD…)",
    form_major: "Major",
    form_city: "City",
    form_country: "Country (two-letter code, e.g. GB, CN)",
    form_employer: "Employer",
    form_job_title: "Job title",
    form_industry: "Industry",
    form_bio: "A few words about yourself",
    form_email: "Email others may use to reach you",
    form_mentor: "I can mentor this many alumni at a time (0 for none)",
    form_topics: "Topics I can help with (separate with commas)",
    form_languages: "Languages I mentor in (separate with commas)",
    form_public: "Show on the site",
    offline_notice: "You are offline. Pages and people you have already opened still work; anything else waits for the connection.",
    directory_offline_partial: "You are offline: these are the people this device has already seen, so the list may be incomplete.",
    update_ready: "A new version of the site is ready.",
    update_reload: "Reload",
    form_always_shown: "Shown whenever you are listed",
    form_listed: "List me in the alumni directory",
    form_contact: "Your email address, so the office can check the request comes from you",
    form_message: "A note to the alumni office (optional)",
    form_prepare: "Prepare my request",
    form_request: "Your request",
    form_send_email: "Send by email",
    form_send_post: "Send to the alumni office",
    form_send_github: "Send as a GitHub issue",
    form_sending: "Sending…",
    form_sent: "Sent. The alumni office has your request.",
    form_send_failed: "It could not be sent from here. Send it by email instead.",
    form_copy: "No channel is set up: copy the request above and send it to the alumni office.",
    form_next: "What happens next: the alumni office checks that the request comes from you (they may write to the address you gave), then makes the change. Nothing on the site has changed yet; your details change when the site is next published.",
    form_missing_contact: "Write your email address, so the office can reach you.",
    form_none: "—",
    class_notes: "Class notes",
    profile_notes: "News",
    profile_send_note: "Send a class note",
    note_title: "Send a class note",
    form_intro_note: "Share news with your class: a new job, a book, a wedding, a reunion. The alumni office checks it with you, then it appears on your profile and your class page.",
    form_note: "Your note (at most 500 characters)",
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

    #[test]
    fn chinese_has_no_plural_and_its_own_words() {
        let t = Lang::ZhHans.strings();
        assert_eq!((t.directory_count)(1), "找到 1 位校友");
        assert_eq!((t.photos_count)(12), "12 张照片");
        assert_ne!(t.nav_home, EN.nav_home);
    }

    #[test]
    fn tags_choose_a_language() {
        for (tag, lang) in [
            ("zh-Hans", Lang::ZhHans),
            ("zh-CN", Lang::ZhHans),
            ("ZH", Lang::ZhHans),
            ("zh-TW", Lang::ZhHans),
            ("en-GB", Lang::En),
            ("", Lang::En),
            ("fr", Lang::En),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), lang);
        }
    }
}
