// Dev tool: the benchmark's two-letter case alone, repeated, to tell a change from the noise.
// Opens the directory with the benchmark's facets RUNS times (default 4), and in each page types
// every pair as the benchmark does ("c", then "ch" once "c" shows), at 4× CPU throttle (RATE).
// Prints each pair's times and median. Usage: node pairs.mjs DIST ["c:ch,o:ol,l:li,w:wa"]
// NOFACETS=1 types them with no facet chosen.
import { openThrottled, typeAndWait } from './typing.mjs';
import { FACETS } from './people.mjs';
const [dist, list = 'c:ch,o:ol,l:li,w:wa,m:ma,j:jo'] = process.argv.slice(2);
const pairs = list.split(',').map((p) => p.split(':'));
const facets = process.env.NOFACETS ? {} : FACETS;
const fq = new URLSearchParams(facets).toString();
const times = Object.fromEntries(pairs.map(([, q]) => [q, []]));
for (let run = 0; run < Number(process.env.RUNS || 4); run++) {
  const { page, close } = await openThrottled(dist, fq);
  try {
    for (const [prev, q] of pairs) {
      await typeAndWait(page, prev, facets);
      times[q].push(await typeAndWait(page, q, facets));
    }
  } finally { await close(); }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [q, xs] of Object.entries(times)) console.log(q.padEnd(4), xs.map((x) => x.toFixed(1).padStart(6)).join(''), '  median', median(xs).toFixed(1));
const all = Object.values(times).flat();
console.log('all  median', median(all).toFixed(1), ' max', Math.max(...all).toFixed(1));
