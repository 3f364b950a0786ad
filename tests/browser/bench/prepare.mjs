// Builds the peers' indexes from the same published people the site built:
// MiniSearch (serialised JSON) and Pagefind (its Node API), under DIST/bench/.
// Usage: node prepare.mjs DIST
import { mkdirSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { readPeople, fields, decadeOf } from './people.mjs';
import { MINISEARCH_OPTIONS } from './engines.mjs';

const dist = process.argv[2];
const out = join(dist, 'bench');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const here = dirname(new URL(import.meta.url).pathname);
for (const f of ['bench.html', 'engines.mjs']) copyFileSync(join(here, f), join(out, f));
const require = createRequire(import.meta.url);
copyFileSync(join(dirname(require.resolve('minisearch')), '../es/index.js'), join(out, 'minisearch.js'));

const people = readPeople(dist);
console.error(`bench: ${people.length} people`);

// MiniSearch: every field searchable; the card fields and the two facet ids stored.
let t = Date.now();
const ms = new MiniSearch(MINISEARCH_OPTIONS);
ms.addAll(people.map((p, i) => ({
  i, ...fields(p),
  year: p.class_year, job: [p.job_title, p.employer].filter(Boolean).join(', '),
  place: [p.city, p.country?.name].filter(Boolean).join(', '),
  decade: decadeOf(p), industry_id: p.industry?.id || '',
})));
writeFileSync(join(out, 'minisearch-index.json'), JSON.stringify(ms));
console.error(`bench: MiniSearch index in ${Date.now() - t} ms`);

// Pagefind: one custom record per person, the facets as filters, card fields as meta.
t = Date.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
for (const p of people) {
  const f = fields(p);
  const filters = { decade: [decadeOf(p)], year: [String(p.class_year)], college: [p.study.college], degree: [p.degree] };
  if (p.industry) filters.industry = [p.industry.id];
  if (p.country) filters.country = [p.country.code];
  if (p.mentor) filters.mentor = ['yes'];
  await index.addCustomRecord({
    url: `/alumni/${p.id}`,
    content: Object.values(f).filter(Boolean).join('. '),
    language: 'en',
    meta: {
      title: p.name, year: String(p.class_year), major: p.study.major_name,
      job: [p.job_title, p.employer].filter(Boolean).join(', '),
      place: [p.city, p.country?.name].filter(Boolean).join(', '),
    },
    filters,
  });
}
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();
console.error(`bench: Pagefind index in ${Date.now() - t} ms`);
