// End-to-end tests of the built site in headless Chromium, served like the target static hosts.
// Expects `dist/` (root) and `target/dist-sub/` (built with BASE=/homecoming/); scripts/browser-tests.sh
// builds both and runs this file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, rmSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, serve, launch, page, settled, screenshotPath, directoryShown } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const DIST = join(ROOT, 'dist');
const DIST_SUB = join(ROOT, 'target/dist-sub');

// Every route with text only real sample content can produce.
const ROUTES = [
  ['home', '/', 'Welcome home, Northbrook alumni', 'Coming up'],
  ['directory', '/directory', 'Alumni directory', 'alumni match'],
  ['alumnus', '/alumni/anna-smith-jones', 'Anna Smith-Jones', 'Surgeon, City Health Trust'],
  ['timeline', '/timeline', 'Campus timeline', 'The library sit-in'],
  ['gallery', '/gallery', 'Gallery', 'The first River Race'],
  ['album', '/gallery/centenary-1998', 'The centenary', 'Sealing the time capsule'],
  ['events', '/events', 'Events', 'Class of 1977: 50th reunion'],
  ['event', '/events/class-of-1977-50th-reunion', 'Class of 1977: 50th reunion', 'Great Hall'],
  ['careers', '/careers', 'Career library', 'A one-page CV template'],
  ['resource', '/careers/a-one-page-cv-template', 'A one-page CV template', 'Download'],
  ['mentors', '/mentors', 'Find a mentor', 'mentors suggested'],
  ['class', '/class/1977', 'Class of 1977', 'Margaret Okafor'],
  ['chapters', '/chapters', 'Chapters and groups', 'Northbrook Rowing Alumni'],
  ['chapter', '/chapters/london', 'London Chapter', 'Margaret Okafor'],
  ['giving', '/giving', 'Giving back', 'Okafor Rowing Scholarship'],
  ['voice', '/voice', 'Alumni voice', 'Alumni Advisory Council'],
  ['members', '/members', 'Alumni-only details', 'Passphrase from the alumni office'],
  ['not-found', '/no/such/page', 'Page not found', 'There is no page at this address'],
];

let browser;
let root;
let rootNetlify;
let sub;
before(async () => {
  browser = await launch();
  root = await serve(DIST, '/', '404');
  rootNetlify = await serve(DIST, '/', '200');
  sub = await serve(DIST_SUB, '/homecoming/', '404');
});
after(async () => {
  await browser?.close();
  for (const s of [root, rootNetlify, sub]) s?.stop();
});

/** Console errors, less the 404 status GitHub Pages gives a deep link's own document. */
const realErrors = (p) => p.errors.filter((e) => !/status of 404/.test(e));

test('every route renders real sample content from a deep link, with one h1 and no console errors', async () => {
  for (const [name, path, h1, text] of ROUTES) {
    for (const [host, srv] of [['github-pages', root], ['netlify', rootNetlify]]) {
      const p = await page(browser);
      await p.goto(srv.url + path);
      await settled(p);
      assert.equal(await p.locator('h1').count(), 1, `${path} on ${host}: one h1`);
      assert.equal((await p.locator('h1').innerText()).trim(), h1, `${path} on ${host}`);
      assert.ok((await p.locator('main').innerText()).includes(text), `${path} on ${host}: shows "${text}"`);
      assert.equal(await p.locator('main#main').count(), 1);
      assert.equal(await p.locator('nav[aria-label]').count() >= 1, true);
      assert.deepEqual(host === 'netlify' ? p.errors : realErrors(p), [], `${path} on ${host}: console errors`);
      await p.context().close();
    }
  }
});

test('links navigate inside the app, and reloading keeps the page', async () => {
  const p = await page(browser);
  await p.goto(root.url + '/');
  await settled(p);
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await p.waitForURL(root.url + '/events/');
  await settled(p);
  assert.equal(await p.locator('h1').innerText(), 'Events');
  await p.getByRole('link', { name: 'Class of 1977: 50th reunion' }).click();
  await p.waitForURL(/\/events\/class-of-1977-50th-reunion\/$/);
  await settled(p);
  await p.reload();
  await settled(p);
  assert.equal(await p.locator('h1').innerText(), 'Class of 1977: 50th reunion');
  await p.goBack();
  await settled(p);
  assert.equal(await p.locator('h1').innerText(), 'Events');
  assert.deepEqual(realErrors(p), []);
  await p.context().close();
});

test('under a sub-path, deep links, links and data all keep the prefix', async () => {
  const p = await page(browser);
  await p.goto(sub.url + '/homecoming/alumni/wang-xiaoming');
  await settled(p);
  assert.equal(await p.locator('h1').innerText(), '王小明');
  const href = await p.getByRole('link', { name: 'Class of 1998' }).first().getAttribute('href');
  assert.equal(href, '/homecoming/class/1998/');
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Gallery' }).click();
  await p.waitForURL(sub.url + '/homecoming/gallery/');
  await settled(p);
  await p.reload();
  await settled(p);
  assert.equal(await p.locator('h1').innerText(), 'Gallery');
  const img = await p.locator('.album img').first().evaluate((i) => i.complete && i.naturalWidth > 0 ? i.src : null);
  assert.ok(img && img.includes('/homecoming/media/'), `images load under the prefix: ${img}`);
  assert.deepEqual(realErrors(p), []);
  await p.context().close();
});

test('a broken or missing content file degrades only its own section', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-broken-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'data/events.json'), '{"this is": not json');
  rmSync(join(dir, 'data/careers.json'));
  // A directory shard cut short (a half-finished upload): a query that needs it says so, and
  // the page stays. ("wang" needs the "wa" shard; one or two letters are answered from
  // their first page alone.)
  const shard = join(dir, 'data/directory/t/7761.bin');
  writeFileSync(shard, readFileSync(shard).subarray(0, 7));
  const srv = await serve(dir, '/', '404');
  try {
    const p = await page(browser);
    await p.goto(srv.url + '/events');
    await settled(p);
    const alert = p.getByRole('alert');
    assert.match(await alert.innerText(), /data\/events\.json arrived but could not be read/);
    assert.match(await alert.innerText(), /rest of the site still works/);
    // The header and other sections still work.
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await settled(p);
    assert.ok((await p.locator('main').innerText()).includes('The library sit-in'));
    assert.equal(await p.getByRole('alert').count(), 0);
    // The home page shows its other sections, and the error only where events were.
    await p.goto(srv.url + '/');
    await settled(p);
    assert.ok((await p.locator('main').innerText()).includes('From the archive'));
    assert.equal(await p.getByRole('alert').count(), 1);
    // A missing file: the host answers 404 with its HTML page.
    await p.goto(srv.url + '/careers');
    await settled(p);
    assert.match(await p.getByRole('alert').innerText(), /answered 404 when asked for data\/careers\.json|did not come back as data/);
    await p.goto(srv.url + '/directory?q=wang');
    await settled(p);
    await p.getByRole('alert').waitFor();
    assert.match(await p.getByRole('alert').innerText(), /data\/directory\/t\/7761\.bin/);
    assert.equal(await p.getByLabel('Search alumni').inputValue(), 'wang');
    await p.context().close();
  } finally {
    srv.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a person who is not listed is in no built file and cannot be reached', async () => {
  const walk = (d) => readdirSync(d).flatMap((f) => {
    const full = join(d, f);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
  // The index's binary files hold words in plain UTF-8, so they are searched too.
  for (const file of walk(DIST).filter((f) => /\.(json|html|js|bin|ics)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!/vestergaard|ingrid@example\.com/i.test(text), `${file} mentions the unlisted person`);
    // Private fields of listed people stay private too (Thomas Hughes shares nothing).
    assert.ok(!text.includes('thomas.hughes@example.com'), `${file} has a private email`);
  }
  const p = await page(browser);
  await p.goto(root.url + '/alumni/ingrid-vestergaard/');
  await settled(p);
  assert.match(await p.locator('main').innerText(), /There is no alumnus called "ingrid-vestergaard"/);
  // Typo tolerance may suggest others (Østergaard), never her.
  for (const q of ['vestergaard', 'ingrid', 'ingrid vestergaard']) {
    await p.goto(root.url + '/directory?q=' + encodeURIComponent(q));
    await settled(p);
    await directoryShown(p);
    const names = await p.locator('.people .card strong').allInnerTexts();
    assert.ok(!names.some((n) => /Ingrid Vestergaard/.test(n)), `${q}: ${names.join(', ')}`);
    assert.equal(await p.locator('a[href$="/alumni/ingrid-vestergaard"]').count(), 0);
  }
  await p.context().close();
});

test('no serious or critical accessibility problems on any page (axe-core), at both widths', async () => {
  for (const [, path] of ROUTES) {
    for (const width of [360, 1280]) {
      // axe-core is injected as an inline script, which the site's policy rightly refuses.
      const p = await page(browser, { width, bypassCSP: true });
      await p.goto(root.url + path);
      await settled(p);
      await p.addScriptTag({ content: AXE });
      const result = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      assert.deepEqual(bad, [], `${path} at ${width}px`);
      await p.context().close();
    }
  }
});

test('keyboard: the first Tab reaches "Skip to content", which moves focus to the page', async () => {
  const p = await page(browser);
  await p.goto(root.url + '/events/');
  await settled(p);
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await p.keyboard.press('Enter');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'main');
  // Focus is visible: the focused link draws an outline.
  await p.keyboard.press('Tab');
  const outline = await p.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await p.context().close();
});

test('the directory finds people by pinyin and by a former name, and says which name matched', async () => {
  const p = await page(browser);
  await p.goto(root.url + '/directory/');
  await settled(p);
  await p.getByLabel('Search alumni').fill('wangxiaoming');
  await p.waitForURL(/\/directory\/\?q=wangxiaoming$/);
  await directoryShown(p);
  assert.ok((await p.locator('.people .card strong').allInnerTexts()).includes('王小明'));
  await p.goto(root.url + '/directory?q=adeyemi');
  await settled(p);
  await directoryShown(p);
  const card = p.locator('.people .card').filter({ hasText: 'Margaret Okafor' });
  assert.match(await card.innerText(), /née Margaret Adeyemi/);
  await p.context().close();
});

test('screenshots of every page at 360 px and 1280 px', async () => {
  for (const [name, path] of ROUTES) {
    for (const width of [360, 1280]) {
      const p = await page(browser, { width, height: 900 });
      await p.goto(root.url + path);
      await settled(p);
      await p.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage: true });
      // Nothing is wider than the screen on a phone.
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} at ${width}px overflows by ${overflow}px`);
      await p.context().close();
    }
  }
});

test('every fixed page, class and career resource is a file of its own: 200 the GitHub Pages way, also under a sub-path', async () => {
  const resource = JSON.parse(readFileSync(join(DIST, 'data/careers.json'), 'utf8'))[0];
  const pages = [
    ['/directory', 'Alumni directory'], ['/timeline', 'Campus timeline'], ['/gallery', 'Gallery'],
    ['/events', 'Events'], ['/careers', 'Career library'], ['/mentors', 'Find a mentor'],
    ['/class/1998', 'Class of 1998'], [`/careers/${resource.id}`, resource.title],
    ['/chapters', 'Chapters and groups'], ['/chapters/sydney', 'Sydney Chapter'],
    ['/giving', 'Giving back'], ['/voice', 'Alumni voice'],
  ];
  for (const [path, title] of pages) {
    for (const [srv, prefix] of [[root, ''], [sub, '/homecoming']]) {
      const res = await fetch(srv.url + prefix + path);
      assert.equal(res.status, 200, `${prefix}${path}`);
      const html = await res.text();
      const shown = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
      assert.ok(shown.startsWith(title.replace(/&/g, '&amp;')), `${prefix}${path}: title ${shown}`);
    }
  }
  // The sample's 288 profiles are files too (up to 5,000 are); an unknown person is the fallback.
  assert.equal((await fetch(root.url + '/alumni/wang-xiaoming')).status, 200);
  assert.equal((await fetch(root.url + '/alumni/no-such-person')).status, 404);
  // Every page's address ends in a slash: links carry it, so no click waits for a redirect.
  const p = await page(browser);
  await p.goto(root.url + '/');
  await settled(p);
  for (const a of await p.locator('nav a, main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    if (a !== '/' && !/\.(ics|xml|json|pdf)$/.test(a)) assert.ok(a.endsWith('/') || a.includes('/?'), `${a} ends in a slash`);
  }
  // GitHub Pages answers a folder's address without the slash with a redirect to it.
  await p.goto(root.url + '/timeline');
  await settled(p);
  assert.equal(new URL(p.url()).pathname, '/timeline/');
  assert.equal((await p.locator('h1').innerText()).trim(), 'Campus timeline');
  // An address the host has no file for (a photo) comes from the fallback; the app puts the slash back.
  await p.goto(root.url + '/gallery/centenary-1998/procession?x=1');
  await settled(p);
  await p.waitForURL(/\/gallery\/centenary-1998\/procession\/\?x=1$/);
  assert.deepEqual(realErrors(p), []);
  await p.context().close();
});

test('pages that show alumni tell search engines not to index them; other pages do not', async () => {
  // In the page shells, before any script runs.
  const robots = (html) => /<meta name="robots" content="noindex">/.test(html);
  for (const path of ['/directory', '/class/1998', '/mentors']) {
    assert.ok(robots(await (await fetch(root.url + path)).text()), `${path} shell says noindex`);
  }
  for (const path of ['/', '/timeline', '/events', '/careers']) {
    assert.ok(!robots(await (await fetch(root.url + path)).text()), `${path} shell may be indexed`);
  }
  // A profile comes in the host's fallback page: the app says it, and takes it back on leaving.
  const p = await page(browser);
  await p.goto(rootNetlify.url + '/alumni/wang-xiaoming');
  await settled(p);
  assert.equal(await p.locator('meta[name=robots]').getAttribute('content'), 'noindex');
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await settled(p);
  assert.equal(await p.locator('meta[name=robots]').count(), 0);
  await p.context().close();
});

test('pages do not shift as their data arrives, and the school comes inside the page (no request for site.json)', async () => {
  // Data answers late, as on a phone's network, so every section fills after the first paint.
  for (const path of ['/', '/careers', '/events', '/timeline']) {
    const p = await page(browser);
    const asked = [];
    await p.route('**/data/**', async (r) => {
      asked.push(new URL(r.request().url()).pathname);
      await new Promise((ok) => setTimeout(ok, 400));
      await r.continue();
    });
    await p.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(root.url + path);
    await settled(p);
    await p.waitForTimeout(300);
    const shift = await p.evaluate(() => window.__shift);
    assert.ok(shift <= 0.02, `${path}: layout shift ${shift.toFixed(3)} (at most 0.02)`);
    assert.ok(!asked.some((f) => f.endsWith('/data/site.json')), `${path} asked for site.json: ${asked}`);
    assert.deepEqual(p.errors, [], path);
    await p.context().close();
  }
});

// Routes that have a file of their own, with text their page holds before any script runs.
const WRITTEN = ROUTES.filter(([name]) => name !== 'not-found');

const textOf = (html) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');

test('every route with a file is written with its content: the HTML holds it before any script runs', async () => {
  for (const [name, path, h1, text] of WRITTEN) {
    const res = await fetch(root.url + path);
    assert.equal(res.status, 200, path);
    const html = await res.text();
    assert.match(html, /<div id="prerendered">/, `${name}: written ahead of time`);
    const body = textOf(html);
    assert.ok(body.includes(h1), `${name}: "${h1}" in ${body.slice(0, 400)}`);
    assert.ok(body.includes(text), `${name}: "${text}"`);
    assert.ok(!/class="loading"/.test(html), `${name} was written with a section still loading`);
    assert.equal((html.match(/<h1[\s>]/g) || []).length, 1, `${name}: one h1`);
  }
  // Under a sub-path every link in the written page keeps the prefix.
  const subPage = await (await fetch(sub.url + '/homecoming/timeline')).text();
  const hrefs = [...subPage.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]).filter((h) => h.startsWith('/'));
  assert.ok(hrefs.length > 5, 'links in the sub-path page');
  for (const h of hrefs) assert.ok(h.startsWith('/homecoming/'), `sub-path link ${h}`);
  // An address without a file is the plain shell, never the home page's content.
  for (const srv of [root, rootNetlify]) {
    const html = await (await fetch(srv.url + '/alumni/no-such-person')).text();
    assert.ok(!html.includes('id="prerendered"'), 'an unknown address does not come as the home page');
  }
});

test('with JavaScript off the site still reads, links are plain links, and the directory search is a GET form', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(root.url + '/');
  assert.equal(await p.locator('h1').innerText(), 'Welcome home, Northbrook alumni');
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await p.waitForURL('**/timeline/');
  assert.equal(await p.locator('h1').innerText(), 'Campus timeline');
  assert.ok((await p.locator('main').innerText()).includes('The library sit-in'));
  await p.screenshot({ path: screenshotPath('no-js-timeline-360'), fullPage: false });
  await p.goto(root.url + '/directory/');
  await p.locator('#q').fill('wang');
  await p.locator('#q').press('Enter');
  await p.waitForURL('**/directory/?q=wang');
  await context.close();
  // The same address with the app: it opens on the query.
  const app = await page(browser);
  await app.goto(root.url + '/directory?q=wang');
  await settled(app);
  assert.ok((await app.locator('.people').innerText()).includes('Wang'), 'the app answers the GET form');
  await app.context().close();
});

test('the app takes over the written page without a visible change, and works as before', async () => {
  for (const path of ['/', '/timeline', '/careers', '/events/class-of-1977-50th-reunion']) {
    const p = await page(browser);
    await p.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(root.url + path);
    const before = await p.locator('main').first().innerText();
    await settled(p);
    assert.equal(await p.locator('#prerendered').count(), 0, `${path}: taken over`);
    assert.equal(await p.locator('main').count(), 1, `${path}: one main`);
    assert.equal(await p.locator('h1').count(), 1, `${path}: one h1`);
    const after = await p.locator('main').innerText();
    assert.equal(after.split('\n')[0], before.split('\n')[0], `${path}: the same page`);
    const shift = await p.evaluate(() => window.__shift);
    assert.ok(shift <= 0.02, `${path}: layout shift ${shift.toFixed(3)} at the takeover`);
    assert.deepEqual(p.errors, [], path);
    await p.context().close();
  }
  // A link in the app navigates without a page load after the takeover.
  const p = await page(browser);
  await p.goto(root.url + '/');
  await settled(p);
  await p.evaluate(() => { window.__same = true; });
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await p.waitForURL('**/events/');
  await settled(p);
  assert.equal(await p.evaluate(() => window.__same), true, 'no page load');
  await p.context().close();
});
