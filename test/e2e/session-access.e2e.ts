// Issue #13, item 5: what the background keeps per tab (each tab's journey, the recent capture replies)
// lives in session storage that content scripts cannot read, so a compromised renderer on one job site
// learns nothing about the user's other tabs. Checked from the extension's own isolated world in a job
// site's tab (the world its content scripts run in), after a real capture filled that storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type Harness } from './harness';
import { apiIn, applyByClick, formUrl, inExtensionPage, serveJob, store, type Job } from './hardening-pages';

const JOB: Job = {
  site: 'lever',
  board: 'quillstack',
  jobId: '5e1f0c2a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
  company: 'Quillstack',
  title: 'Data Analyst',
};

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: session storage is closed to content scripts`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    it("after a capture, the job site's content-script world can read neither the tab journeys nor the replies, and the outbox is empty", async () => {
      serveJob(h, JOB);
      const tab = await h.open(formUrl(JOB));
      try {
        await applyByClick(tab, JOB, { open: false });
        // The capture is stored and the background's session storage holds this tab's journey.
        const end = Date.now() + 10_000;
        while ((await store(h, 'applications')).length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
        expect(await store(h, 'applications')).toHaveLength(1);
        // (Functions run in a page are sent as source: they name nothing from this module.)
        const inBackground = await inExtensionPage(h, async () => {
          const g = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
          return Object.keys(await (g.browser ?? g.chrome)!.storage.session.get(null));
        });
        expect(inBackground.some((k) => k.startsWith('tab:'))).toBe(true);

        const seen = await inExtensionPage(
          h,
          async (url: string) => {
            const g = globalThis as unknown as { browser?: ReturnType<typeof apiIn>; chrome?: ReturnType<typeof apiIn> };
            const api = (g.browser ?? g.chrome)!;
            const [t] = await api.tabs.query({ url });
            const [res] = await api.scripting.executeScript({
              target: { tabId: t!.id },
              func: async () => {
                const g = globalThis as unknown as {
                  browser?: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> } | undefined> };
                  chrome?: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> } | undefined> };
                };
                const storage = (g.browser ?? g.chrome)!.storage;
                let session: string;
                try {
                  session = storage.session ? `read ${Object.keys(await storage.session.get(null)).join(',')}` : 'no session area';
                } catch (err) {
                  session = `refused: ${(err as Error).message}`;
                }
                const local = Object.keys(await storage.local!.get(null));
                return { session, local };
              },
            });
            return res?.result as { session: string; local: string[] };
          },
          tab.url(),
        );
        expect(seen.session).not.toMatch(/^read/);
        // What content scripts can read holds no journey, no reply and no capture left behind.
        expect(seen.local.filter((k) => k.startsWith('tab:') || k === 'acks' || k.startsWith('outbox:'))).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  });
}
