// Dev tool: where the time of one typed query goes, at 4× CPU throttle (RATE=…): totals by
// trace event, then the main thread's tasks in order. Writes the trace to
// target/bench/trace.json (open it in Chromium's Performance panel).
// Usage: node trace.mjs DIST "prev1,prev2" "q" [facets query string]
//   the prev queries are typed first, each once the list shows the one before; NOWAIT=1 types
//   q right after the last, as the benchmark does.
import { ROOT } from '../harness.mjs';
import { openThrottled, typeAndWait } from './typing.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
const [dist, prev, q, fq = ''] = process.argv.slice(2);
const { page, cdp, close } = await openThrottled(dist, fq);
try {
  const type = (text) => typeAndWait(page, text);
  // `prev` may list several queries (comma-separated), typed one after the other as the
  // benchmark does; the last is typed right before the traced one.
  const list = prev.split(',');
  for (const [i, p] of list.entries()) {
    console.log('prev', p, await type(p));
    if (i < list.length - 1 || !process.env.NOWAIT) await page.waitForTimeout(i < list.length - 1 ? 0 : 600);
  }
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,v8.wasm,disabled-by-default-v8.wasm.detailed,v8,disabled-by-default-devtools.timeline,blink.user_timing,loading,netlog', transferMode: 'ReportEvents' });
  const ms = await type(q);
  await cdp.send('Tracing.end');
  await done;
  console.log('query', q, ms.toFixed(1), 'ms');
  mkdirSync(join(ROOT, 'target/bench'), { recursive: true });
  writeFileSync(join(ROOT, 'target/bench/trace.json'), JSON.stringify({ traceEvents: events }));
  // Main-thread top-level events by name, within the measured window.
  const main = events.filter((e) => e.ph === 'X' && e.dur);
  const tids = {};
  for (const e of main) if (e.name === 'RunTask') tids[e.tid] = (tids[e.tid] || 0) + e.dur;
  const byName = {};
  for (const e of main) { byName[e.name] = (byName[e.name] || 0) + e.dur; }
  const rows = Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [n, d] of rows) console.log(n.padEnd(40), (d / 1000).toFixed(1));
  // Timeline of RunTasks on the busiest thread
  const tid = Object.entries(tids).sort((a, b) => b[1] - a[1])[0][0];
  const tasks = main.filter((e) => e.tid == tid && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const t0 = tasks[0]?.ts;
  for (const t of tasks) {
    const kids = main.filter((e) => e.tid == tid && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur > 500);
    console.log(((t.ts - t0) / 1000).toFixed(1).padStart(7), (t.dur / 1000).toFixed(1).padStart(6), kids.slice(0, 6).map((k) => `${k.name}${k.args?.data?.url ? '(' + k.args.data.url.split('/').slice(-2).join('/') + ')' : ''}:${(k.dur / 1000).toFixed(1)}`).join(' '));
  }
} finally { await close(); }
