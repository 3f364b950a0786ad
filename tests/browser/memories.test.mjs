// Campus memories: the lightbox (keys, swipe, zoom, focus), lazy images, layout stability,
// "then and now", the "my years" lens, tag filters and class pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, page, settled, useSite } from './harness.mjs';

const DIST = join(ROOT, 'dist');
const site = useSite(DIST);

const open = async (path, options = {}) => {
  const p = await page(site.browser, options);
  await p.goto(site.srv.url + path);
  await settled(p);
  return p;
};
const counter = (p) => p.locator('.lightbox .counter').innerText();
const focusInDialog = (p) => p.evaluate(() => !!document.activeElement.closest('.lightbox'));

test('the lightbox opens from the grid, answers arrow keys and Escape, and gives focus back', async () => {
  const p = await open('/gallery/centenary-1998', { width: 1280, height: 900 });
  await p.locator('#photo-procession a.zoom-in').click();
  await p.waitForURL(/\/gallery\/centenary-1998\/procession\/$/);
  const dialog = p.getByRole('dialog', { name: 'Photo viewer' });
  await dialog.waitFor();
  assert.equal(await counter(p), '1 / 10');
  assert.ok(await focusInDialog(p), 'focus moves into the dialog');
  await p.keyboard.press('ArrowRight');
  await p.waitForURL(/\/capsule\/$/);
  assert.equal(await counter(p), '2 / 10');
  await p.keyboard.press('ArrowLeft');
  await p.keyboard.press('ArrowLeft');
  await p.waitForURL(/\/cake\/$/);
  assert.equal(await counter(p), '10 / 10');
  await p.keyboard.press('ArrowRight');
  await p.waitForURL(/\/procession\/$/);
  // Focus stays inside while tabbing around.
  for (let i = 0; i < 12; i++) {
    await p.keyboard.press(i % 3 === 0 ? 'Shift+Tab' : 'Tab');
    assert.ok(await focusInDialog(p), `focus escaped after ${i + 1} presses`);
  }
  await p.keyboard.press('Escape');
  await p.waitForURL(site.srv.url + '/gallery/centenary-1998/');
  assert.equal(await dialog.count(), 0);
  await p.waitForFunction(() => document.activeElement?.closest('#photo-procession'));
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('every photo has its own address: a deep link opens the lightbox, and reload keeps it', async () => {
  const p = await open('/gallery/centenary-1998/capsule');
  await p.getByRole('dialog').waitFor();
  assert.equal(await counter(p), '2 / 10');
  assert.match(await p.locator('.lightbox figcaption').innerText(), /Sealing the time capsule/);
  await p.reload();
  await settled(p);
  await p.getByRole('dialog').waitFor();
  assert.equal(await counter(p), '2 / 10');
  await p.context().close();
});

test('swipes move between photos on a touch screen, and zoom toggles', async () => {
  const p = await open('/gallery/river-race-1974/start', { width: 360, height: 780 });
  await p.getByRole('dialog').waitFor();
  const swipe = (from, to) => p.evaluate(([a, b]) => {
    const el = document.querySelector('.lightbox');
    const touch = (x) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
    el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, changedTouches: [touch(a)], touches: [touch(a)] }));
    el.dispatchEvent(new TouchEvent('touchend', { bubbles: true, changedTouches: [touch(b)], touches: [] }));
  }, [from, to]);
  await swipe(300, 80);
  await p.waitForURL(/\/crowd\/$/);
  assert.equal(await counter(p), '2 / 10');
  await swipe(80, 300);
  await p.waitForURL(/\/start\/$/);
  await swipe(200, 190); // too short to count
  assert.equal(await counter(p), '1 / 10');
  const zoom = p.getByRole('button', { name: 'Zoom' });
  await zoom.click();
  assert.equal(await zoom.getAttribute('aria-pressed'), 'true');
  assert.equal(await p.locator('.lightbox-figure.zoomed').count(), 1);
  await zoom.click();
  assert.equal(await zoom.getAttribute('aria-pressed'), 'false');
  await p.context().close();
});

test('photos far below the fold are not downloaded at load', async () => {
  const p = await page(site.browser, { width: 360, height: 780 });
  const requested = [];
  p.on('request', (r) => { if (r.url().includes('/media/')) requested.push(r.url()); });
  await p.goto(site.srv.url + '/gallery/reunion-2016/');
  await settled(p);
  await p.waitForTimeout(1000);
  const fetched = (name) => requested.some((u) => new RegExp(`/${name}(-\\d+)?\\.jpg$`).test(u));
  assert.ok(fetched('welcome'), 'the first photo loads');
  for (const far of ['bell', 'goodbye']) {
    assert.ok(!fetched(far), `${far} was fetched at load`);
  }
  // They arrive when scrolled to.
  await p.locator('#photo-goodbye').scrollIntoViewIfNeeded();
  await p.waitForFunction(() => { const i = document.querySelector('#photo-goodbye img'); return i.currentSrc.includes('goodbye') && i.complete; });
  assert.ok(fetched('goodbye'));
  // Variants come from srcset, and the phone gets a small one.
  const chosen = await p.locator('#photo-welcome img').evaluate((i) => i.currentSrc);
  assert.match(chosen, /variants\/.*-(320|640)\.jpg$/);
  await p.context().close();
});

test('an album page does not shift as its images arrive (CLS = 0)', async () => {
  for (const width of [360, 1280]) {
    const p = await page(site.browser, { width, height: 900 });
    await p.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(site.srv.url + '/gallery/class-of-1977/');
    await settled(p);
    await p.waitForFunction(() => [...document.querySelectorAll('.photo-grid img')].slice(0, 4).every((i) => i.complete));
    await p.mouse.wheel(0, 1500);
    await p.waitForTimeout(800);
    assert.equal(await p.evaluate(() => window.__shift), 0, `layout shift at ${width}px`);
    await p.context().close();
  }
});

test('"then and now" compares two photos with a slider the keyboard can move', async () => {
  const p = await open('/gallery/then-and-now');
  const slider = p.getByRole('slider').first();
  assert.match(await slider.getAttribute('aria-label'), /Slide to compare then and now \(1981 – 2026\)/);
  const clip = () => p.locator('.compare-then').first().evaluate((e) => e.style.clipPath);
  assert.equal(await clip(), 'inset(0px 50% 0px 0px)');
  await slider.focus();
  await p.keyboard.press('ArrowRight');
  await p.keyboard.press('ArrowRight');
  assert.equal(await clip(), 'inset(0px 48% 0px 0px)');
  await p.context().close();
});

test('the "my years" lens highlights your years, stays on the device, and fills the home page', async () => {
  const p = await open('/timeline');
  await p.locator('select[name=my-year]').selectOption('1998');
  const mine = await p.locator('.milestone.mine h3').allInnerTexts();
  assert.deepEqual(mine, ['The centenary']);
  assert.equal(await p.locator('.milestone.mine .badge-mine').count(), 1);
  assert.equal(await p.evaluate(() => localStorage.getItem('homecoming.class-year')), '1998');
  await p.reload();
  await settled(p);
  assert.equal(await p.locator('select[name=my-year]').inputValue(), '1998');
  await p.goto(site.srv.url + '/');
  await settled(p);
  assert.equal(await p.locator('#yours').innerText(), 'When you were here, 1994–1998');
  assert.match(await p.locator('main').innerText(), /The centenary/);
  await p.context().close();
});

test('timeline tag filters live in the address', async () => {
  const p = await open('/timeline?tag=sports');
  const titles = await p.locator('.milestone h3').allInnerTexts();
  assert.deepEqual(titles, ['The rowing club is founded', 'First River Race against Eastfield', 'Northbrook wins the River Race', "Women's eight wins the River Race", 'The new boathouse']);
  assert.equal(await p.getByRole('button', { name: 'Sports' }).getAttribute('aria-pressed'), 'true');
  await p.getByRole('button', { name: 'Everything' }).click();
  await p.waitForURL(site.srv.url + '/timeline/');
  assert.equal(await p.locator('.count').innerText(), '31 milestones');
  await p.context().close();
});

test('a class page shows that class, the years they were on campus, their photos and reunions', async () => {
  const p = await open('/class/1977');
  const cards = await p.locator('.people .card .meta').allInnerTexts();
  assert.ok(cards.length > 0);
  for (const c of cards.filter((t) => t.startsWith('Class of'))) assert.match(c, /^Class of 1977 · /);
  const moments = await p.locator('h2:has-text("Timeline") + ul .kicker').allInnerTexts();
  assert.ok(moments.length > 0);
  for (const y of moments) assert.ok(+y >= 1973 && +y <= 1977, `timeline year ${y}`);
  const photos = await p.locator('.photo-grid figcaption').allInnerTexts();
  assert.ok(photos.length > 0);
  for (const c of photos) {
    const y = +c.match(/(\d{4})$/)[1];
    assert.ok(y >= 1973 && y <= 1977, `photo year ${y}`);
  }
  assert.match(await p.locator('main').innerText(), /Class of 1977: 50th reunion/);
  await p.context().close();
});
