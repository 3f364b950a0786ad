//! What components and views ask of the device: the clock and calendar, time zones and date
//! formatting, the window's size, the document's base and title, settings kept on the
//! device, and waiting for the next paint. In the browser each is a web API call. Compiled natively (rendering pages to HTML
//! ahead of time), each has a fixed, reader-neutral answer: UTC, no saved settings, a phone's
//! window. So a component body or a view calls these, never `window()` or `js_sys` itself;
//! effects and event handlers, which only run in the browser, may use web APIs directly.

/// The page's interface language: in the browser `<html lang>`, which the shell's first
/// script set from `?lang=`, the device's choice or the browser's languages; rendered ahead
/// of time, the language of the page file being written (`set_lang`).
pub fn lang() -> homecoming_core::i18n::Lang {
    imp::lang()
}

/// Rendering ahead of time: the language of the page being written.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_lang(lang: homecoming_core::i18n::Lang) {
    imp::set_lang(lang)
}

/// Milliseconds since the Unix epoch by the device's clock.
pub fn now_ms() -> i64 {
    imp::now_ms()
}

/// Today's (month, day) in the reader's calendar.
pub fn month_day() -> (u8, u8) {
    imp::month_day()
}

/// This year in the reader's calendar.
pub fn this_year() -> i32 {
    imp::this_year()
}

/// The reader's IANA time zone, e.g. `America/New_York`.
pub fn viewer_time_zone() -> String {
    imp::viewer_time_zone()
}

/// Formats an instant, e.g. "Fri, 4 Jun 2027, 18:00 BST". In the browser it uses the
/// browser's own time-zone tables (`Intl.DateTimeFormat`), so the wasm carries none; `tz =
/// None` means the reader's zone.
pub fn format_instant(ms: i64, tz: Option<&str>, with_time: bool, zone_name: bool) -> String {
    imp::format_instant(ms, tz, with_time, zone_name)
}

/// The window's inner (width, height) in CSS pixels.
pub fn window_size() -> (f64, f64) {
    imp::window_size()
}

/// `<base href>` as the document resolves it.
pub fn base_uri() -> String {
    imp::base_uri()
}

/// Rendering ahead of time (natively): the address the site is served under, e.g.
/// `https://example.org/homecoming/`, which `base_uri` then answers.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_base_uri(uri: &str) {
    imp::set_base_uri(uri)
}

/// Sets the document's title.
pub fn set_title(text: &str) {
    imp::set_title(text)
}

/// Asks search engines not to index this page (`<meta name="robots" content="noindex">`), or
/// takes that back.
pub fn no_index(on: bool) {
    imp::no_index(on)
}

/// A data file the page carries inline (`<script type="application/json" id="<file>">`, put
/// there by the build), so it needs no request; `None` when the page does not carry it.
pub fn inline_file(file: &str) -> Option<String> {
    imp::inline_file(file)
}

/// Loads the page again (the reader's "try again" after an error).
pub fn reload() {
    imp::reload()
}

/// Puts the class `name` on `<body>` or takes it off (a modal stops the page scrolling).
pub fn body_class(name: &str, on: bool) {
    imp::body_class(name, on)
}

/// Resolves after the browser has painted the current frame and then `pause_ms` more: work
/// that can wait for the results to show (facet counts) starts here, and waiting for a pause
/// in typing keeps it from landing between two keystrokes.
pub async fn after_paint(pause_ms: i32) {
    imp::after_paint(pause_ms).await
}

/// Whether the app is rendering beside a page written ahead of time, which it will take
/// over (`crate::start`): in the browser, while `#prerendered` is still there; rendered ahead
/// of time, never.
pub fn taking_over() -> bool {
    imp::taking_over()
}

/// Runs `f` in a task of its own after this one (`setTimeout(0)`); rendered ahead of time,
/// at once.
pub fn next_task(f: impl FnOnce() + 'static) {
    imp::next_task(f)
}

/// Resolves in a task of its own after this one: long work ahead of need, cut into tasks
/// so a keystroke is never held up by more than one piece.
pub async fn next_task_done() {
    let (done, wait) = futures::channel::oneshot::channel();
    next_task(move || {
        let _ = done.send(());
    });
    let _ = wait.await;
}

/// A setting kept on this device (`localStorage`).
pub fn stored(key: &str) -> Option<String> {
    imp::stored(key)
}

/// Keeps (or with `None` forgets) a setting on this device.
pub fn store(key: &str, value: Option<&str>) {
    imp::store(key, value)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn lang() -> homecoming_core::i18n::Lang {
        let tag = leptos::prelude::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_default();
        homecoming_core::i18n::Lang::from_tag(&tag)
    }

    use wasm_bindgen::JsValue;

    pub fn now_ms() -> i64 {
        js_sys::Date::now() as i64
    }

    pub fn month_day() -> (u8, u8) {
        let today = js_sys::Date::new_0();
        (today.get_month() as u8 + 1, today.get_date() as u8)
    }

    pub fn this_year() -> i32 {
        js_sys::Date::new_0().get_full_year() as i32
    }

    pub fn viewer_time_zone() -> String {
        let format =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
        js_sys::Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "UTC".into())
    }

    pub fn format_instant(ms: i64, tz: Option<&str>, with_time: bool, zone_name: bool) -> String {
        let options = js_sys::Object::new();
        let set = |k: &str, v: &str| {
            let _ = js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
        };
        set("weekday", "short");
        set("day", "numeric");
        set("month", "short");
        set("year", "numeric");
        if with_time {
            set("hour", "2-digit");
            set("minute", "2-digit");
            set("hourCycle", "h23");
        }
        if zone_name {
            set("timeZoneName", "short");
        }
        if let Some(tz) = tz {
            set("timeZone", tz);
        }
        let locales = js_sys::Array::of1(&JsValue::from_str(lang().tag()));
        let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
        let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
        format
            .call1(&JsValue::NULL, &date)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    pub fn window_size() -> (f64, f64) {
        let window = web_sys::window();
        let size = |v: Option<Result<JsValue, JsValue>>, phone: f64| {
            v.and_then(|v| v.ok())
                .and_then(|v| v.as_f64())
                .unwrap_or(phone)
        };
        (
            size(window.as_ref().map(|w| w.inner_width()), super::PHONE.0),
            size(window.as_ref().map(|w| w.inner_height()), super::PHONE.1),
        )
    }

    pub fn base_uri() -> String {
        leptos::prelude::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    pub fn set_title(text: &str) {
        leptos::prelude::document().set_title(text);
    }

    pub fn inline_file(file: &str) -> Option<String> {
        leptos::prelude::document()
            .get_element_by_id(file)?
            .text_content()
    }

    pub fn no_index(on: bool) {
        let document = leptos::prelude::document();
        let found = document.query_selector("meta[name=robots]").ok().flatten();
        match (found, on) {
            (Some(meta), false) => meta.remove(),
            (None, true) => {
                let meta = document.create_element("meta");
                if let (Ok(meta), Some(head)) = (meta, document.head()) {
                    let _ = meta.set_attribute("name", "robots");
                    let _ = meta.set_attribute("content", "noindex");
                    let _ = head.append_child(&meta);
                }
            }
            _ => {}
        }
    }

    pub fn reload() {
        let _ = leptos::prelude::window().location().reload();
    }

    pub fn body_class(name: &str, on: bool) {
        if let Some(body) = leptos::prelude::document().body() {
            let _ = body.class_list().toggle_with_force(name, on);
        }
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn stored(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn store(key: &str, value: Option<&str>) {
        if let Some(storage) = storage() {
            let _ = match value {
                Some(v) => storage.set_item(key, v),
                None => storage.remove_item(key),
            };
        }
    }

    pub fn taking_over() -> bool {
        leptos::prelude::document()
            .get_element_by_id(crate::PRERENDERED)
            .is_some()
    }

    pub fn next_task(f: impl FnOnce() + 'static) {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    }

    pub async fn after_paint(pause_ms: i32) {
        use wasm_bindgen::JsCast;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let window = web_sys::window().expect("window");
            let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
                let window = web_sys::window().expect("window");
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    resolve.unchecked_ref(),
                    pause_ms,
                );
            });
            let _ = window.request_animation_frame(cb.unchecked_ref());
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// A phone's window (width, height), the size pages are rendered for when there is no window.
const PHONE: (f64, f64) = (360.0, 800.0);

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use homecoming_core::i18n::Lang;

    /// Rendered ahead of time nothing is painted: nothing to wait for.
    pub async fn after_paint(_pause_ms: i32) {}

    /// Rendered ahead of time, the page is what is being written.
    pub fn taking_over() -> bool {
        false
    }

    pub fn next_task(f: impl FnOnce() + 'static) {
        f()
    }

    thread_local! {
        static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
    }

    pub fn lang() -> Lang {
        LANG.with(|l| l.get())
    }

    pub fn set_lang(lang: Lang) {
        LANG.with(|l| l.set(lang));
    }

    pub fn now_ms() -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }

    pub fn month_day() -> (u8, u8) {
        let (_, m, d) = super::civil(now_ms());
        (m, d)
    }

    pub fn this_year() -> i32 {
        super::civil(now_ms()).0
    }

    pub fn viewer_time_zone() -> String {
        "UTC".into()
    }

    pub fn format_instant(ms: i64, _tz: Option<&str>, with_time: bool, zone_name: bool) -> String {
        // A page written ahead of time is read before the app (or with JavaScript off) by
        // someone in any zone: a time on it always says which zone it is in.
        super::format_utc(lang(), ms, with_time, with_time || zone_name)
    }

    pub fn window_size() -> (f64, f64) {
        super::PHONE
    }

    pub fn base_uri() -> String {
        BASE_URI.with(|b| b.borrow().clone())
    }

    thread_local! {
        static BASE_URI: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }

    /// Rendering ahead of time: the address the page will be served under (its `<base href>`).
    pub fn set_base_uri(uri: &str) {
        BASE_URI.with(|b| *b.borrow_mut() = uri.to_string());
    }

    pub fn set_title(_text: &str) {}

    pub fn no_index(_on: bool) {}

    pub fn inline_file(_file: &str) -> Option<String> {
        None
    }

    pub fn reload() {}

    pub fn body_class(_name: &str, _on: bool) {}

    pub fn stored(_key: &str) -> Option<String> {
        None
    }

    pub fn store(_key: &str, _value: Option<&str>) {}
}

/// `YYYY-MM-DD`, the UTC date of an instant (milliseconds since 1970).
pub fn utc_date(ms: i64) -> String {
    let (y, m, d) = civil(ms);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The UTC calendar date of an instant: (year, month, day), by Howard Hinnant's
/// days-from-civil algorithm run backwards.
fn civil(ms: i64) -> (i32, u8, u8) {
    let days = ms.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// An instant in UTC, laid out like the browser's format in `lang`: "Fri, 4 Jun 2027, 18:00
/// UTC", "2027年6月4日周五 UTC 18:00".
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn format_utc(
    lang: homecoming_core::i18n::Lang,
    ms: i64,
    with_time: bool,
    zone_name: bool,
) -> String {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const WEEKDAYS_ZH: [&str; 7] = ["周四", "周五", "周六", "周日", "周一", "周二", "周三"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (year, month, day) = civil(ms);
    let weekday = ms.div_euclid(86_400_000).rem_euclid(7) as usize;
    let minutes = ms.div_euclid(60_000).rem_euclid(1440);
    let time = format!("{:02}:{:02}", minutes / 60, minutes % 60);
    if lang == homecoming_core::i18n::Lang::ZhHans {
        let mut out = format!("{year}年{month}月{day}日{}", WEEKDAYS_ZH[weekday]);
        if with_time {
            out += if zone_name { " UTC " } else { " " };
            out += &time;
        }
        return out;
    }
    let mut out = format!(
        "{}, {day} {} {year}",
        WEEKDAYS[weekday],
        MONTHS[usize::from(month) - 1]
    );
    if with_time {
        out += ", ";
        out += &time;
        if zone_name {
            out += " UTC";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use homecoming_core::i18n::Lang;

    #[test]
    fn utc_dates_read_like_the_browsers() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(utc_date(951_782_400_000), "2000-02-29");
        assert_eq!(utc_date(1_780_678_800_000), "2026-06-05");
        // 2027-06-04T17:00:00Z, a Friday; 2024-02-29, a leap day; before the epoch.
        assert_eq!(
            format_utc(Lang::En, 1_812_128_400_000, true, true),
            "Fri, 4 Jun 2027, 17:00 UTC"
        );
        assert_eq!(
            format_utc(Lang::En, 1_709_164_800_000, false, false),
            "Thu, 29 Feb 2024"
        );
        assert_eq!(
            format_utc(Lang::En, -86_400_000, false, false),
            "Wed, 31 Dec 1969"
        );
        // As Chromium's Intl writes them in zh-Hans.
        assert_eq!(
            format_utc(Lang::ZhHans, 1_812_128_400_000, true, true),
            "2027年6月4日周五 UTC 17:00"
        );
        assert_eq!(
            format_utc(Lang::ZhHans, 1_709_164_800_000, false, false),
            "2024年2月29日周四"
        );
    }
}
