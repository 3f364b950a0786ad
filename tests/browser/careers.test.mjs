// Career library and mentoring: search with typos and prefixes, filters with counts in the
// address, downloads, postings that expire by the injected clock, and the mentor finder's reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, page, settled, useSite } from './harness.mjs';

const site = useSite(join(ROOT, 'dist'));
const open = async (path, now) => {
  const p = await page(site.browser);
  if (now) await p.clock.setFixedTime(new Date(now));
  await p.goto(site.srv.url + path);
  await settled(p);
  return p;
};
const titles = (p) => p.locator('.cards:not(.opportunities) .card h3').allInnerTexts();

test('library search finds through typos, prefixes and accents, and keeps the query in the address', async () => {
  const p = await open('/careers');
  await p.getByLabel('Search the library').fill('negotation');
  await p.waitForURL(/\/careers\/\?q=negotation$/);
  const negotiation = await titles(p);
  assert.ok(negotiation.length >= 1 && negotiation.every((t) => t.startsWith('Salary negotiation basics')), negotiation.join('|'));
  await p.getByLabel('Search the library').fill('intervi');
  await p.waitForURL(/q=intervi$/);
  const found = await titles(p);
  // Titles that match come first; resources matched by their topic ("Interviews") follow.
  assert.ok(found.slice(0, 4).every((t) => /interview/i.test(t)), found.join('|'));
  assert.ok(found.indexOf('Salary negotiation basics') > 3, found.join('|'));
  assert.ok(found.includes('Technical interviews for software roles'));
  await p.reload();
  await settled(p);
  assert.equal(await p.getByLabel('Search the library').inputValue(), 'intervi');
  assert.deepEqual(await titles(p), found);
  await p.getByLabel('Search the library').fill('zzzz');
  assert.match(await p.locator('main').innerText(), /Nothing matches/);
  await p.context().close();
});

test('filters show a count for every value and combine with the query', async () => {
  const p = await open('/careers?q=template');
  const count = async () => +(await p.locator('.count').first().innerText()).split(' ')[0];
  const all = await count();
  assert.ok(all >= 2);
  const formatOptions = await p.locator('select[name=format] option').allInnerTexts();
  assert.ok(formatOptions.some((o) => /^Template \(\d+\)$/.test(o)), formatOptions.join('|'));
  await p.locator('select[name=category]').selectOption('entrepreneurship');
  await p.waitForURL(/q=template&category=entrepreneurship$/);
  assert.ok((await count()) < all);
  const plans = await titles(p);
  assert.ok(plans.length >= 1 && plans.every((t) => t.startsWith('A simple business plan template')), plans.join('|'));
  // The category's own counts still describe the other choices.
  const cv = (await p.locator('select[name=category] option').allInnerTexts()).find((o) => o.startsWith('CV and résumé'));
  assert.match(cv, /^CV and résumé \([1-9]\d*\)$/);
  await p.goBack();
  await p.waitForURL(/\/careers\/\?q=template$/);
  assert.equal(await count(), all);
  await p.context().close();
});

test('a resource page shows its download with type and size', async () => {
  const p = await open('/careers/a-one-page-cv-template');
  const link = p.getByRole('link', { name: /^Download \(text\/markdown, \d+ (B|KB)\)$/ });
  assert.equal(await link.count(), 1);
  const res = await p.request.get(site.srv.url + '/' + (await link.getAttribute('href')));
  assert.equal(res.status(), 200);
  assert.match(await res.text(), /# Your Name/);
  await p.context().close();
});

test('a posting disappears when the injected clock passes its expiry', async () => {
  const before = await open('/careers', '2026-11-30T12:00:00Z');
  const postings = await before.locator('.opportunities h3').allInnerTexts();
  assert.ok(postings.includes('Junior doctor, surgical rotation'));
  assert.ok(!postings.includes('Editorial intern'), 'expired in October');
  await before.context().close();
  const after = await open('/careers', '2026-12-03T00:00:00Z');
  const later = await after.locator('.opportunities h3').allInnerTexts();
  assert.ok(!later.includes('Junior doctor, surgical rotation'));
  assert.ok(later.includes('Graduate software engineer'));
  await after.context().close();
});

test('the mentor finder ranks with reasons, includes other industries on purpose, and contacts only as allowed', async () => {
  const p = await open('/mentors?industries=software&stage=career-change');
  const jose = p.locator('.mentor[data-id="jose-munoz"]');
  await jose.waitFor();
  const reasons = await jose.locator('.reasons li').allInnerTexts();
  assert.ok(reasons.includes('Same industry: Software'), reasons.join('|'));
  assert.ok(reasons.includes('Moved from Banking and Finance to Software'), reasons.join('|'));
  // José did not make a contact method public: the office introduces.
  assert.equal(await jose.getByRole('link', { name: 'Ask the alumni office to introduce you' }).getAttribute('href'), 'mailto:alumni@northbrook.example.edu');
  assert.ok((await p.locator('.reasons li').allInnerTexts()).some((r) => r.startsWith('A different view from')));
  await p.locator('select[name=language]').selectOption('Mandarin');
  await p.waitForURL(/language=Mandarin/);
  const wang = p.locator('.mentor[data-id="wang-xiaoming"]');
  assert.ok((await wang.locator('.reasons li').allInnerTexts()).includes('Speaks Mandarin'));
  assert.equal(await wang.getByRole('link', { name: 'Ask for mentoring' }).getAttribute('href'), 'mailto:xiaoming.wang@example.com');
  // Speaking the language lifts him into the first few.
  const order = await p.locator('.mentor').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.ok(order.indexOf('wang-xiaoming') < 3, order.join(' '));
  // The only console error allowed is the 404 status GitHub Pages gives a deep link's document.
  assert.deepEqual(p.errors.filter((e) => !/status of 404/.test(e)), []);
  await p.context().close();
});
