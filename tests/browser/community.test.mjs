// Chapters, giving back and alumni voice (#17): each page reads before the wasm and works
// after it, in every state the sample holds; a do-not-publish gift and the leaders who did not
// choose to be named appear in no built file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, useSite, page, settled, screenshotPath } from './harness.mjs';

const site = useSite();
const DIST = join(ROOT, 'dist');

async function open(path, { now, width = 360 } = {}) {
  const p = await page(site.browser, { width, timezoneId: 'Europe/London' });
  if (now) await p.clock.setFixedTime(new Date(now));
  await p.goto(site.srv.url + path);
  await settled(p);
  return p;
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

test('nothing chosen private reaches any built file', () => {
  // The do-not-publish gift (its id, note and amount), the unlisted leader and council member,
  // and the listed leader who keeps roles private, in the pages where she would have been.
  const secrets = ['shan-quiet-gift', 'Quiet gift for the observatory dome', '25000', 'ingrid-vestergaard', 'Vestergaard'];
  for (const path of files(DIST)) {
    if (!/\.(html|json|js|ics|txt|md)$/.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const s of secrets) assert.ok(!text.includes(s), `${s} in ${path}`);
  }
  const london = JSON.parse(readFileSync(join(DIST, 'data/chapters.json'), 'utf8')).find((c) => c.id === 'london');
  assert.deepEqual(london.leaders.map((l) => l.person.id), ['margaret-okafor']);
  assert.ok(!readFileSync(join(DIST, 'chapters/london/index.html'), 'utf8').includes('Events lead'));
});

test('every page is written ahead of time with its content', () => {
  const html = (p) => readFileSync(join(DIST, p, 'index.html'), 'utf8');
  assert.match(html('chapters'), /Regional chapters[\s\S]*London Chapter[\s\S]*Interest groups[\s\S]*Northbrook Rowing Alumni/);
  assert.match(html('chapters/london'), /Margaret Okafor[\s\S]*Chair/);
  assert.match(html('chapters/sydney'), /No events yet/);
  assert.match(html('giving'), /Honour roll[\s\S]*Okafor Rowing Scholarship[\s\S]*Four mentees/);
  assert.match(html('voice'), /Campus plan 2040[\s\S]*Alumni Advisory Council/);
  for (const p of ['chapters/london', 'giving', 'voice']) assert.match(html(p), /<meta name="robots" content="noindex"/, p);
});

test('chapters: the list, the map, a chapter with its leaders, events and members', async () => {
  const p = await open('/chapters');
  assert.equal(await p.locator('h2', { hasText: 'Regional chapters' }).count(), 1);
  assert.ok(await p.locator('.chapter-map svg path.place').count() >= 7, 'regional countries marked');
  await p.screenshot({ path: screenshotPath('chapters'), fullPage: true });
  await p.getByRole('link', { name: 'Shanghai Chapter' }).click();
  await p.waitForSelector('h1:has-text("Shanghai Chapter")');
  const text = await p.locator('main').innerText();
  assert.match(text, /王小明/);
  assert.match(text, /Chair · Class of 1998/);
  assert.match(text, /Shanghai chapter autumn meetup|Autumn/i);
  // Wang Xiaoming made his email public: it is shown beside his role.
  assert.equal(await p.locator('.card.person a[href^="mailto:"]').count(), 1);
  assert.equal(await p.getByRole('link', { name: 'Join the chapter' }).getAttribute('href'), 'https://forms.northbrook.example.edu/chapters/shanghai');
  await p.getByRole('link', { name: /See them in the directory/ }).click();
  await p.waitForURL(/\/directory\/\?chapter=shanghai/);
  await p.waitForFunction(() => /alumni match/.test(document.body.innerText));
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('a chapter with no events and no named leaders says so, and offers the office', async () => {
  const p = await open('/chapters/sydney');
  const text = await p.locator('main').innerText();
  assert.match(text, /No events yet/);
  assert.match(text, /have not chosen to be named/);
  const href = await p.getByRole('link', { name: 'Ask the alumni office to add you' }).getAttribute('href');
  assert.equal(href, 'mailto:alumni@northbrook.example.edu?subject=Sydney%20Chapter');
  await p.screenshot({ path: screenshotPath('chapter-sydney'), fullPage: true });
  await p.close();
});

test('giving: the honour roll by class year and by kind, as each person chose', async () => {
  const p = await open('/giving');
  const roll = () => p.locator('main').innerText();
  let text = await roll();
  assert.match(text, /Class of 1977[\s\S]*Margaret Okafor/);
  assert.match(text, /Class of 1998[\s\S]*王小明[\s\S]*1 anonymous/);
  assert.match(text, /£50,000 and above/);
  assert.match(text, /Class not shown[\s\S]*1 anonymous/);
  assert.ok(!text.includes('Zeng'), 'an anonymous giver is not named');
  // A story's photo comes in the album photos' sizes, not only its original.
  const img = p.locator('.story img').first();
  const srcset = (await img.getAttribute('srcset')) ?? (await img.getAttribute('data-srcset'));
  assert.match(srcset, /320w.*640w/);
  await img.scrollIntoViewIfNeeded();
  await p.waitForFunction(() => document.querySelector('.story img').complete && document.querySelector('.story img').naturalWidth > 1);
  await p.screenshot({ path: screenshotPath('giving'), fullPage: true });
  await p.getByRole('link', { name: 'By kind' }).click();
  await p.waitForURL(/\?by=kind/);
  text = await roll();
  assert.match(text, /Time and expertise[\s\S]*Mentor[\s\S]*王小明[\s\S]*Funds and scholarships[\s\S]*Donor[\s\S]*2 anonymous/);
  // The choice survives a reload.
  await p.reload();
  await settled(p);
  assert.equal(await p.getByRole('link', { name: 'By kind' }).getAttribute('aria-current'), 'page');
  assert.deepEqual(p.errors, []);
  await p.close();
});

test('a profile shows the recognition its person chose, and only that', async () => {
  const p = await open('/alumni/margaret-okafor');
  await p.waitForSelector('h2:has-text("Giving back")');
  const text = await p.locator('main').innerText();
  assert.match(text, /Scholarship founder 2019/);
  await p.close();
  const q = await open('/alumni/zeng-li');
  await q.waitForTimeout(500);
  assert.equal(await q.locator('h2', { hasText: 'Giving back' }).count(), 0, 'an anonymous gift is not on the profile');
  await q.close();
});

test('voice: open, closing and closed consultations by the device clock', async () => {
  // 2 December 2026: the alumni card closes in 4 days, the campus plan is open.
  const p = await open('/voice', { now: '2026-12-02T12:00:00Z' });
  const cards = p.locator('article.consultation');
  assert.equal(await cards.count(), 3);
  assert.match(await cards.nth(0).innerText(), /Closes in 4 days[\s\S]*An alumni card[\s\S]*Respond/);
  assert.match(await cards.nth(1).innerText(), /^Open[\s\S]*Campus plan 2040/);
  const closed = await cards.nth(2).innerText();
  assert.match(closed, /Closed[\s\S]*You said[\s\S]*58% for June[\s\S]*We did[\s\S]*family day/);
  assert.ok(!closed.includes('Respond'));
  assert.match(await p.locator('main').innerText(), /Alumni Advisory Council[\s\S]*王小明[\s\S]*Chair[\s\S]*2024–2027[\s\S]*Alumni governor, University Council[\s\S]*Council minutes, October 2026/);
  await p.screenshot({ path: screenshotPath('voice'), fullPage: true });
  await p.close();
  // After it closes, with nothing published yet, it says results are coming.
  const q = await open('/voice', { now: '2026-12-07T12:00:00Z' });
  assert.match(await q.locator('#alumni-card').innerText(), /Closed[\s\S]*Responses are being read/);
  await q.close();
});

test('home and footer lead to the three pages', async () => {
  const p = await open('/');
  for (const name of ['Chapters', 'Giving back', 'Alumni voice']) {
    assert.ok(await p.locator('footer').getByRole('link', { name }).count() === 1, name);
    assert.ok(await p.locator('main').getByRole('link', { name }).count() >= 1, name);
  }
  await p.close();
});
