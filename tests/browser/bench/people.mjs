// The published directory as the site built it (the order of its card chunks, each person's
// public fields from their profile file), and the facet values each engine filters on. Shared
// by prepare.mjs and run.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPeople(dist) {
  // Every profile, by id: each file of data/people/ holds several (model::Profiles).
  const profiles = {};
  for (const f of readdirSync(join(dist, 'data/people'))) {
    Object.assign(profiles, JSON.parse(readFileSync(join(dist, 'data/people', f), 'utf8')));
  }
  const dir = join(dist, 'data/directory/c');
  const n = readdirSync(dir).length;
  const people = [];
  for (let c = 0; c < n; c++) {
    for (const card of JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8'))) {
      people.push(profiles[card.id].person);
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
