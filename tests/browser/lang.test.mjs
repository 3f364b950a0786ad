// 简体中文 (#19): with ?lang=zh-Hans every route shows no English interface string (compared
// against the English table, read from the source of `i18n`), `<html lang>` follows, the
// choice stays on the device across pages and reloads, the header's switch goes back, the page
// written ahead of time comes in Chinese, and axe-core finds nothing serious in Chinese.
// Screenshots of every page at 360 px go to tests/browser/screenshots/zh-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, useSite, page, settled, screenshotPath } from './harness.mjs';

const site = useSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const ROUTES = [
  ['home', '/'], ['directory', '/directory'], ['directory-query', '/directory?q=smith'],
  ['alumnus', '/alumni/anna-smith-jones'], ['timeline', '/timeline'], ['gallery', '/gallery'],
  ['album', '/gallery/centenary-1998'], ['events', '/events'],
  ['event', '/events/class-of-1977-50th-reunion'], ['careers', '/careers'],
  ['resource', '/careers/a-one-page-cv-template'], ['mentors', '/mentors'], ['class', '/class/1977'],
  ['chapters', '/chapters'], ['chapter', '/chapters/london'], ['giving', '/giving'],
  ['voice', '/voice'], ['members', '/members'], ['join', '/join'],
  ['update', '/update/anna-smith-jones'], ['not-found', '/no/such/page'],
];

/** Every English interface string, as a pattern for a whole text: the literals of the `EN`
 *  tables, a `{placeholder}` standing for any text. Literals with fewer than three Latin
 *  letters of their own ("—", "{a}–{b}") say nothing about the language and are left out. */
function englishTable() {
  const patterns = [];
  for (const file of ['mod.rs', 'community.rs', 'members.rs']) {
    const source = readFileSync(join(ROOT, 'crates/core/src/i18n', file), 'utf8');
    const start = source.indexOf('pub const EN:');
    const body = source.slice(start, source.indexOf('\n};', start));
    for (const [, raw] of body.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      const text = raw.replace(/\\"/g, '"');
      const words = text.replace(/\{[^}]*\}/g, '');
      if ((words.match(/[A-Za-z]/g) || []).length < 3) continue;
      const escaped = text.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      patterns.push(`^${escaped.join('.+')}$`);
    }
  }
  return patterns;
}
const ENGLISH = englishTable();

/** Every text staff wrote in content/ (an album called "Then and now", a contact labelled
 *  "Alumni office"): content stays as written, so such a text is not the interface's. */
function contentTexts() {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      out.add(v.replace(/\s+/g, ' ').trim());
      // A story's markdown links are texts of their own on the page.
      for (const [, text] of v.matchAll(/\[([^\]]+)\]\(/g)) out.add(text.trim());
    }
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const dir = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) dir(path);
      else if (e.name.endsWith('.json')) walk(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  dir(join(ROOT, 'content'));
  return [...out];
}
const CONTENT = contentTexts();

/** Texts and labels on the page that are an English interface string. */
function englishOn(p) {
  return p.evaluate(([patterns, content]) => {
    const res = patterns.map((s) => new RegExp(s, 's'));
    const staff = new Set(content);
    const found = new Set();
    const look = (text, where) => {
      const t = (text || '').replace(/\s+/g, ' ').trim();
      if (t && !staff.has(t) && res.some((re) => re.test(t))) found.add(`${where}: ${t}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      // Not English on purpose: what is marked so.
      if (el && !el.closest('[hidden], script, style, noscript, body [lang="en"]')) look(walker.currentNode.data, el.tagName);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
      if (el.closest('body [lang="en"]')) continue;
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) look(el.getAttribute(a), `@${a}`);
    }
    // "<page> · <school>": each part on its own (an event's title is staff's).
    document.title.split(' · ').forEach((part) => look(part, 'title'));
    return [...found];
  }, [ENGLISH, CONTENT]);
}

test('the English table is real: an English page shows its strings', async () => {
  assert.ok(ENGLISH.length > 300, `${ENGLISH.length} English strings`);
  const p = await page(site.browser);
  await p.goto(site.srv.url + '/?lang=en');
  await settled(p);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
  const found = await englishOn(p);
  assert.ok(found.length > 10, found.join('\n'));
  await p.context().close();
});

test('with ?lang=zh-Hans every route shows no English interface string, and axe finds nothing serious', async () => {
  for (const [name, path] of ROUTES) {
    const p = await page(site.browser);
    const sep = path.includes('?') ? '&' : '?';
    await p.goto(site.srv.url + path + sep + 'lang=zh-Hans');
    await settled(p);
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'zh-Hans', path);
    assert.deepEqual(await englishOn(p), [], path);
    await p.screenshot({ path: screenshotPath(`zh-${name}`), fullPage: true });
    await p.context().close();
    // axe-core is injected as an inline script, which the site's policy rightly refuses.
    const a = await page(site.browser, { bypassCSP: true });
    await a.goto(site.srv.url + path + sep + 'lang=zh-Hans');
    await settled(a);
    await a.addScriptTag({ content: AXE });
    const result = await a.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(bad, [], `${path} in zh-Hans`);
    await a.context().close();
  }
});

test('the page written ahead of time comes in Chinese, before the app', async () => {
  const p = await page(site.browser);
  // Block the app: only the written page and the first script run.
  await p.route(/\.wasm$/, (r) => r.abort());
  await p.goto(site.srv.url + '/events?lang=zh-Hans');
  await p.waitForSelector('#prerendered h1');
  assert.equal(await p.locator('#prerendered h1').textContent(), '活动');
  // The address stays the route's, not the Chinese file's.
  assert.equal(new URL(p.url()).pathname.replace(/\/$/, ''), '/events');
  await p.context().close();
});

test('the choice survives pages and reloads, and the switch in the header goes back', async () => {
  const p = await page(site.browser);
  await p.goto(site.srv.url + '/?lang=zh-Hans');
  await settled(p);
  await p.goto(site.srv.url + '/events/');
  await settled(p);
  assert.equal(await p.locator('main h1').textContent(), '活动');
  await p.reload();
  await settled(p);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.equal(await p.locator('main h1').textContent(), '活动');
  // A profile has no page file of its own in either language: the fallback speaks Chinese too.
  await p.goto(site.srv.url + '/alumni/anna-smith-jones/');
  await settled(p);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.ok((await p.locator('main').textContent()).includes('届'));
  await p.getByRole('link', { name: 'English' }).click();
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  await settled(p);
  assert.equal(await p.locator('.lang-switch a').textContent(), '简体中文');
  await p.goto(site.srv.url + '/events/');
  await settled(p);
  assert.equal(await p.locator('main h1').textContent(), 'Events');
  await p.context().close();
});

test("site-level names come in the Chinese forms site.json gives them; staff's content stays as written", async () => {
  const siteJson = JSON.parse(readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8'));
  const p = await page(site.browser);
  await p.goto(site.srv.url + '/directory?lang=zh-Hans');
  await settled(p);
  // The header's school name, and a college among the directory's filters.
  assert.equal(await p.locator('.brand-name').textContent(), siteJson.name_zh);
  const college = siteJson.colleges[0];
  assert.ok(await p.locator('#facets').getByText(college.name_zh, { exact: true }).count() > 0, college.name_zh);
  assert.equal(await p.locator('#facets').getByText(college.name, { exact: true }).count(), 0, college.name);
  assert.ok((await p.title()).endsWith(siteJson.name_zh), await p.title());
  // A profile's study and chapters.
  await p.goto(site.srv.url + '/alumni/wang-xiaoming/');
  await settled(p);
  const main = await p.locator('main').textContent();
  assert.ok(main.includes('计算机科学') && main.includes('上海校友会'), main);
  // His bio is content: it stays in English.
  assert.ok(main.includes("Builds payment systems"), main);
  await p.context().close();
  // The page written ahead of time names the school in Chinese too.
  const html = await (await fetch(site.srv.url + '/chapters/index.zh-Hans.html')).text();
  assert.ok(html.includes(siteJson.name_zh), 'the Chinese chapters page names the school in Chinese');
});
