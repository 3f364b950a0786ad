// Shared helpers for the browser tests: a static server like the target hosts, and Debian's
// headless Chromium driven by playwright-core. Servers listen on 127.0.0.1 and stop by themselves.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(ROOT, 'target/debug/homecoming');

/** Serves `dist` under `base` on a free port; resolves to { url, stop }. */
export function serve(dist, base = '/', fallback = '404') {
  return new Promise((ok, fail) => {
    const child = spawn(CLI, ['serve', dist, '--port', '0', '--base', base, '--exit-after', '900', '--fallback', fallback], { stdio: ['ignore', 'ignore', 'pipe'] });
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const m = text.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) ok({ url: `http://127.0.0.1:${m[1]}`, stop: () => child.kill() });
    });
    child.on('exit', (code) => fail(new Error(`server exited (${code}): ${text}`)));
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // playwright starts every launch with a fresh, temporary profile (its own --user-data-dir).
  });
}

/** A page that records console errors and uncaught exceptions (a script the site's Content
 * Security Policy blocks is one). `bypassCSP` only for a test that injects its own tool. */
export async function page(browser, { width = 360, height = 800, timezoneId, bypassCSP = false, serviceWorkers = 'block' } = {}) {
  // The service worker is off unless a test asks for it (offline.test.mjs): requests it
  // answered would bypass the routes other tests set up to break or slow files.
  const context = await browser.newContext({ viewport: { width, height }, timezoneId, bypassCSP, serviceWorkers });
  const p = await context.newPage();
  p.errors = [];
  p.on('console', (m) => { if (m.type() === 'error') p.errors.push(m.text()); });
  p.on('pageerror', (e) => p.errors.push(String(e)));
  return p;
}

/** Waits until the app has taken over the page written ahead of time, rendered its h1, and no
 *  section is still loading. */
export async function settled(p) {
  await p.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('main h1'), null, { timeout: 20000 });
  await p.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 20000 });
}

export function screenshotPath(name) {
  const dir = join(ROOT, 'tests/browser/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** Registers hooks that start a browser and serve `dist` at the root; returns their handles. */
export function useSite(dist = join(ROOT, 'dist')) {
  const handles = {};
  before(async () => {
    handles.browser = await launch();
    handles.srv = await serve(dist, '/', '404');
  });
  after(async () => {
    await handles.browser?.close();
    handles.srv?.stop();
  });
  return handles;
}

/** Waits until the directory's list (and, with `counts`, its facet counts) shows the current
 * address: results load after the address changes. */
export function directoryShown(p, { counts = false } = {}) {
  return p.waitForFunction((counts) => {
    // The app's own list, once it has taken over the page written ahead of time.
    if (document.getElementById('prerendered')) return false;
    const here = location.pathname + location.search;
    const list = document.querySelector('ul.people')?.dataset.state;
    const facets = document.querySelector('#facets')?.dataset.counts;
    return list && here.endsWith(list) && (!counts || (facets && here.endsWith(facets)));
  }, counts, { timeout: 20000 });
}
