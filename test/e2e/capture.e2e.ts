// Auto-capture in real browsers: every site's flow ends in exactly one record; every negative page in none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, until, type BrowserName, type Harness } from './harness';
import { clearData, records, runNegative, runSiteFlow, siteFlows, swapInPlace } from './flows';

/**
 * Firefox runs the five busiest sites (the floor) and Indeed, whose smartapply pages are the
 * one place a resting site looks on arrival (wake.ts reads window.origin); Chromium runs them all.
 */
const FIREFOX_SITES = new Set(['greenhouse', 'lever', 'workday', 'ashby', 'linkedin', 'indeed']);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: capture flows`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });
    // The any-site detector needs the opt-in permission: anysite.e2e.ts covers it.
    const flows = siteFlows().filter((f) => f.site !== 'generic' && (name === 'chromium' || FIREFOX_SITES.has(f.site)));
    // Workday pages rest until the user acts (src/sites/rest.ts): nothing of Baskets runs there but a few
    // listeners. Here the user's only act is the click on Submit: it must wake the watcher and count.
    it('a resting page woken by nothing but the click on Submit still records the application', async () => {
      const flow = siteFlows().find((f) => f.site === 'workday')!;
      const review = flow.negatives.find((n) => n.name === 'review-step')!;
      const html = (file: string) => readFileSync(join(ROOT, 'test/fixtures', file), 'utf8');
      await clearData(h);
      h.serve(review.url, html(review.file));
      const tab = await h.open(review.url);
      try {
        await new Promise((r) => setTimeout(r, 300));
        await tab.click('[data-automation-id="pageFooterNextButton"]');
        await swapInPlace(tab, html(flow.confirmation.file));
        const stored = await until(async () => {
          const all = await records(h);
          return all.length ? all : null;
        }, 'a workday record');
        expect(stored).toHaveLength(1);
        expect(stored?.[0]).toMatchObject({ company: flow.expected.company, title: flow.expected.title, source: 'workday' });
      } finally {
        await tab.close();
      }
    });
    for (const flow of flows) {
      it(`${flow.site}: posting → form → confirmation → reload = one record`, () => runSiteFlow(h, flow));
      if (name === 'chromium') {
        // Every page that is not a confirmation (errors, CAPTCHA, security code, already applied,
        // alerts, sign-in, discarded or external apply, listings) beyond the flow's own posting and form.
        for (const negative of flow.negatives.filter((n) => n !== flow.posting && n !== flow.form)) {
          it(`${flow.site}: ${negative.name} (${negative.stage}) records nothing`, () => runNegative(h, negative));
        }
      }
    }
  });
}
