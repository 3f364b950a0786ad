// Typing into the directory as the benchmark and its dev tools do. Shared by run.mjs,
// trace.mjs and profile.mjs.
import { serve, launch } from '../harness.mjs';

// In the page: type `q`, resolve with ms from the input event to the frame after the list shows
// it, judged by the query and facets that `data-state` names.
export async function typeAndWait(page, q, facets = {}, { profile = false } = {}) {
  return page.evaluate(async ({ q, facets, profile }) => {
    const list = document.querySelector('ul.people');
    const input = document.querySelector('#q');
    const shows = () => {
      const s = list.dataset.state;
      if (!s || !s.includes('?') && q) return false;
      const p = new URLSearchParams(s.split('?')[1] || '');
      return (p.get('q') || '') === q && Object.entries(facets).every(([k, v]) => p.get(k) === v);
    };
    return new Promise((resolve) => {
      const t0 = performance.now();
      const check = () => {
        if (!shows()) return;
        obs.disconnect();
        requestAnimationFrame(() => {
          const ms = performance.now() - t0;
          if (profile) console.profileEnd('q');
          resolve(ms);
        });
      };
      if (profile) console.profile('q');
      const obs = new MutationObserver(check);
      obs.observe(list, { attributes: true, childList: true });
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      check();
    });
  }, { q, facets, profile });
}

/** Serves `dist`, opens the directory (with `facets`, a query string) in a 360 × 800 page,
 * waits for its list and for the network to be quiet, then throttles the CPU (RATE, default 4). */
export async function openThrottled(dist, facets = '') {
  const srv = await serve(dist, '/', '404');
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(srv.url + '/directory/' + (facets ? '?' + facets : ''));
  await page.waitForFunction(() => document.querySelector('ul.people')?.dataset.state !== undefined, null, { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE || 4) });
  return { page, cdp, close: async () => { await browser.close(); srv.stop(); } };
}
