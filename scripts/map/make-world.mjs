// Dev time only: Natural Earth 1:110m countries (public domain, via world-atlas) projected with
// Equal Earth into SVG path data, one per ISO 3166-1 alpha-2 code, written to
// ../../crates/build/assets/world.json (committed). Countries too small to draw at this scale (Singapore,
// Hong Kong…) get a point from the 1:50m set, drawn as a dot.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoEqualEarth, geoPath, geoArea } from 'd3-geo';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const load = (f) => JSON.parse(readFileSync(require.resolve(`world-atlas/${f}`), 'utf8'));
// Antarctica is left out: nobody's address is there, and it would take a fifth of the height.
const small = feature(load('countries-110m.json'), 'countries');
small.features = small.features.filter((f) => f.properties.name !== 'Antarctica');
const fine = feature(load('countries-50m.json'), 'countries');

const WIDTH = 960;
const projection = geoEqualEarth().fitWidth(WIDTH, small);
const path = geoPath(projection).digits(1);
const height = Math.ceil(path.bounds(small)[1][1]);

// Natural Earth leaves a few ids empty; these are the ones with alumni-worthy names.
const EXTRA = { Kosovo: 'XK', 'N. Cyprus': null, Somaliland: null };
const code = (f) => {
  if (f.id && countries.numericToAlpha2(f.id)) return countries.numericToAlpha2(f.id);
  return EXTRA[f.properties.name] ?? null;
};

const shapes = {};
for (const f of small.features) {
  const c = code(f);
  if (!c || geoArea(f) === 0) continue;
  shapes[c] = (shapes[c] || '') + path(f);
}
const dots = {};
for (const f of fine.features) {
  const c = code(f);
  if (!c || shapes[c] || c === 'AQ') continue;
  const [x, y] = path.centroid(f);
  if (Number.isFinite(x)) dots[c] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
const out = {
  source: 'Natural Earth 1:110m and 1:50m admin-0 countries (public domain), via world-atlas 2.0.2; Equal Earth projection',
  width: WIDTH,
  height,
  shapes,
  dots,
};
writeFileSync(new URL('../../crates/build/assets/world.json', import.meta.url), JSON.stringify(out));
console.log(`world.json: ${Object.keys(shapes).length} shapes, ${Object.keys(dots).length} dots, ${WIDTH}×${height}`);
