// `make bench-directory`: the site's directory against MiniSearch and Pagefind on the same
// people and queries, in the same headless Chromium. Prints a table and writes
// target/bench/directory.json.
// Usage: node run.mjs DIST OUT.json
import { writeFileSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { serve, launch } from '../harness.mjs';
import { readPeople, FACETS } from './people.mjs';
import { typeAndWait } from './typing.mjs';

const [dist, outFile] = [process.argv[2], process.argv[3]];
const people = readPeople(dist);

// ---- The fixed query list: taken from the data at fixed positions, so it is the same every run.
const fold = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/ł/g, 'l').toLowerCase();
// The person at a fixed fraction of those who fit `pred`.
const at = (frac, pred) => { const fit = people.filter(pred); if (!fit.length) throw new Error('nobody fits'); return fit[Math.floor(frac * fit.length)]; };
// Swaps the first two different neighbours after the first letter: "bakker" → "bkaker".
const typo = (w) => { const i = [...w].findIndex((c, i) => i >= 1 && w[i + 1] && c !== w[i + 1]); return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); };
const QUERIES = [];
const add = (kind, q) => QUERIES.push({ kind, q });
for (const q of ['w', 'm', 's', 'a', 'j', 'l']) add('1 letter', q);
for (const q of ['wa', 'ma', 'jo', 'li', 'ch', 'ol']) add('2 letters', q);
for (const q of ['wan', 'mar', 'jos', 'smi', 'ost', 'ngu']) add('3 letters', q);
add('full name', 'wang xiaoming');
add('full name', 'margaret okafor');
add('full name', 'bjørn østergaard');
add('full name', 'josé muñoz');
for (const k of [0.1, 0.35, 0.6, 0.85]) add('full name', fold(at(k, (p) => /^[A-Za-z ]+$/.test(p.name)).name));
add('former name', 'margaret adeyemi');
add('former name', 'adeyemi');
for (const k of [0.05, 0.3, 0.55, 0.8]) {
  const p = at(k, (p) => p.former_names?.length);
  add('former name', fold(p.former_names[0]));
}
add('pinyin', 'wang xiaoming');
add('pinyin', 'wangxiaoming');
add('initials', 'wxm');
for (const k of [0.1, 0.5, 0.9]) {
  const p = at(k, (p) => p.name_latin && /[\u4e00-\u9fff]/.test(p.name));
  const latin = fold(p.name_latin);
  add('pinyin', latin.replace(/ /g, ''));
  add('initials', latin.split(' ').map((w) => w[0]).join(''));
}
add('hanzi', '王小明');
add('typo', 'margret okafor');
add('typo', 'ostergard');
add('typo', 'wnag xiaoming');
add('typo', 'enginer');
for (const k of [0.2, 0.5, 0.8]) {
  const p = at(k, (p) => /^[A-Za-z]+ [A-Za-z]{6,}$/.test(p.name));
  add('typo', fold(p.name.split(' ')[0]) + ' ' + typo(fold(p.name.split(' ')[1])));
}
add('other field', 'kestrel');
add('other field', 'shanghai');
add('other field', 'portfolio manager');
if (QUERIES.length < 50) throw new Error(`only ${QUERIES.length} queries`);
if (process.env.BENCH_LIST) { console.log(QUERIES); process.exit(0); }

// ---- Engines: how to open each, and which requests are its shell rather than its index.
const ENGINES = [
  { name: 'homecoming', open: (qs) => `/directory/${qs}`, shell: (u) => /\/(directory\/?|index\.html)?(\?|$)|\.(js|wasm|css|svg)$|site\.json$/.test(u) },
  { name: 'minisearch', open: (qs) => `/bench/bench.html?engine=minisearch${qs ? '&' + qs.slice(1) : ''}`, shell: (u) => /bench\.html|engines\.mjs|minisearch\.js$/.test(u) },
  { name: 'pagefind', open: (qs) => `/bench/bench.html?engine=pagefind${qs ? '&' + qs.slice(1) : ''}`, shell: (u) => /bench\.html|engines\.mjs|pagefind\.js$|pagefind-worker\.js$|wasm\.[a-z-]+\.pagefind$/.test(u) },
];
const query = (q, facets) => {
  const s = new URLSearchParams();
  if (q) s.set('q', q);
  for (const [k, v] of Object.entries(facets)) s.set(k, v);
  const t = s.toString();
  return t ? '?' + t : '';
};

// ---- Brotli size of a served file (what a static host sends), cached per path.
const sizes = new Map();
function brotliSize(path) {
  if (!sizes.has(path)) {
    let raw;
    try { raw = readFileSync(join(dist, decodeURIComponent(path))); } catch { sizes.set(path, { raw: 0, br: 0 }); return sizes.get(path); }
    const quality = raw.length > 2e6 ? 9 : 11;
    sizes.set(path, { raw: raw.length, br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).length });
  }
  return sizes.get(path);
}

const ready = (page) => page.waitForFunction(() => document.querySelector('ul.people')?.dataset.state !== undefined || document.body.dataset.ready === 'true', null, { timeout: 120000 });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const round1 = (x) => Math.round(x * 10) / 10;

const srv = await serve(dist, '/', '404');
const browser = await launch();
const results = {};
try {
  for (const engine of ENGINES.filter((e) => !process.env.ENGINES || process.env.ENGINES.split(',').includes(e.name))) {
    console.error(`bench: ${engine.name}`);
    const r = { queries: QUERIES.length * 2 };
    // Cold: a fresh browser context opens the query's address; count what it fetches beyond its shell.
    const cold = [];
    for (const { q } of QUERIES.filter((_, i) => i % 5 === 0)) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const requests = [];
      context.on('requestfinished', (req) => {
        const t = req.timing();
        requests.push({ path: new URL(req.url()).pathname, start: t.startTime, end: t.startTime + t.responseEnd });
      });
      const page = await context.newPage();
      // From the very start, note when the list first shows each state (in the page's clock).
      await page.addInitScript(() => {
        // When the page itself asked for each file (the network may start it later: a browser
        // queues requests beyond its connections to one host).
        // Calls made in one run of script (before its microtasks) share a block: none of
        // them can wait for another's answer, however long each fetch() call takes.
        window.__issued = [];
        let block = 0, blocks = 0;
        const fetch = window.fetch;
        window.fetch = function (input, init) {
          const url = typeof input === 'string' ? input : input.url;
          if (!block) { block = ++blocks; queueMicrotask(() => { block = 0; }); }
          // Relative to the page's <base>, as fetch() reads it (the address is /directory/).
          window.__issued.push([new URL(url, document.baseURI).pathname, performance.timeOrigin + performance.now(), block]);
          return fetch.call(this, input, init);
        };
        window.__shown = {};
        new MutationObserver(() => {
          const s = document.querySelector('ul.people')?.dataset.state;
          if (s != null && !(s in window.__shown)) window.__shown[s] = performance.now();
        }).observe(document, { attributes: true, childList: true, subtree: true });
      });
      await page.goto(srv.url + engine.open(query(q, FACETS)));
      await page.waitForFunction((q) => Object.keys(window.__shown).some((s) => (new URLSearchParams(s.split('?')[1] || '').get('q') || '') === q), q, { timeout: 120000 })
        .catch((e) => { throw new Error(`${engine.name}: the cold query ${JSON.stringify(q)} never showed (${e.message})`); });
      const shownAt = await page.evaluate((q) => {
        const s = Object.keys(window.__shown).find((s) => (new URLSearchParams(s.split('?')[1] || '').get('q') || '') === q);
        return performance.timeOrigin + window.__shown[s];
      }, q);
      await page.waitForTimeout(300); // let requests that started before it finish and be counted
      const issued = await page.evaluate(() => window.__issued);
      // Requests as the network saw them (a peer's Web Worker fetches too), on the wall clock.
      // Each request's issue time: when the page called fetch() for it, else (a worker's
      // requests, the page's own files) when the network started it.
      const unclaimed = [...issued];
      const issuedAt = (r) => {
        const i = unclaimed.findIndex(([path, t]) => path === r.path && t <= r.start + 1);
        return i < 0 ? [r.start, 0] : unclaimed.splice(i, 1)[0].slice(1);
      };
      const seen = { t: shownAt, entries: requests.sort((a, b) => a.start - b.start).map((r) => { const [start, block] = issuedAt(r); return { path: r.path, start, block, end: r.end }; }) };
      const before = seen.entries.filter((x) => x.start <= seen.t && !engine.shell(x.path));
      const shell = seen.entries.filter((x) => engine.shell(x.path));
      // Rounds: requests issued together (in one block of script, or each within 5 ms of the
      // one before: one task issuing them, each fetch() call taking a few ms) form a burst; a
      // burst is a round after the latest burst one of whose requests had finished when it was
      // issued.
      const sorted = [...before].sort((a, b) => a.start - b.start);
      const bursts = [];
      for (const x of sorted) {
        const last = bursts.at(-1);
        const prev = last?.at(-1);
        if (prev && ((x.block && x.block === prev.block) || x.start - prev.start <= 5)) last.push(x);
        else bursts.push([x]);
      }
      for (const burst of bursts) {
        const begin = burst[0].start;
        const round = 1 + Math.max(0, ...sorted.filter((y) => y.round && y.end <= begin).map((y) => y.round));
        for (const x of burst) x.round = round;
      }
      cold.push({
        q, ms: round1(seen.t - Math.min(...seen.entries.map((x) => x.start))),
        bytes: before.reduce((n, x) => n + brotliSize(x.path).br, 0),
        raw: before.reduce((n, x) => n + brotliSize(x.path).raw, 0),
        requests: before.length,
        rounds: Math.max(0, ...sorted.map((x) => x.round)),
        files: before.map((x) => x.path),
        // When each was issued and done (ms from the first request) and the round it counts in.
        timing: sorted.map((x) => [x.path.replace('/data/directory/', ''), round1(x.start - sorted[0].start), round1(x.end - sorted[0].start), x.round]),
        shell: shell.reduce((n, x) => n + brotliSize(x.path).br, 0),
      });
      await context.close();
    }
    r.bytes_before_first_result = pct(cold.map((c) => c.bytes), 0.5);
    r.bytes_before_first_result_max = Math.max(...cold.map((c) => c.bytes));
    r.requests_before_first_result = pct(cold.map((c) => c.requests), 0.5);
    r.requests_before_first_result_max = Math.max(...cold.map((c) => c.requests));
    r.rounds_before_first_result_max = Math.max(...cold.map((c) => c.rounds));
    r.shell_bytes = pct(cold.map((c) => c.shell), 0.5);
    r.cold = cold;

    // Warm: one page; each query typed as its last keystroke (the box already holds all but the
    // last letter), with and without the two facets, unthrottled and at 4× CPU throttle.
    for (const throttle of [1, 4]) {
      const times = [];
      const perQuery = [];
      for (const facets of [{}, FACETS]) {
        const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
        const page = await context.newPage();
        await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
        await page.goto(srv.url + engine.open(query('', facets)));
        await ready(page);
        // Typing is measured on a settled page: what opening it set off (the rest of the first
        // page, facet counts, a peer's index) has finished and the network is quiet.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        for (const { kind, q } of QUERIES) {
          await typeAndWait(page, q.slice(0, -1), facets);
          const ms = await typeAndWait(page, q, facets);
          times.push(ms);
          perQuery.push({ kind, q, facets: Object.keys(facets).length, ms: round1(ms) });
        }
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        if (throttle === 1 && !Object.keys(facets).length) {
          r.wasm_heap_bytes = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
          const heap = await cdp.send('Runtime.getHeapUsage');
          r.js_heap_bytes = heap.usedSize;
        }
        await context.close();
      }
      const key = throttle === 1 ? '' : '_throttled';
      r['p50_ms' + key] = round1(pct(times, 0.5));
      r['p95_ms' + key] = round1(pct(times, 0.95));
      r['per_query' + key] = perQuery;
      // The same apart, without facets and with both (the goal holds for each).
      for (const [name, n] of [['_no_facets', 0], ['_two_facets', 2]]) {
        const part = perQuery.filter((x) => x.facets === n).map((x) => x.ms);
        r['p50_ms' + key + name] = round1(pct(part, 0.5));
        r['p95_ms' + key + name] = round1(pct(part, 0.95));
      }
    }
    results[engine.name] = r;
  }
} finally {
  await browser.close();
  srv.stop();
}

// Files, bytes, check and build times of the site measured, when bench-directory.sh noted them.
const siteFile = join(dirname(outFile), 'site.json');
const site = existsSync(siteFile) ? JSON.parse(readFileSync(siteFile, 'utf8')) : null;
if (site) site.counts_download_bytes = brotliSize('/data/directory/cols.bin').br;
const out = { people: people.length, site, queries: QUERIES, facets: FACETS, note: 'ms: input event to the frame after the list shows the query (MutationObserver + requestAnimationFrame); throttled: DevTools CPU throttling 4x on the page main thread; bytes: brotli of every file fetched beyond the engine shell (page, app/library code) from opening the address until the first result, median of every fifth query with both facets; rounds: sequential request depth, by when the page called fetch() (requests issued in one run of script, or within 5 ms of each other, count as one burst; a request the network started later, queued behind others to the same host, still counts in the round it was asked for).', engines: results };
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(out, null, 2));

const kb = (b) => (b / 1024).toFixed(0) + ' KB';
const rows = [['engine', 'p50 ms', 'p95 ms', 'p50 4×', 'p95 4×', 'bytes→1st (med/max)', 'requests (med/max)', 'rounds', 'shell', 'heap']];
for (const [name, r] of Object.entries(results)) {
  rows.push([name, r.p50_ms, r.p95_ms, r.p50_ms_throttled, r.p95_ms_throttled,
    `${kb(r.bytes_before_first_result)} / ${kb(r.bytes_before_first_result_max)}`,
    `${r.requests_before_first_result} / ${r.requests_before_first_result_max}`, r.rounds_before_first_result_max, kb(r.shell_bytes),
    r.wasm_heap_bytes ? `wasm ${kb(r.wasm_heap_bytes)} + js ${kb(r.js_heap_bytes)}` : `js ${kb(r.js_heap_bytes)}`]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(`Directory benchmark: ${people.length} alumni, ${QUERIES.length} queries × (no facets, ${Object.entries(FACETS).map(([k, v]) => k + '=' + v).join(' & ')})`);
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
for (const [name, r] of Object.entries(results)) {
  console.log(`${name} at 4×: no facets p50 ${r.p50_ms_throttled_no_facets} / p95 ${r.p95_ms_throttled_no_facets} ms; two facets p50 ${r.p50_ms_throttled_two_facets} / p95 ${r.p95_ms_throttled_two_facets} ms`);
}
if (site) {
  const s = (k) => site[k] ? `${site[k].seconds} s (peak ${site[k].peak_mb} MB)` : 'not measured';
  console.log(`Site: ${site.dist.files} files, ${(site.dist.bytes / 1e6).toFixed(0)} MB; counts download (cols.bin) ${kb(site.counts_download_bytes)}; ` +
    `check ${s('check')}, build ${s('build')}, rebuild after one record ${s('rebuild_one_record')}`);
}
console.log(`written to ${outFile}`);
