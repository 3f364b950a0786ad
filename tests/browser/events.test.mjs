// Events: calendar files read back by an independent parser (ical.js), times across time zones
// in Chromium with its zone overridden, registration closing by an injected clock, share pages
// and filters in the address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { ROOT, page, settled, useSite } from './harness.mjs';

const DIST = join(ROOT, 'dist');
const ics = (name) => readFileSync(join(DIST, name), 'utf8');
const parse = (text) => new ICAL.Component(ICAL.parse(text));
const utc = (time) => time.toJSDate().toISOString();

const site = useSite(DIST);

test('every event has a valid calendar file: CRLF lines of at most 75 octets, stable unique UIDs', () => {
  const files = readdirSync(join(DIST, 'events')).filter((f) => f.endsWith('.ics'));
  assert.equal(files.length, 12);
  const uids = new Set();
  for (const f of files) {
    const text = ics(`events/${f}`);
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    for (const line of text.split('\r\n')) {
      assert.ok(Buffer.byteLength(line) <= 75, `${f}: ${Buffer.byteLength(line)} octets: ${line}`);
      assert.ok(!line.includes('\n'), `${f}: bare LF`);
    }
    const cal = parse(text);
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent'));
    assert.equal(ev.uid, `${f.replace('.ics', '')}@alumni.northbrook.example.edu`);
    uids.add(ev.uid);
  }
  assert.equal(uids.size, 12);
});

test('an event across the daylight-saving change keeps its real instants', () => {
  const ev = new ICAL.Event(parse(ics('events/alumni-weekend-2027.ics')).getFirstSubcomponent('vevent'));
  // 17:00 GMT on Friday; 03:30 BST on Sunday, after the clocks went forward at 01:00 UTC.
  assert.equal(utc(ev.startDate), '2027-03-26T17:00:00.000Z');
  assert.equal(utc(ev.endDate), '2027-03-28T02:30:00.000Z');
});

test('an all-day event is a date, ending the next day (exclusive)', () => {
  const ev = new ICAL.Event(parse(ics('events/founders-day-2027.ics')).getFirstSubcomponent('vevent'));
  assert.equal(ev.startDate.isDate, true);
  assert.equal(ev.startDate.toString(), '2027-09-15');
  assert.equal(ev.endDate.toString(), '2027-09-16');
});

test('a non-ASCII title and text with commas and semicolons read back unchanged', () => {
  const ev = new ICAL.Event(parse(ics('events/shanghai-chapter-autumn-meetup.ics')).getFirstSubcomponent('vevent'));
  assert.equal(ev.summary, '上海校友会 · Shanghai chapter: autumn meetup');
  assert.match(ev.description, /Hosted by 王小明 \(Wang Xiaoming\)\. Everyone welcome\./);
  assert.equal(ev.location, 'Bund Rooftop Room, 18 Zhongshan East 1st Road, Shanghai, China');
  assert.equal(utc(ev.startDate), '2026-12-12T11:00:00.000Z');
});

test('the feed holds every upcoming event and no past one', () => {
  const cal = parse(ics('events.ics'));
  const data = JSON.parse(readFileSync(join(DIST, 'data/events.json'), 'utf8'));
  const upcoming = data.filter((e) => e.ends_utc_ms >= Date.now()).map((e) => `${e.id}@alumni.northbrook.example.edu`).sort();
  const uids = cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid')).sort();
  assert.deepEqual(uids, upcoming);
  assert.ok(uids.length > 0);
});

async function eventPage(path, timezoneId, now) {
  const p = await page(site.browser, { timezoneId });
  if (now) await p.clock.setFixedTime(new Date(now));
  await p.goto(site.srv.url + path);
  await settled(p);
  return p;
}

test('an event in Asia/Shanghai, seen from America/New_York, shows both times and says so', async () => {
  const p = await eventPage('/events/shanghai-chapter-autumn-meetup', 'America/New_York', '2026-11-22T12:00:00Z');
  const when = await p.locator('.facts dd').first().innerText();
  assert.match(when, /Sat, Dec 12, 2026, 19:00 – 22:00 GMT\+8/);
  assert.match(when, /Local time \(Asia\/Shanghai\)/);
  assert.match(when, /Sat, Dec 12, 2026, 06:00 – 09:00 EST/);
  assert.match(when, /Your time \(America\/New_York\)/);
  await p.context().close();
});

test('an event in Europe/London, seen from Asia/Shanghai, lands on the next day there', async () => {
  const p = await eventPage('/events/class-of-1977-50th-reunion', 'Asia/Shanghai', '2027-01-10T12:00:00Z');
  const when = await p.locator('.facts dd').first().innerText();
  assert.match(when, /Fri, Jun 4, 2027, 18:00 GMT\+1/);
  assert.match(when, /Sat, Jun 5, 2027, 01:00 GMT\+8/);
  assert.match(when, /Your time \(Asia\/Shanghai\)/);
  await p.context().close();
});

test('a viewer in the event\'s own zone sees one time, without "your time"', async () => {
  const p = await eventPage('/events/class-of-1977-50th-reunion', 'Europe/London', '2027-01-10T12:00:00Z');
  assert.doesNotMatch(await p.locator('.facts dd').first().innerText(), /Your time/);
  await p.context().close();
});

test('registration closes when the injected clock passes the deadline', async () => {
  // Deadline: 2027-05-15T23:59 in London (22:59 UTC).
  const before = await eventPage('/events/class-of-1977-50th-reunion', 'Europe/London', '2027-05-15T22:58:00Z');
  assert.equal(await before.getByRole('link', { name: 'Register' }).count(), 1);
  assert.match(await before.locator('.register').innerText(), /Registration closes Sat, May 15, 2027, 23:59/);
  await before.context().close();
  const after = await eventPage('/events/class-of-1977-50th-reunion', 'Europe/London', '2027-05-15T23:00:00Z');
  assert.equal(await after.getByRole('link', { name: 'Register' }).count(), 0);
  assert.match(await after.locator('.register').innerText(), /Registration has closed/);
  await after.context().close();
});

test('calendar links: the .ics file, Google Calendar and Outlook', async () => {
  const p = await eventPage('/events/alumni-weekend-2027', 'Europe/London', '2027-01-10T12:00:00Z');
  assert.equal(await p.getByRole('link', { name: 'Calendar file (.ics)' }).getAttribute('href'), 'events/alumni-weekend-2027.ics');
  const google = new URL(await p.getByRole('link', { name: 'Google Calendar' }).getAttribute('href'));
  assert.equal(google.searchParams.get('dates'), '20270326T170000Z/20270328T023000Z');
  assert.equal(google.searchParams.get('ctz'), 'Europe/London');
  const outlook = new URL(await p.getByRole('link', { name: 'Outlook' }).getAttribute('href'));
  assert.equal(outlook.searchParams.get('startdt'), '2027-03-26T17:00:00Z');
  const res = await p.request.get(site.srv.url + '/events/alumni-weekend-2027.ics');
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'], /text\/calendar/);
  await p.context().close();
});

test('each event has its own share page with Open Graph and Twitter tags, and the app boots from it', async () => {
  const html = readFileSync(join(DIST, 'events/class-of-1977-50th-reunion/index.html'), 'utf8');
  const meta = (attr, key) => html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`))?.[1];
  assert.equal(meta('property', 'og:title'), 'Class of 1977: 50th reunion');
  assert.equal(meta('property', 'og:description'), 'Fifty years on: dinner in the Great Hall and a row on the river.');
  assert.equal(meta('property', 'og:url'), 'https://alumni.northbrook.example.edu/events/class-of-1977-50th-reunion/');
  assert.ok(meta('property', 'og:image').startsWith('https://alumni.northbrook.example.edu/media/'));
  assert.equal(meta('name', 'twitter:title'), 'Class of 1977: 50th reunion');
  assert.match(html, /<title>Class of 1977: 50th reunion · Northbrook University<\/title>/);
  const album = readFileSync(join(DIST, 'gallery/centenary-1998/index.html'), 'utf8');
  assert.match(album, /<meta property="og:image" content="https:\/\/alumni\.northbrook\.example\.edu\/media\/gallery\/photos\/centenary-1998\/procession\.jpg">/);
  assert.match(readFileSync(join(DIST, 'index.html'), 'utf8'), /<meta property="og:title" content="Northbrook University alumni">/);
  // Static hosts may add a trailing slash for a folder; the app still boots and routes.
  for (const path of ['/events/class-of-1977-50th-reunion', '/events/class-of-1977-50th-reunion/']) {
    const p = await eventPage(path, 'Europe/London', '2027-01-10T12:00:00Z');
    assert.equal(await p.locator('h1').innerText(), 'Class of 1977: 50th reunion');
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});

test('event filters (kind, chapter, region, class) live in the address and survive reload and Back', async () => {
  const p = await eventPage('/events?kind=reunion', 'Europe/London', '2026-11-22T12:00:00Z');
  assert.equal(await p.locator('.count').innerText(), '3 events');
  assert.equal(await p.locator('select[name=kind]').inputValue(), 'reunion');
  await p.locator('select[name=class]').selectOption('1977');
  await p.waitForURL(/\/events\/\?kind=reunion&class=1977$/);
  assert.equal(await p.locator('.count').innerText(), '1 event');
  await p.reload();
  await settled(p);
  assert.equal(await p.locator('.count').innerText(), '1 event');
  assert.equal(await p.locator('select[name=class]').inputValue(), '1977');
  await p.goBack();
  await p.waitForURL(/\/events\/\?kind=reunion$/);
  assert.equal(await p.locator('.count').innerText(), '3 events');
  assert.equal(await p.locator('select[name=class]').inputValue(), '');
  await p.goForward();
  await p.waitForURL(/\/events\/\?kind=reunion&class=1977$/);
  await p.locator('select[name=chapter]').selectOption('shanghai');
  assert.equal(await p.locator('.count').innerText(), '0 events');
  assert.match(await p.locator('main').innerText(), /No events match these filters/);
  await p.getByRole('button', { name: 'Show all events' }).click();
  await p.waitForURL(site.srv.url + '/events/');
  await p.locator('select[name=region]').selectOption('online');
  await p.waitForURL(/\/events\/\?region=online$/);
  assert.deepEqual(await p.locator('.card h3').allInnerTexts(), ['Global alumni coffee (online)', 'Career talk: practising medicine abroad']);
  await p.locator('select[name=region]').selectOption('CN');
  assert.equal(await p.locator('.count').innerText(), '1 event');
  await p.getByRole('link', { name: /Shanghai chapter/ }).waitFor();
  await p.locator('select[name=region]').selectOption('');
  await p.waitForURL(site.srv.url + '/events/');
  assert.equal(await p.locator('.count').innerText(), '12 events');
  await p.context().close();
});
