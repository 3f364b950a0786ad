// The directory's facets: live counts, OR within and AND across, chips, the address (reload and
// Back), keyboard focus, the phone drawer, and "did you mean".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { ROOT, directoryShown, page, settled, useSite, screenshotPath } from './harness.mjs';

const site = useSite(join(ROOT, 'dist'));
const open = async (path, width = 1280) => {
  const p = await page(site.browser, { width, height: 900 });
  await p.goto(site.srv.url + path);
  await settled(p);
  return p;
};
const shown = (p) => directoryShown(p, { counts: true });
const total = async (p) => {
  await shown(p);
  const text = await p.locator('.count').innerText();
  return text.startsWith('No') ? 0 : +text.split(' ')[0];
};
const facetCount = async (p, dim, id) => {
  await shown(p);
  return p.locator(`input[name="${dim}"][value="${id}"] ~ .n`).innerText().then(Number);
};

test('facet counts follow the query and the other facets; OR within, AND across; chips; address', async () => {
  const p = await open('/directory');
  const everyone = await total(p);
  const finance = await facetCount(p, 'industry', 'finance');
  await p.locator('input[name=industry][value=finance]').check();
  await p.waitForURL(/\/directory\/\?industry=finance$/);
  assert.equal(await total(p), finance);
  // The industry counts do not shrink by their own choice; the countries' do.
  assert.ok((await facetCount(p, 'country', 'GB')) <= finance);
  const software = await facetCount(p, 'industry', 'software');
  await p.locator('input[name=industry][value=software]').check();
  await p.waitForURL(/industry=finance,software$/);
  assert.equal(await total(p), finance + software, 'OR within a facet');
  const inGB = await facetCount(p, 'country', 'GB');
  await p.locator('input[name=country][value=GB]').check();
  assert.equal(await total(p), inGB, 'AND across facets');
  // Cities appear once a country is chosen.
  assert.ok(await p.locator('input[name=city]').first().isVisible());
  assert.deepEqual(await p.locator('.results .chips button').allInnerTexts(), ['United Kingdom ×', 'Banking and Finance ×', 'Software ×']);
  await p.reload();
  await settled(p);
  assert.equal(await total(p), inGB);
  await p.goBack();
  await p.waitForURL(/industry=finance,software$/);
  assert.equal(await total(p), finance + software);
  await p.getByRole('button', { name: 'Remove filter: Software' }).click();
  await p.waitForURL(/\/directory\/\?industry=finance$/);
  assert.equal(await total(p), finance);
  await p.getByRole('button', { name: 'Remove filter: Banking and Finance' }).click();
  await p.waitForURL(site.srv.url + '/directory/');
  assert.equal(await total(p), everyone);
  await p.context().close();
});

test('a query and facets combine, and the keyboard keeps its place in the facet list', async () => {
  const p = await open('/directory?q=wang');
  const found = await total(p);
  assert.ok(found >= 1);
  await p.locator('input[name=decade][value="1990"]').focus();
  await p.keyboard.press('Space');
  await p.waitForURL(/q=wang&decade=1990$/);
  assert.equal(await p.evaluate(() => document.activeElement.name + ':' + document.activeElement.value), 'decade:1990');
  assert.ok((await total(p)) <= found);
  assert.ok((await p.locator('.people .card strong').allInnerTexts()).includes('王小明'));
  await p.context().close();
});

test('on a phone the facets open in a drawer', async () => {
  const p = await open('/directory', 360);
  const toggle = p.getByRole('button', { name: /^Filters/ });
  assert.equal(await p.locator('#facets').isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await p.locator('#facets').isVisible(), true);
  await p.locator('input[name=mentor][value=yes]').check();
  await p.getByRole('button', { name: 'Show results' }).click();
  assert.equal(await p.locator('#facets').isVisible(), false);
  assert.match(await toggle.innerText(), /Filters \(1 chosen\)/);
  await p.context().close();
});

test('when nobody matches, the page suggests a spelling and a way out', async () => {
  const p = await open('/directory?q=okafroo');
  assert.equal(await total(p), 0);
  const suggestion = p.locator('.empty .chip');
  assert.equal(await suggestion.innerText(), 'okafor');
  await suggestion.click();
  await p.waitForURL(/q=okafor$/);
  assert.ok(await total(p) >= 1);
  await p.context().close();
});

test('results render 50 at a time, and more as the reader scrolls to the end', async () => {
  const p = await open('/directory', 360);
  const cards = () => p.locator('.people .card').count();
  // A phone screen of cards comes first, then the rest of the first 50.
  await p.waitForFunction(() => document.querySelectorAll('.people .card').length === 50);
  assert.equal(await cards(), 50);
  assert.ok((await total(p)) > 100);
  await p.locator('.more-sentinel').scrollIntoViewIfNeeded();
  await p.waitForFunction(() => document.querySelectorAll('.people .card').length > 50);
  assert.equal(await cards(), 100);
  await p.context().close();
});

test('the map shades countries by the results, and choosing a country or a city filters the directory', async () => {
  const p = await open('/directory?q=engineer', 360);
  await p.getByRole('button', { name: 'Map' }).click();
  await p.waitForURL(/q=engineer&map=1$/);
  const gb = p.locator('svg [role=button][aria-label^="United Kingdom:"]');
  await shown(p);
  const label = await gb.getAttribute('aria-label');
  const inGB = Number(label.match(/: (\d+)/)[1]);
  assert.ok(inGB > 0, label);
  assert.equal(inGB, await facetCount(p, 'country', 'GB'), 'the map and the facet agree');
  // Keyboard: the country is a button.
  await gb.focus();
  await p.keyboard.press('Enter');
  await p.waitForURL(/q=engineer&country=GB&map=1$/);
  assert.equal(await total(p), inGB);
  assert.equal(await gb.getAttribute('aria-pressed'), 'true');
  // Its cities, with counts that add up to at most the country's (a city is not always public).
  const cities = p.locator('.world-map .cities button');
  const counts = (await cities.locator('.n').allInnerTexts()).map(Number);
  assert.ok(counts.length >= 1);
  const sum = counts.reduce((a, b) => a + b, 0);
  assert.ok(sum > 0 && sum <= inGB, `${sum} of ${inGB}`);
  const first = await cities.first().innerText();
  await cities.first().click();
  await p.waitForURL(/country=GB&city=GB%3A[^&]+&map=1$/);
  assert.equal(await total(p), counts[0], first);
  assert.equal(await cities.first().getAttribute('aria-pressed'), 'true');
  // The map drew countries only: world.json has outlines and country points, no person's place.
  const world = await p.evaluate(() => fetch('/data/world.json').then((r) => r.json()));
  assert.deepEqual(Object.keys(world).sort(), ['dots', 'height', 'shapes', 'source', 'width']);
  await p.screenshot({ path: screenshotPath('directory-map-360'), fullPage: true });
  await p.context().close();
});

// Resolves once the page has downloaded `file` (a path under the site).
const arrived = (p, file) => p.waitForFunction((file) => performance.getEntriesByType('resource')
  .some((e) => new URL(e.name).pathname.endsWith(file)), file, { timeout: 20000 });
// Resolves once the list shows query `q` (its `data-state` names the address it shows).
const showing = (p, q) => p.waitForFunction((q) => {
  const state = document.querySelector('ul.people')?.dataset.state || '';
  return new URLSearchParams(state.split('?')[1] || '').get('q') === q;
}, q, { timeout: 20000 });

test('with a facet chosen, typing w, a: each letter\'s shard came in a bundle fetched while the shorter query showed', async () => {
  const p = await page(site.browser, { width: 360, height: 800 });
  // Hold back every shard on its own: only the bundles (after/) can answer.
  const held = [];
  await p.route(/\/data\/directory\/t\//, (route) => { held.push(route); });
  // And the vocabulary of "w" until "w" shows: one letter is answered from the root bundle alone.
  const vocab = [];
  await p.route(/\/data\/directory\/v\/77\.bin$/, (route) => { vocab.push(route); });
  await p.goto(site.srv.url + '/directory?industry=software');
  await directoryShown(p);
  const shown = {};
  for (const [q, file] of [['w', 'after/root.bin'], ['wa', 'after/77.bin']]) {
    if (q === 'wa') {
      await p.unroute(/\/data\/directory\/v\/77\.bin$/);
      for (const route of vocab.splice(0)) await route.continue();
    }
    await arrived(p, `/data/directory/${file}`);
    await p.locator('#q').fill(q);
    await showing(p, q);
    shown[q] = { names: await p.locator('.people .card strong').allInnerTexts(), count: await p.locator('.count').innerText() };
    assert.ok(shown[q].names.length > 0, `${q}: no cards`);
  }
  assert.equal(held.length, 0, 'no shard was asked for on its own');
  await p.unrouteAll({ behavior: 'ignoreErrors' });
  await p.context().close();
  // The same addresses opened afresh (shards fetched alone) show the same people and counts.
  for (const q of ['w', 'wa']) {
    const fresh = await page(site.browser, { width: 360, height: 800 });
    await fresh.goto(site.srv.url + `/directory?q=${q}&industry=software`);
    await directoryShown(fresh);
    await settled(fresh);
    const names = await fresh.locator('.people .card strong').allInnerTexts();
    assert.deepEqual(names.slice(0, shown[q].names.length), shown[q].names, q);
    assert.equal(await fresh.locator('.count').innerText(), shown[q].count, q);
    await fresh.context().close();
  }
});

test('with a facet chosen, the first letter paints from what came while the empty query showed; two letters need no vocabulary', async () => {
  const p = await page(site.browser, { width: 360, height: 800 });
  await p.goto(site.srv.url + '/directory?industry=software');
  await directoryShown(p);
  await p.waitForLoadState('networkidle');
  // Every file of the index is held back from now on: "m" must show from what is here.
  const held = [];
  await p.route(/\/data\/directory\//, (route) => { held.push(route); });
  await p.locator('#q').fill('m');
  await showing(p, 'm');
  const first = await p.locator('.people .card strong').allInnerTexts();
  assert.ok(first.length > 0, 'no cards for "m"');
  // Two letters: only the vocabulary stays held (asked for ahead once "m" showed), and "ma"
  // still shows, scored from its start's shard, which meta.json says exists.
  await p.route(/\/data\/directory\/v\//, () => {});
  await p.unroute(/\/data\/directory\//);
  // What "m" asked for ahead once it showed goes on now, but its vocabulary part.
  for (const route of held.splice(0)) {
    if (!/\/v\//.test(route.request().url())) await route.continue();
  }
  await p.locator('#q').fill('ma');
  await showing(p, 'ma');
  const second = await p.locator('.people .card strong').allInnerTexts();
  assert.ok(second.length > 0, 'no cards for "ma"');
  await p.unrouteAll({ behavior: 'ignoreErrors' });
  await p.context().close();
  // The same addresses opened afresh show the same first people.
  for (const [q, names] of [['m', first], ['ma', second]]) {
    const fresh = await page(site.browser, { width: 360, height: 800 });
    await fresh.goto(site.srv.url + `/directory?q=${q}&industry=software`);
    await directoryShown(fresh);
    assert.deepEqual((await fresh.locator('.people .card strong').allInnerTexts()).slice(0, names.length), names, q);
    await fresh.context().close();
  }
});

test('typing the fourth letter of "jone": the typo shards it adds were fetched while "jon" showed', async () => {
  const p = await page(site.browser, { width: 360, height: 800 });
  await p.goto(site.srv.url + '/directory/');
  await directoryShown(p);
  await p.locator('#q').fill('jon');
  await showing(p, 'jon');
  // Four letters allow one typo (never in the first letter): "jone" also reads the "ja" shard
  // ("jane…"), and "e" is the only letter the vocabulary has after "jon".
  for (const key of ['6a6f', '6a61']) await arrived(p, `/data/directory/t/${key}.bin`);
  const held = [];
  await p.route(/\/data\/directory\/t\//, (route) => { held.push(route); });
  await p.locator('#q').fill('jone');
  await showing(p, 'jone');
  assert.ok((await p.locator('.people .card strong').allInnerTexts()).some((n) => /jones/i.test(n)));
  assert.equal(held.length, 0, 'no shard was still to fetch');
  await p.unrouteAll({ behavior: 'ignoreErrors' });
  await p.context().close();
});

test('typing w, a, n: each first screen is already here, fetched while the shorter prefix showed', async () => {
  const p = await page(site.browser, { width: 360, height: 800 });
  // Hold back every first page, shard and vocabulary part: only the next/ files can answer,
  // and each is asked for as soon as the shorter prefix's list is known (its total says the
  // build wrote it), not once that prefix's vocabulary has arrived.
  const held = [];
  await p.route(/\/data\/directory\/(top|t|v)\//, (route) => { held.push(route); });
  await p.goto(site.srv.url + '/directory/');
  await directoryShown(p);
  // From here the card chunks too: the first screens' cards come in the next/ files.
  await p.route(/\/data\/directory\/c\//, (route) => { held.push(route); });
  for (const [q, file] of [['w', 'next/root.json'], ['wa', 'next/77.json'], ['wan', 'next/7761.json']]) {
    await arrived(p, `/data/directory/${file}`);
    await p.locator('#q').fill(q);
    await showing(p, q);
    const first = await p.locator('.people .card strong').allInnerTexts();
    assert.ok(first.length > 0 && first.length <= 12, `${q}: ${first.length} cards first`);
  }
  // "wan" is the start of 王小明's pinyin, so he is among the first.
  assert.ok((await p.locator('.people .card strong').allInnerTexts()).includes('王小明'));
  assert.match(await p.locator('.count').innerText(), /\d+ alumn/);
  // (The page itself comes with the host's 404 status, as on GitHub Pages.)
  assert.deepEqual(p.errors.filter((e) => !/status of 404/.test(e)), []);
  await p.unrouteAll({ behavior: 'ignoreErrors' });
  for (const route of held) await route.continue().catch(() => {});
  await p.context().close();
});

test('a profile shows its classmates, their cards taken from the card chunks', async () => {
  // The build names classmates by number in directory order; find a profile that has some.
  const dir = join(ROOT, 'dist/data');
  let id, numbers;
  for (const f of readdirSync(join(dir, 'people'))) {
    const profiles = JSON.parse(readFileSync(join(dir, 'people', f), 'utf8'));
    const hit = Object.entries(profiles).find(([, p]) => p.classmates.length >= 3);
    if (hit) { [id, { classmates: numbers }] = hit; break; }
  }
  assert.ok(id, 'some profile has classmates');
  const want = numbers.map((n) => JSON.parse(readFileSync(join(dir, `directory/c/${Math.floor(n / 16)}.json`), 'utf8'))[n % 16].name);
  const p = await open(`/alumni/${id}`, 360);
  await p.getByRole('heading', { name: 'Classmates' }).waitFor();
  await p.locator('main .cards.people .card').first().waitFor();
  const names = await p.locator('main .cards.people .card').allInnerTexts();
  assert.equal(names.length, want.length);
  want.forEach((name, i) => assert.ok(names[i].includes(name), `${name} in ${names[i]}`));
  assert.deepEqual(p.errors.filter((e) => !/status of 404/.test(e)), []);
  await p.context().close();
});
