// The peers as the benchmark runs them in the browser: the same box and list as the site, and
// `data-state` on the list saying which query and facets it shows (the runner waits for it).
// Loaded by bench.html?engine=minisearch|pagefind; also imported by prepare.mjs for the options.

const fold = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const MINISEARCH_OPTIONS = {
  fields: ['name', 'name_latin', 'former', 'nickname', 'employer', 'job_title', 'city', 'country', 'industry', 'major', 'bio'],
  storeFields: ['i', 'name', 'year', 'major', 'job', 'place', 'decade', 'industry_id'],
  idField: 'i',
  processTerm: (t) => fold(t),
  searchOptions: {
    prefix: true,
    fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0),
    boost: { name: 3, name_latin: 3, former: 2, nickname: 2 },
    combineWith: 'AND',
  },
};

const SHOWN = 50;

function render(list, rows, total, state) {
  list.replaceChildren(...rows.map((r) => {
    const li = document.createElement('li');
    li.className = 'card person';
    li.innerHTML = `<strong></strong><p class="meta"></p><p class="meta"></p>`;
    li.children[0].textContent = r.name;
    li.children[1].textContent = `Class of ${r.year} · ${r.major}`;
    li.children[2].textContent = [r.job, r.place].filter(Boolean).join(' — ');
    return li;
  }));
  document.querySelector('.count').textContent = `${total} alumni match`;
  list.dataset.state = state;
}

async function minisearch() {
  const { default: MiniSearch } = await import('./minisearch.js');
  const text = await (await fetch('minisearch-index.json')).text();
  const ms = MiniSearch.loadJSON(text, MINISEARCH_OPTIONS);
  return async (q, facets) => {
    const keep = (r) => Object.entries(facets).every(([k, v]) => (k === 'industry' ? r.industry_id : r[k]) === v);
    const hits = q
      ? ms.search(q, { filter: keep })
      : []; // an empty box lists nobody: MiniSearch has no "everyone" query
    return { total: hits.length, rows: hits.slice(0, SHOWN) };
  };
}

async function pagefind() {
  const pf = await import('./pagefind/pagefind.js');
  await pf.options({ excerptLength: 0 });
  await pf.init();
  return async (q, facets) => {
    const search = await pf.search(q || null, { filters: facets });
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    return {
      total: search.results.length,
      rows: data.map((d) => ({ name: d.meta.title, year: d.meta.year, major: d.meta.major, job: d.meta.job, place: d.meta.place })),
    };
  };
}

export async function start() {
  const params = new URLSearchParams(location.search);
  const engine = params.get('engine');
  const input = document.querySelector('#q');
  const list = document.querySelector('ul.people');
  const facets = {};
  for (const k of ['decade', 'industry']) if (params.get(k)) facets[k] = params.get(k);
  window.benchFacets = facets;
  const run = engine === 'pagefind' ? await pagefind() : await minisearch();
  let latest = 0;
  const go = async () => {
    const ticket = ++latest;
    const q = input.value;
    const f = window.benchFacets;
    const { rows, total } = await run(q, f);
    if (ticket !== latest) return; // a newer keystroke won
    const state = new URLSearchParams({ q, ...f }).toString();
    render(list, rows, total, '?' + state);
  };
  input.addEventListener('input', go);
  input.value = params.get('q') || '';
  document.body.dataset.ready = 'true';
  await go();
}
