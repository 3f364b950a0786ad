// `make bench-web`: Lighthouse 12's mobile profile (150 ms RTT, 1.6 Mbps, 4× CPU) on every
// route of the built site, served with brotli on 127.0.0.1 the GitHub Pages way (a deep link
// without a file of its own gets 404.html with status 404; a folder without its slash is
// redirected) and the Netlify way (`_redirects`: every other address gets 404.html, 200).
// Prints a table and the first-load bytes, writes target/bench/web.json.
// Usage: node run.mjs DIST OUT.json
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [dist, outFile] = process.argv.slice(2);
// Each route at its address as the site links and shares it (`Route::path`: a folder's address
// ends in `/`), the one a host serves without a redirect; ROUTES=/gallery,/gallery/ compares.
const ROUTES = process.env.ROUTES ? process.env.ROUTES.split(',') : ['/', '/directory/', '/alumni/wang-xiaoming/', '/timeline/', '/gallery/', '/events/', '/careers/', '/mentors/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.png': 'image/png',
  '.ics': 'text/calendar', '.bin': 'application/octet-stream', '.txt': 'text/plain', '.webmanifest': 'application/manifest+json',
};
const squeezed = new Map();
function brotli(file) {
  if (!squeezed.has(file)) {
    squeezed.set(file, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return squeezed.get(file);
}

/** A static host on a free port: `pages` for GitHub Pages, `netlify` for Netlify. */
function host(kind) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(dist, path);
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/') && existsSync(join(file, 'index.html'))) {
        res.writeHead(301, { location: path + '/' });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      [file, status] = kind === 'pages' ? [join(dist, '404.html'), 404] : [join(dist, '404.html'), 200];
    }
    const type = TYPES[extname(file)] || 'application/octet-stream';
    const compress = /text|json|javascript|wasm|svg|octet|calendar/.test(type) && /\bbr\b/.test(req.headers['accept-encoding'] || '');
    const body = compress ? brotli(file) : readFileSync(file);
    res.writeHead(status, { 'content-type': type, 'content-length': body.length, ...(compress ? { 'content-encoding': 'br' } : {}) });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() })));
}

// The first load: the page shell, the app's wasm and JS, and the style sheet, as brotli.
const shell = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).concat(['index.html']);
const firstLoad = Object.fromEntries(shell.map((f) => [f, brotli(join(dist, f)).length]));
const firstLoadBytes = Object.values(firstLoad).reduce((a, b) => a + b, 0);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
try {
  for (const kind of ['pages', 'netlify']) {
    const srv = await host(kind);
    try {
      for (const route of ROUTES) {
        const { lhr } = await lighthouse(srv.url + route, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
        const a = lhr.audits;
        // LHR_DIR=…: every full report too, to open in Lighthouse's viewer or read with jq.
        if (process.env.LHR_DIR) {
          mkdirSync(process.env.LHR_DIR, { recursive: true });
          writeFileSync(join(process.env.LHR_DIR, `${kind}${route.replace(/\//g, '_') || '_'}.json`), JSON.stringify(lhr));
        }
        const score = (c) => (lhr.categories[c].score == null ? null : Math.round(lhr.categories[c].score * 100));
        results.push({
          host: kind, route, status: lhr.runtimeError ? lhr.runtimeError.code : 'ok',
          performance: score('performance'), accessibility: score('accessibility'),
          lcp_s: a['largest-contentful-paint'].numericValue != null ? +(a['largest-contentful-paint'].numericValue / 1000).toFixed(2) : null,
          tbt_ms: a['total-blocking-time'].numericValue != null ? Math.round(a['total-blocking-time'].numericValue) : null,
          cls: a['cumulative-layout-shift'].numericValue != null ? +a['cumulative-layout-shift'].numericValue.toFixed(3) : null,
          fcp_s: a['first-contentful-paint'].numericValue != null ? +(a['first-contentful-paint'].numericValue / 1000).toFixed(2) : null,
          // What the largest paint was, and what held the first one back.
          lcp_element: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
          // The largest paint's phases (time to first byte, load delay, load time, render delay)
          // and, for an image, which file it was.
          lcp_phases: Object.fromEntries((a['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? [])
            .map((i) => [i.phase, Math.round(i.timing)])),
          lcp_url: a['prioritize-lcp-image']?.details?.debugData?.initiatorPath?.[0]?.url ?? null,
          render_blocking: (a['render-blocking-resources']?.details?.items ?? []).map((i) => i.url),
          // What the blocking time is made of: the longest main-thread tasks (simulated, ms).
          long_tasks: (a['long-tasks']?.details?.items ?? []).slice(0, 5)
            .map((i) => ({ url: i.url, start_ms: Math.round(i.startTime), ms: Math.round(i.duration) })),
          // Why accessibility is below 100: the audits that failed, each with its first element.
          a11y_failed: lhr.categories.accessibility.auditRefs
            .filter((ref) => ref.weight > 0 && a[ref.id] && a[ref.id].score === 0)
            .map((ref) => `${ref.id}: ${a[ref.id].details?.items?.[0]?.node?.snippet ?? ''}`),
        });
        console.error(`bench-web: ${kind} ${route} done`);
      }
    } finally { srv.stop(); }
  }
} finally { await chrome.kill(); }

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ profile: 'Lighthouse mobile (simulated 150 ms RTT, 1.6 Mbps, 4x CPU)', first_load_bytes: firstLoadBytes, first_load: firstLoad, routes: results }, null, 2));
const rows = [['host', 'route', 'perf', 'a11y', 'LCP s', 'TBT ms', 'CLS', 'note']];
for (const r of results) rows.push([r.host, r.route, r.performance, r.accessibility, r.lcp_s, r.tbt_ms, r.cls, r.status === 'ok' ? (r.a11y_failed || []).map((f) => f.split(':')[0]).join(' ') : r.status]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
for (const r of rows) console.log(r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  '));
console.log(`first load (shell, wasm, JS, CSS; brotli): ${(firstLoadBytes / 1024).toFixed(0)} KB`);
console.log(`written to ${outFile}`);
