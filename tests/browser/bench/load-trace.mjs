// Dev tool: where a page load's main-thread time goes at 4× CPU (RATE=…): each task over 8 ms
// after the load event, with its largest kinds of work. Usage: node load-trace.mjs DIST ROUTE
import { serve, launch } from '../harness.mjs';
const [dist, route] = process.argv.slice(2);
const srv = await serve(dist, '/', '404');
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE || 4) });
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline.frame,devtools.timeline,v8.execute,v8.wasm,v8,disabled-by-default-devtools.timeline,blink.user_timing,loading', transferMode: 'ReportEvents' });
await page.goto(srv.url + route);
await page.waitForFunction(() => !document.getElementById('prerendered') && document.getElementById('app'), null, { timeout: 60000 });
await page.waitForTimeout(1500);
await cdp.send('Tracing.end');
await done;
// The renderer's main thread that did the most (the first one may be about:blank's).
const mains = events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const busy = (m) => events.filter((e) => e.tid === m.tid && e.pid === m.pid && e.ph === 'X').reduce((a, e) => a + (e.dur || 0), 0);
const main = mains.sort((a, b) => busy(b) - busy(a))[0];
const mine = events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > 8000);
const t0 = Math.min(...mine.map((e) => e.ts));
for (const t of tasks) {
  const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
  const by = {};
  for (const e of inside) by[e.name] = (by[e.name] || 0) + e.dur;
  const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 9).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
  console.log(`${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${(t.dur / 1000).toFixed(1).padStart(6)} ms  ${top}`);
}
await browser.close();
srv.stop();
