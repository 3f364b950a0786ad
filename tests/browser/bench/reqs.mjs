// Dev tool: the requests a typed query makes, at 4× CPU throttle (RATE=…), with their times
// from the keystroke. Usage: node reqs.mjs DIST "facets query string" prev1,prev2 q
import { openThrottled, typeAndWait } from './typing.mjs';
const [dist, fq, prev, q] = process.argv.slice(2);
const facets = Object.fromEntries(new URLSearchParams(fq));
const { page, close } = await openThrottled(dist, fq);
try {
  for (const p of prev.split(',')) console.log('prev', p, (await typeAndWait(page, p, facets)).toFixed(1));
  const t0 = Date.now();
  const log = [];
  page.on('request', (r) => log.push(['req', Date.now() - t0, new URL(r.url()).pathname]));
  page.on('requestfinished', (r) => log.push(['end', Date.now() - t0, new URL(r.url()).pathname]));
  const ms = await typeAndWait(page, q, facets);
  await page.waitForTimeout(300);
  console.log('query', q, ms.toFixed(1), 'ms');
  for (const l of log) console.log(l.join(' '));
} finally { await close(); }
