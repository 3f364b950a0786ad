// The self-service forms (#16): "Update your details", "Join the directory" and "Remove me"
// fill in an update request; each channel (the email body, the POST to the form endpoint, the
// GitHub issue) carries it, and it round-trips through `homecoming apply` into a record the
// checker passes. The endpoint is answered inside the browser (playwright's route), so no
// request leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, CLI, serve, launch, page, settled } from './harness.mjs';

const ENDPOINT = 'https://forms.northbrook.example.edu/alumni-updates';
let browser;
let srv;
before(async () => {
  browser = await launch();
  // Netlify's way: the forms of one person have no file of their own, and the GitHub Pages
  // way (404 with the app) logs the status as an error, which these tests count.
  srv = await serve(join(ROOT, 'dist'), '/', '200');
});
after(async () => {
  await browser?.close();
  srv?.stop();
});

/** A copy of the sample content to apply requests to. */
function contentCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'hc-apply-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** Applies `request` (text) to `dir`/content, then checks it; returns apply's output. */
function apply(dir, request, ...flags) {
  const file = join(dir, 'request.json');
  writeFileSync(file, request);
  const out = execFileSync(CLI, ['apply', file, '--content', join(dir, 'content'), ...flags], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync(CLI, ['check', join(dir, 'content')], { stdio: 'ignore' });
  return out;
}

const record = (dir, id) => {
  const path = join(dir, 'content/alumni', `${id}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
};

const param = (href, name) => decodeURIComponent(new URL(href.replace(/^mailto:/, 'mailto://')).searchParams.get(name) ?? '');

async function prepared(p) {
  await p.locator('form.request button[type=submit]').click();
  await p.locator('.request-out').waitFor();
}

test('a profile offers "Is this you? Update your details" and "Remove me"', async () => {
  const p = await page(browser);
  await p.goto(srv.url + '/alumni/wang-xiaoming');
  await settled(p);
  await p.locator('main').getByRole('link', { name: 'Update your details' }).click();
  await p.waitForURL(/\/update\/wang-xiaoming\/$/);
  await settled(p);
  assert.equal(await p.locator('main h1').innerText(), 'Update your details');
  assert.equal(await p.locator('#f-city').inputValue(), 'Shanghai', 'prefilled with what is public');
  assert.equal(await p.locator('#f-contact').inputValue(), 'xiaoming.wang@example.com');
  assert.equal(await p.locator('meta[name=robots]').getAttribute('content'), 'noindex', 'it shows a person, like the profile');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('an update goes by email, by POST and as a GitHub issue, and each applies', async () => {
  const p = await page(browser);
  const posted = [];
  await p.context().route(ENDPOINT, async (route) => {
    if (route.request().method() === 'POST') posted.push(route.request().postData());
    await route.fulfill({ status: 200, body: '{"ok":true}', headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'content-type': 'application/json' } });
  });
  await p.goto(srv.url + '/update/wang-xiaoming');
  await settled(p);
  await p.locator('#f-city').fill('Hangzhou');
  await p.locator('#f-job_title').fill('Director of Engineering');
  await p.locator('select[name=show-job_title]').selectOption('private');
  await prepared(p);
  assert.match(await p.locator('.next').innerText(), /Nothing on the site has changed yet/);

  const mailto = await p.locator('#send-email').getAttribute('href');
  assert.match(mailto, /^mailto:alumni@northbrook\.example\.edu\?subject=/);
  const byEmail = param(mailto, 'body');
  const request = JSON.parse(byEmail);
  assert.deepEqual(request.changes, { city: 'Hangzhou', job_title: 'Director of Engineering' });
  assert.ok(!request.consent.public.includes('job_title'), 'job title made private');
  assert.ok(request.consent.public.includes('city'));

  await p.locator('#send-post').click();
  await p.locator('.sent').waitFor();
  assert.equal(posted.length, 1);

  const issue = await p.locator('#send-github').getAttribute('href');
  assert.match(issue, /^https:\/\/github\.com\/northbrook\/alumni-content\/issues\/new\?title=/);
  const byIssue = param(issue, 'body').replace(/^```json\n/, '').replace(/\n```$/, '');

  for (const [channel, text] of [['email', byEmail], ['POST', posted[0]], ['issue', byIssue]]) {
    const dir = contentCopy();
    apply(dir, text);
    const after = record(dir, 'wang-xiaoming');
    assert.equal(after.city, 'Hangzhou', channel);
    assert.equal(after.job_title, 'Director of Engineering', channel);
    assert.ok(!after.consent.public.includes('job_title'), channel);
    assert.ok(after.consent.public.includes('chapters'), `${channel}: what the form does not show stays public`);
    assert.ok(after.consent.public.includes('roles'), `${channel}: a chair of a chapter stays named in it`);
    assert.match(after.confirmed, /^\d{4}-\d{2}-\d{2}$/, channel);
    rmSync(dir, { recursive: true });
  }
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('joining the directory makes a request the office applies once verified', async () => {
  const p = await page(browser);
  await p.goto(srv.url + '/join');
  await settled(p);
  await p.locator('#f-name').fill('Ruth Okoye');
  await p.locator('#f-class_year').fill('2003');
  await p.locator('#f-degree').fill('BSc');
  await p.locator('#f-major').selectOption('physics');
  await p.locator('#f-city').fill('Abuja');
  await p.locator('#f-country').fill('NG');
  await p.locator('#f-contact').fill('ruth.okoye@example.org');
  await prepared(p);
  const byEmail = param(await p.locator('#send-email').getAttribute('href'), 'body');
  const byIssue = param(await p.locator('#send-github').getAttribute('href'), 'body').replace(/^```json\n/, '').replace(/\n```$/, '');
  for (const text of [byEmail, byIssue]) {
    const dir = contentCopy();
    assert.throws(() => apply(dir, text), /Command failed/, 'a join needs --verified');
    apply(dir, text, '--verified');
    const joined = record(dir, 'ruth-okoye-2003');
    assert.equal(joined.major, 'physics');
    assert.equal(joined.city, 'Abuja');
    assert.equal(joined.consent.listed, true);
    rmSync(dir, { recursive: true });
  }
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('"Remove me" makes a removal that forgets the person', async () => {
  const p = await page(browser);
  await p.goto(srv.url + '/remove/wang-xiaoming');
  await settled(p);
  assert.equal(await p.locator('#f-city').count(), 0, 'no fields to fill for a removal');
  await prepared(p);
  const byEmail = param(await p.locator('#send-email').getAttribute('href'), 'body');
  const byIssue = param(await p.locator('#send-github').getAttribute('href'), 'body').replace(/^```json\n/, '').replace(/\n```$/, '');
  assert.equal(JSON.parse(byEmail).kind, 'remove');
  for (const text of [byEmail, byIssue]) {
    const dir = contentCopy();
    apply(dir, text);
    assert.equal(record(dir, 'wang-xiaoming'), null);
    assert.match(readFileSync(join(dir, 'content/forgotten.json'), 'utf8'), /sha256/);
    rmSync(dir, { recursive: true });
  }
  await p.context().close();
});

test('the form says what is missing and works from the keyboard at 360 px', async () => {
  const p = await page(browser, { width: 360 });
  await p.goto(srv.url + '/remove/wang-xiaoming');
  await settled(p);
  await p.locator('#f-contact').fill('');
  await p.locator('#f-contact').focus();
  await p.keyboard.press('Enter');
  // The browser's own check (required, type=email) or ours: the request is not made.
  assert.equal(await p.locator('.request-out').count(), 0);
  const wide = await p.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `${wide} px wide`);
  await p.context().close();
});

test('a class note is sent from the profile, applied, and shown on the profile and the class page', async () => {
  const p = await page(browser);
  await p.goto(srv.url + '/alumni/wang-xiaoming');
  await settled(p);
  // The sample's own note, newest first, on the profile and the class page.
  assert.match(await p.locator('.notes').innerText(), /lead Kestrel Systems' payments team/);
  await p.locator('main').getByRole('link', { name: 'Send a class note' }).click();
  await p.waitForURL(/\/note\/wang-xiaoming\/$/);
  await settled(p);
  await p.locator('#f-note').fill('Our daughter was born in May; we named her after the library.');
  await prepared(p);
  const text = param(await p.locator('#send-email').getAttribute('href'), 'body');
  const request = JSON.parse(text);
  assert.equal(request.kind, 'note');
  const dir = contentCopy();
  apply(dir, text);
  const written = JSON.parse(readFileSync(join(dir, 'content/notes', `wang-xiaoming-${request.date}.json`), 'utf8'));
  assert.equal(written.alumnus, 'wang-xiaoming');
  assert.equal(written.text, 'Our daughter was born in May; we named her after the library.');
  rmSync(dir, { recursive: true });

  await p.goto(srv.url + '/class/1998');
  await settled(p);
  const notes = await p.locator('.notes').innerText();
  assert.match(notes, /Kestrel Systems' payments team/);
  assert.match(notes, /王小明/, 'a class page names who sent each note');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});
