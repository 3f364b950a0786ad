// The hostile-content corpus (#15): target/dist-hostile, built by scripts/hostile/build.sh from
// the sample with attack payloads in every free-text field (scripts/hostile/corpus.py). Every
// page that shows those fields is opened, with JavaScript and without; the test fails if any
// payload runs (`__pwned`, a dialog, a script the Content Security Policy had to stop), lands as
// markup (`data-pwn`, an `on…` attribute, a `javascript:` link), makes any request leave
// 127.0.0.1, or if any hostile file is published.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, serve, launch, settled } from './harness.mjs';

const DIST = join(ROOT, 'target/dist-hostile');
const PAYLOADS = 38;

let browser;
let srv;
before(async () => {
  browser = await launch();
  srv = await serve(DIST, '/', '404');
});
after(async () => {
  await browser?.close();
  srv?.stop();
});

const ids = [...Array(PAYLOADS).keys()];
const ROUTES = [
  '/', '/directory', '/directory?q=hostile', '/timeline', '/gallery', '/gallery/hostile',
  '/gallery/hostile/p3', '/events', '/careers', '/mentors', '/class/2016',
  '/chapters', '/chapters/london', '/chapters/engineering-alumni', '/giving', '/giving?by=kind', '/voice',
  ...ids.map((i) => `/alumni/hostile-${i}`),
  ...ids.map((i) => `/events/hostile-${i}`),
  ...ids.map((i) => `/careers/hostile-${i}`),
];

/** A context that records every sign of a payload at work. */
async function watched({ javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled });
  const signs = [];
  await context.exposeFunction('__pwned', (n) => signs.push(`payload ${n} ran`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__pwned(`(stopped by the policy: ${e.violatedDirective} ${e.blockedURI} ${e.sample})`);
    });
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      signs.push(`request left 127.0.0.1: ${url}`);
      return route.abort();
    }
    return route.continue();
  });
  const p = await context.newPage();
  p.on('dialog', (d) => { signs.push(`dialog: ${d.message()}`); d.dismiss(); });
  p.on('pageerror', (e) => signs.push(`page error: ${e}`));
  return { context, p, signs };
}

/** Markup that came from a payload: elements it marked, handlers, script links. */
function injected() {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    if (el.hasAttribute('data-pwn')) found.push(`<${el.localName} data-pwn>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
      if (/^(href|src|action|formaction|data)$/i.test(a.name) && /^\s*(javascript|data):/i.test(a.value) && !(el.localName === 'img' && /^data:image\//.test(a.value))) {
        found.push(`<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`);
      }
    }
    if (el.localName === 'iframe' || el.localName === 'object' || el.localName === 'embed') found.push(`<${el.localName}>`);
  }
  return found;
}

test('no payload of the corpus runs, lands as markup or reaches another host, with the app', async () => {
  const { context, p, signs } = await watched();
  for (const path of ROUTES) {
    await p.goto(srv.url + path);
    await settled(p);
    // Hover and focus what there is: handlers that need a user would run now.
    await p.mouse.move(180, 300);
    const found = await p.evaluate(injected);
    assert.deepEqual(found, [], `${path}: payload markup in the page`);
    assert.deepEqual(signs, [], `${path}`);
    // A payload is one long word: it wraps instead of making the page wider than the phone.
    const wide = await p.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `${path}: the page is ${wide} px wide on a 360 px screen`);
    // The payloads are on the page, as text.
    if (path.startsWith('/alumni/hostile-')) {
      const n = path.split('-').pop();
      assert.match(await p.locator('main h1').innerText(), new RegExp(`^Hostile ${n} `), path);
    }
  }
  await context.close();
});

test('no payload runs or lands in the pages written ahead of time (JavaScript off)', async () => {
  const { context, p, signs } = await watched({ javaScriptEnabled: false });
  for (const path of ROUTES.filter((r) => !r.startsWith('/alumni/') || r.endsWith('-3'))) {
    const res = await p.goto(srv.url + path);
    // Profiles and a photo's own address are the app's to route (the host's 404 page).
    assert.ok(res.status() === 200 || /^\/(alumni|gallery\/hostile\/p)/.test(path), `${path}: ${res.status()}`);
    const found = await p.evaluate(injected);
    assert.deepEqual(found, [], `${path}: payload markup in the written page`);
    assert.deepEqual(signs, [], path);
  }
  await context.close();
});

test('the policy is in force: an inline script put into the page does not run', async () => {
  const { context, p, signs } = await watched();
  const res = await p.goto(srv.url + '/directory');
  await settled(p);
  const headers = res.headers();
  assert.match(headers['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(headers['content-security-policy'], /script-src[^;]*unsafe-inline/);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  const ran = await p.evaluate(() => {
    window.__ran = false;
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
    return window.__ran;
  });
  assert.equal(ran, false, 'an inline script ran');
  // The browser reports the violation a moment later.
  for (let i = 0; i < 40 && !signs.length; i++) await p.waitForTimeout(50);
  assert.ok(signs.some((s) => s.includes('stopped by the policy: script-src')), signs.join('\n'));
  await context.close();
});

test('no hostile file is published: media holds only the files records name, in safe names and types', () => {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path); else files.push(relative(DIST, path));
    }
  };
  walk(join(DIST, 'media'));
  assert.ok(files.length > 40, `${files.length} media files`);
  for (const f of files) {
    assert.match(f, /^media\/[A-Za-z0-9_\-./]+$/, f);
    assert.match(f, /\.(jpg|jpeg|png|md|pdf|txt|svg)$/, f);
    assert.doesNotMatch(f, /evil/, f);
    if (f.endsWith('.svg')) assert.doesNotMatch(readFileSync(join(DIST, f), 'utf8'), /<script|onload|onerror/i, f);
  }
});
