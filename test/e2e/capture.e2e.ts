// Auto-capture in real browsers: every site's flow ends in exactly one record; every negative page in none.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launch, type BrowserName, type Harness } from './harness';
import { runNegative, runSiteFlow, siteFlows } from './flows';

/** Firefox runs the five busiest sites (the floor); Chromium runs them all. */
const FIREFOX_SITES = new Set(['greenhouse', 'lever', 'workday', 'ashby', 'linkedin']);

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
