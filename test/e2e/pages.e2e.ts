// The built extension loads in both real browsers and its pages open without a console error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type Harness } from './harness';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: extension pages`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    for (const page of ['popup.html', 'dashboard.html', 'options.html', 'welcome.html']) {
      it(`opens ${page} with content and no console error`, async () => {
        const tab = await h.openExtensionPage(page, page === 'popup.html' ? { width: 380, height: 560 } : {});
        await tab.waitFor('#app > *');
        const text = await tab.evaluate(() => document.body.innerText.trim().length);
        expect(text).toBeGreaterThan(20);
        await tab.close();
        expect(h.consoleErrors).toEqual([]);
      });
    }
  });
}
