// Dev tool: a CPU profile of typed queries at 4× CPU throttle, summed by function (self and
// total time). Build the app with wasm-opt `-g` to see Rust names.
// Usage: node profile.mjs DIST "facets query string" q1 q2 …  (each q typed after its prefix,
// GAP ms later). INPUT=1 profiles only the input event's own task; TOP=n rows; RATE=throttle.
import { openThrottled, typeAndWait } from './typing.mjs';
const [dist, fq, ...qs] = process.argv.slice(2);
const { page, cdp, close } = await openThrottled(dist, fq);
try {
  const type = (text, profile = false) => typeAndWait(page, text, {}, { profile });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let total = 0;
  const profiles = [];
  for (const q of qs) {
    await type(q.slice(0, -1));
    await page.waitForTimeout(Number(process.env.GAP || 400));
    let ms;
    if (process.env.INPUT) {
      // Only the input event's own task (the handler and the microtasks it queues).
      await cdp.send('Profiler.start');
      ms = await page.evaluate((text) => new Promise((resolve) => {
        const input = document.querySelector('#q');
        const t0 = performance.now();
        input.value = text; input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => resolve(performance.now() - t0), 0);
      }), q);
      profiles.push((await cdp.send('Profiler.stop')).profile);
      await page.waitForTimeout(1000);
    } else {
      const got = new Promise((r) => cdp.once('Profiler.consoleProfileFinished', (e) => r(e.profile)));
      ms = await type(q, true);
      profiles.push(await got);
    }
    total += ms;
    console.log(q.padEnd(20), ms.toFixed(1), 'ms');
  }
  const self = new Map(), incl = new Map();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[i + 1] ?? 0)));
    const name = (n) => (n.callFrame.functionName || '(anon)') + (n.callFrame.url ? '' : '');
    for (const [id, t] of dt) {
      const n = byId.get(id);
      self.set(name(n), (self.get(name(n)) || 0) + t);
      const seen = new Set();
      for (let x = id; x; x = parent.get(x)) { const nm = name(byId.get(x)); if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) || 0) + t); } }
    }
  }
  const show = (m, title) => { console.log(`--- ${title} (ms)`); for (const [n, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 30))) console.log((t / 1000).toFixed(1).padStart(7), n.slice(0, 110)); };
  show(self, 'self'); show(incl, 'total');
} finally { await close(); }
