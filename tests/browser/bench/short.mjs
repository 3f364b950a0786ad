// Dev tool: the slow kind of query (one and two letters, with two facets) typed REPS times at
// 4× CPU throttle, as the benchmark types them; prints each query's median and the p95 of all.
// Usage: node short.mjs DIST [facets query string] [q …]
import { openThrottled, typeAndWait } from './typing.mjs';
const [dist, fq = 'decade=1990&industry=software', ...rest] = process.argv.slice(2);
const qs = rest.length ? rest : ['w', 'm', 's', 'a', 'j', 'l', 'wa', 'ma', 'jo', 'li', 'ch', 'ol', 'cl', 'll', 'wangxiaoming'];
const facets = Object.fromEntries(new URLSearchParams(fq));
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
// COLD=1 opens a fresh browser for each repetition, so every query fetches what it needs, as in
// the benchmark; otherwise repetitions after the first find everything in memory.
let { page, close } = await openThrottled(dist, fq);
try {
  const by = new Map(qs.map((q) => [q, []]));
  for (let r = 0; r < Number(process.env.REPS || 5); r++) {
    if (r && process.env.COLD) { await close(); ({ page, close } = await openThrottled(dist, fq)); }
    await page.waitForTimeout(300);
    for (const q of qs) {
      await typeAndWait(page, q.slice(0, -1), facets);
      by.get(q).push(await typeAndWait(page, q, facets));
    }
  }
  const all = [...by.values()].flat();
  for (const [q, t] of by) console.log(q.padEnd(14), 'median', pct(t, 0.5).toFixed(1).padStart(6), ' all', t.map((x) => x.toFixed(0)).join(' '));
  console.log('p50', pct(all, 0.5).toFixed(1), 'p95', pct(all, 0.95).toFixed(1));
} finally { await close(); }
