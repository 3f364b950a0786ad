// Offline and installable (#19, first part): the manifest and the service worker meet
// Chromium's install criteria; pages the reader has visited reload and work with the network
// cut, saying so; a new deploy brings the update prompt, and its reload runs the new version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, serve, launch, page, settled, screenshotPath } from './harness.mjs';

async function controlled(p) {
  await p.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 20000 });
}

test('installable, and visited pages work offline', async () => {
  // A profile of its own, not an incognito context: Chromium offers to install only there.
  const profile = mkdtempSync(join(tmpdir(), 'homecoming-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 360, height: 800 },
  });
  const srv = await serve(join(ROOT, 'dist'));
  try {
    const p = context.pages()[0] || await context.newPage();
    await p.goto(srv.url + '/');
    await settled(p);
    await controlled(p);
    const cdp = await p.context().newCDPSession(p);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], JSON.stringify(manifest.errors));
    const m = JSON.parse(manifest.data);
    assert.equal(m.start_url, '/');
    assert.deepEqual(m.icons.map((i) => i.sizes), ['192x192', '512x512']);
    const install = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(install.installabilityErrors, [], JSON.stringify(install.installabilityErrors));

    const visited = [
      ['/', 'Welcome home, Northbrook alumni'],
      ['/events/class-of-1977-50th-reunion', 'Class of 1977: 50th reunion'],
      ['/directory?q=anna', 'Alumni directory'],
      ['/alumni/anna-smith-jones', 'Anna Smith-Jones'],
    ];
    for (const [path] of visited) {
      await p.goto(srv.url + path);
      await settled(p);
    }
    await p.context().setOffline(true);
    for (const [path, h1] of visited) {
      await p.goto(srv.url + path);
      await settled(p);
      assert.equal((await p.locator('h1').innerText()).trim(), h1, path);
      await p.getByText('You are offline').waitFor();
    }
    assert.ok((await p.locator('main').innerText()).includes('Surgeon'));
    await p.screenshot({ path: screenshotPath('offline-profile-360'), fullPage: true });
    // A query never asked online: answered from the cards this device has, and said to be partial.
    await p.goto(srv.url + '/directory?q=smith');
    await settled(p);
    await p.getByText('may be incomplete').waitFor({ timeout: 15000 });
    assert.ok(await p.locator('main .cards.people').getByText('Anna Smith-Jones').count() > 0, 'Anna from the cache');
    await p.screenshot({ path: screenshotPath('offline-directory-360'), fullPage: true });
  } finally {
    srv.stop();
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("an event saved for offline brings its class page and classmates' cards to a hall with no signal", async () => {
  const browser = await launch();
  const srv = await serve(join(ROOT, 'dist'));
  try {
    const p = await page(browser, { serviceWorkers: 'allow' });
    // Straight to the reunion from a shared link: the class page was never opened.
    await p.goto(srv.url + '/events/class-of-2002-25th-reunion');
    await settled(p);
    await p.getByRole('button', { name: 'Save for offline' }).click();
    await p.getByText(/^Saved: this event, the class of 2002 page and \d+ classmate/).waitFor({ timeout: 20000 });
    await p.screenshot({ path: screenshotPath('offline-saved-event-360') });
    await p.context().setOffline(true);
    await p.goto(srv.url + '/class/2002');
    await settled(p);
    assert.equal((await p.locator('h1').innerText()).trim(), 'Class of 2002');
    await p.getByText('You are offline').waitFor();
    assert.ok(await p.locator('main .cards.people li').count() > 0, 'classmates offline');
    await p.screenshot({ path: screenshotPath('offline-class-360'), fullPage: true });
    await p.goto(srv.url + '/events/class-of-2002-25th-reunion');
    await settled(p);
    assert.equal((await p.locator('h1').innerText()).trim(), 'Class of 2002: 25th reunion');
    await p.context().close();
  } finally {
    srv.stop();
    await browser.close();
  }
});

test('a new deploy brings the update prompt, and its reload runs the new version', async () => {
  const dir = join(ROOT, 'target/tmp/offline-deploy');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  const browser = await launch();
  const srv = await serve(dir);
  try {
    const p = await page(browser, { serviceWorkers: 'allow' });
    await p.goto(srv.url + '/');
    await settled(p);
    await controlled(p);
    assert.equal(await p.getByText('A new version').count(), 0);
    // Deploy: a new worker version (what any changed build writes).
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));
    await p.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await p.getByText('A new version of the site is ready').waitFor({ timeout: 20000 });
    await p.screenshot({ path: screenshotPath('offline-update-360') });
    await Promise.all([
      p.waitForEvent('load', { timeout: 20000 }),
      p.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await settled(p);
    const version = await p.evaluate(() => caches.keys());
    assert.ok(version.some((k) => k.endsWith('-next')), version.join());
    assert.ok(!version.some((k) => k.startsWith('homecoming-shell-') && !k.endsWith('-next')), 'the old version is gone');
    await p.context().close();
  } finally {
    srv.stop();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
