// Strict import (issue #13, item 3) in real Chromium and Firefox, through the dashboard's own import panel and its
// file input: a JSON backup with an impossible date, a CSV with a stray quote, a CSV with an unknown status and a
// Windows-1252 CSV. The preview lists each problem by its line (and says when a file was read as Windows-1252), and
// the records stored before stay exactly as they were.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/application';
import { launch, until, type BrowserName, type Harness, type TabHandle } from './harness';
import { makeApp, readStore, retrying, seed } from './seed';

const byId = (a: Application, b: Application): number => (a.id < b.id ? -1 : 1);

interface PreviewState {
  shown: boolean;
  text: string;
  errors: string[];
  encoding: string | null;
  importEnabled: boolean;
}

function previewState(fileName: string): PreviewState {
  const box = document.querySelector('.import-preview');
  const text = box?.textContent ?? '';
  const importButton = box?.querySelector<HTMLButtonElement>('button.btn-primary');
  return {
    shown: !!box && text.includes(fileName),
    text,
    errors: [...(box?.querySelectorAll('.import-errors li') ?? [])].map((li) => li.textContent ?? ''),
    encoding: box?.querySelector('.import-encoding')?.textContent ?? null,
    importEnabled: !!importButton && !importButton.disabled,
  };
}

/** Chooses a file in the panel's real <input type=file>, as a user does through the file dialog. */
async function choose(tab: TabHandle, browser: BrowserName, path: string): Promise<void> {
  const selector = '.import-panel input[type="file"]';
  await tab.waitFor(selector);
  if (browser === 'chromium') {
    await (tab.raw as PwPage).setInputFiles(selector, path);
  } else {
    const input = await (tab.raw as PpPage).$(selector);
    if (!input) throw new Error('no file input');
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
  }
}

async function preview(
  tab: TabHandle,
  browser: BrowserName,
  dir: string,
  fileName: string,
  bytes: string | Uint8Array,
): Promise<PreviewState> {
  const path = join(dir, fileName);
  await writeFile(path, bytes);
  await choose(tab, browser, path);
  return (await until(async () => {
    const state = await tab.evaluate(previewState, fileName);
    return state.shown ? state : undefined;
  }, `the preview of ${fileName}`)) as PreviewState;
}

async function cancel(tab: TabHandle): Promise<void> {
  await tab.evaluate(() => {
    const cancelButton = [...document.querySelectorAll<HTMLButtonElement>('.import-preview button')].find(
      (b) => b.textContent === 'Cancel',
    );
    cancelButton?.click();
  });
  await until(() => tab.evaluate(() => document.querySelector('.import-preview') === null), 'the preview to close');
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${name}: strict import through the dashboard's import panel`, () => {
    let h: Harness;
    let dir: string;
    let stored: Application[];

    beforeAll(async () => {
      h = await launch(name);
      dir = await mkdtemp(join(tmpdir(), 'baskets-import-'));
      stored = [
        makeApp({ company: 'Acme', title: 'Data Analyst', status: 'screening', appliedDaysAgo: 10 }),
        makeApp({ company: 'Globex', title: 'Platform Engineer', status: 'applied', appliedDaysAgo: 6 }),
        makeApp({ company: 'Initech', title: 'QA Lead', status: 'interviewing', appliedDaysAgo: 3, notes: 'keep me' }),
      ];
      await seed(h, stored);
    });
    afterAll(async () => {
      await h?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('lists each problem by its line, notes Windows-1252, and leaves the stored records exactly as they were', async () => {
      const tab = await retrying(h, () => h.openExtensionPage('dashboard.html#view=import', { width: 1280, height: 900 }));
      await tab.waitFor('.import-panel input[type="file"]');

      // 1. A JSON backup whose second record applied on 30 February. It also moves Acme on to "offer": nothing of
      //    it may be written.
      const backup = {
        format: 'baskets',
        version: 1,
        exportedAt: new Date().toISOString(),
        applications: [
          { ...stored[0]!, status: 'offer', history: [...stored[0]!.history, { status: 'offer', at: new Date().toISOString() }] },
          { ...stored[1]!, id: 'from-backup', dedupeKey: 'lever:impossible', appliedAt: '2026-02-30' },
        ],
        aliases: [],
      };
      const json = JSON.stringify(backup, null, 2);
      const secondRecordLine = json.split('\n').findIndex((l, i, all) => l === '    {' && all.slice(0, i).includes('    {')) + 1;
      const fromJson = await preview(tab, name, dir, 'broken-backup.json', json);
      expect(fromJson.errors).toEqual([
        `Line ${secondRecordLine}: Application 2: "appliedAt" "2026-02-30" names no real day (February 2026 has 28 days).`,
      ]);
      expect(fromJson.text).toContain('The file cannot be imported as it is');
      expect(fromJson.importEnabled).toBe(false);
      await cancel(tab);

      // 2. A CSV with the stray quote of the issue: two broken lines, one good row.
      const strayQuote = [
        'Company,Title,Date applied,Status',
        '"Acme,Dev',
        'Beta,"Eng"ineer',
        'Umbrella,Chemist,2025-05-02,Applied',
        '',
      ].join('\r\n');
      const fromQuote = await preview(tab, name, dir, 'stray-quote.csv', strayQuote);
      expect(fromQuote.errors).toEqual([
        'Lines 2–3: text after the closing quote of a quoted field; a quote inside a quoted field must be written twice ("") (the quoted field opens on line 2).',
      ]);
      expect(fromQuote.text).toMatch(/1\s*new/);
      expect(fromQuote.text).not.toContain('Acme,Dev');
      await cancel(tab);

      // 3. A CSV with an unknown status, on a row that would otherwise have moved Globex on.
      const unknownStatus = ['Company,Title,Status', 'Globex,Platform Engineer,💀', 'Hooli,Designer,', ''].join('\n');
      const fromStatus = await preview(tab, name, dir, 'unknown-status.csv', unknownStatus);
      expect(fromStatus.errors).toEqual([
        'Line 2: the status "💀" is not one Baskets knows (applied, screening, interviewing, offer, accepted, rejected, ghosted, withdrawn, or leave it blank for applied).',
      ]);
      expect(fromStatus.text).toMatch(/1\s*new/);
      await cancel(tab);

      // 4. A CSV saved by an older Excel in Windows-1252: "Müller AG" is the byte 0xFC, never U+FFFD. Imported.
      const latin1 = [
        'Company,Title,Date applied,Status',
        'Umbrella,Chemist,2025-05-02,Applied',
        'M\u00fcller AG,Ingenieur,2025-05-03,Applied',
        'Caf\u00e9 Cr\u00e8me,Barista,2025-05-04,Interview',
        '',
      ].join('\r\n');
      const bytes = Uint8Array.from([...latin1].map((c) => c.charCodeAt(0)));
      const fromLatin1 = await preview(tab, name, dir, 'excel-latin1.csv', bytes);
      expect(fromLatin1.encoding).toContain('Read as Windows-1252');
      expect(fromLatin1.encoding).toContain('Line 3, the first this affects, now reads:');
      expect(fromLatin1.encoding).toContain('Müller AG,Ingenieur,2025-05-03,Applied');
      expect(fromLatin1.text).not.toContain('\ufffd');
      expect(fromLatin1.errors).toEqual([]);
      expect(fromLatin1.importEnabled).toBe(true);
      await tab.evaluate(() => document.querySelector<HTMLButtonElement>('.import-preview button.btn-primary')?.click());
      await until(
        () => tab.evaluate(() => /Import finished/.test(document.querySelector('.import-panel')?.textContent ?? '')),
        'the import to finish',
      );

      const after = await readStore<Application>(h, 'applications');
      // Every record stored before is exactly as it was: no status moved, nothing from the broken files.
      expect(after.filter((r) => stored.some((s) => s.id === r.id)).sort(byId)).toEqual([...stored].sort(byId));
      expect(
        after
          .filter((r) => !stored.some((s) => s.id === r.id))
          .map((r) => [r.company, r.title, r.status])
          .sort(),
      ).toEqual([
        ['Café Crème', 'Barista', 'interviewing'],
        ['Müller AG', 'Ingenieur', 'applied'],
        ['Umbrella', 'Chemist', 'applied'],
      ]);
      expect(after.some((r) => r.id === 'from-backup' || r.company.includes('\ufffd') || r.company.startsWith('Acme,'))).toBe(false);
      expect(h.consoleErrors).toEqual([]);
      await tab.close();
    });
  });
}
