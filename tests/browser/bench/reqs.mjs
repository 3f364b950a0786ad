// Dev tool: the requests a typed query makes, at 4× CPU throttle (RATE=…), with their times
// from the keystroke. Usage: node reqs.mjs DIST "facets query string" prev1,prev2 q
// PAUSE=ms waits that long (a reader's pace) before typing q; LATENCY=ms adds that round-trip
// time to every request (DevTools network emulation), as on a phone's network.
import { openThrottled, typeAndWait } from './typing.mjs';
const [dist, fq, prev, q] = process.argv.slice(2);
const facets = Object.fromEntries(new URLSearchParams(fq));
const { page, cdp, close } = await openThrottled(dist, fq);
try {
  if (process.env.LATENCY) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: Number(process.env.LATENCY), downloadThroughput: -1, uploadThroughput: -1 });
  }
  // Times are from the keystroke of q: what was asked for while the last prev showed is negative.
  let t0 = Date.now();
  const log = [];
  page.on('request', (r) => log.push(['req', Date.now(), new URL(r.url()).pathname]));
  page.on('requestfinished', (r) => log.push(['end', Date.now(), new URL(r.url()).pathname]));
  for (const p of prev.split(',')) console.log('prev', p, (await typeAndWait(page, p, facets)).toFixed(1));
  if (process.env.PAUSE) await page.waitForTimeout(Number(process.env.PAUSE));
  t0 = Date.now();
  const ms = await typeAndWait(page, q, facets);
  await page.waitForTimeout(300);
  console.log('query', q, ms.toFixed(1), 'ms');
  for (const [what, t, path] of log) if (t - t0 > -Number(process.env.PAUSE || 0) - 200) console.log(what, t - t0, path);
} finally { await close(); }
