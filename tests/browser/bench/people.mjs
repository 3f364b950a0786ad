// The published directory as the site built it (the order of its card chunks, each person's
// public fields from their profile file), and the facet values each engine filters on. Shared
// by prepare.mjs and run.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The profile files (routes::profile_file): FNV-1a of the id, 4096 files, each a map by id.
const files = new Map();
function profiles(dist, id) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(id)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const name = (h % 4096).toString(16).padStart(3, '0');
  if (!files.has(name)) files.set(name, JSON.parse(readFileSync(join(dist, 'data/people', `${name}.json`), 'utf8')));
  return files.get(name)[id];
}

export function readPeople(dist) {
  const dir = join(dist, 'data/directory/c');
  const n = readdirSync(dir).length;
  const people = [];
  for (let c = 0; c < n; c++) {
    for (const card of JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8'))) {
      people.push(profiles(dist, card.id).person);
    }
  }
  return people;
}

/** The two facets every query is also measured with. */
export const FACETS = { decade: '1990', industry: 'software' };

export const decadeOf = (p) => String(p.class_year - (p.class_year % 10));

/** Every searchable field as text, the same fields the site indexes. */
export function fields(p) {
  return {
    name: p.name,
    name_latin: p.name_latin || '',
    former: (p.former_names || []).join(' '),
    nickname: p.nickname || '',
    employer: p.employer || '',
    job_title: p.job_title || '',
    city: p.city || '',
    country: p.country?.name || '',
    industry: p.industry?.name || '',
    major: p.study.major_name,
    bio: p.bio || '',
  };
}
