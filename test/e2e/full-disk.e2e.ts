/**
 * "A full disk keeps data as it was" (issue #13), in real Chromium.
 *
 * The route: Chromium's profile lives on a small tmpfs (`mount -t tmpfs -o size=…`), so the quota the
 * browser grants the extension's origin is small and real (it derives it from the size of the disk the
 * profile is on, which `navigator.storage.estimate()` shows). An extension page then fills the
 * extension's own origin (a second IndexedDB database of that origin, random bytes that do not
 * compress) until the browser refuses a write with QuotaExceededError. A CDP quota override does not
 * reach an extension's origin (issue #13), and filling the real quota of a large disk would take
 * minutes: the tmpfs is what makes the browser say "full" for real, in seconds.
 *
 * Needs root to mount (CI runs `bash .ci/run` as root on a fresh Debian machine, where this works as
 * is; nothing has to be installed). Without the right to mount the test fails and says so: it never
 * passes without having filled the disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, until, type Harness } from './harness';
import { addApps, makeApp } from './seed';
import {
  applyByClick,
  formPage,
  inExtensionPage,
  namedConfirmationPage,
  openStartTab,
  serveJob,
  store,
  type Job,
  type StoredJob,
} from './hardening-pages';

// The confirmations here name the job (the legacy Greenhouse title): this test is about the disk, not about
// poor confirmation pages (issue #17 has its own tests for those).

/** Big enough for Chromium's profile and a few MB of data; small enough to fill in seconds. */
const TMPFS_SIZE = '160m';

const job = (n: number): Job => ({
  site: 'greenhouse',
  board: `tidewater${n}`,
  jobId: String(9_300_000 + n),
  company: `Tidewater ${n} Freight`,
  title: `Logistics Analyst ${n}`,
});

/** Runs in an extension page: fills the origin with a `filler` database until a write is refused. */
async function fillUntilRefused(): Promise<{ refusedWith: string; filledMb: number; usage: number; quota: number }> {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('filler', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('chunks');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const db = await open();
  const put = (key: number, value: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction('chunks', 'readwrite');
      tx.objectStore('chunks').put(value, key);
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      tx.onerror = () => undefined;
    });
  const random = (bytes: number) => {
    const out = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i += 65_536) crypto.getRandomValues(out.subarray(i, Math.min(bytes, i + 65_536)));
    return out;
  };
  let key = 0;
  let filled = 0;
  let refusedWith = '';
  // Big chunks first, then smaller ones, down to 256 bytes, so the room left is less than any record needs
  // (with 16 KB as the smallest chunk, a capture of about 2 KB sometimes still fitted in what was left).
  for (const size of [4 << 20, 1 << 20, 256 << 10, 64 << 10, 16 << 10, 4 << 10, 1 << 10, 256]) {
    for (let i = 0; i < 400; i++) {
      try {
        await put(key++, random(size));
        filled += size;
      } catch (err) {
        refusedWith = (err as DOMException).name;
        break;
      }
    }
  }
  db.close();
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { refusedWith, filledMb: Math.round(filled / 2 ** 20), usage, quota };
}

/** Runs in an extension page: the stored capture error and the toolbar badge's text. */
async function readWarning(): Promise<{ error: unknown; badge: string }> {
  const api = (
    globalThis as unknown as {
      chrome: {
        storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
        action: { getBadgeText(d: object): Promise<string> };
      };
    }
  ).chrome;
  return { error: (await api.storage.local.get('captureError')).captureError, badge: await api.action.getBadgeText({}) };
}

/** Runs in an extension page: frees the space the filler took. */
function freeSpace(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase('filler');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => undefined;
  });
}

describe('chromium: a full disk keeps data as it was', () => {
  let mountPoint = '';
  let mounted = false;
  let h: Harness | undefined;

  beforeAll(() => {
    mountPoint = mkdtempSync(join(tmpdir(), 'baskets-full-disk-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE},mode=0700`, 'tmpfs', mountPoint], { stdio: 'pipe' });
      mounted = true;
    } catch (err) {
      throw new Error(
        `This test needs a small tmpfs for the browser profile and could not mount one (run it as root): ${String((err as Error).message)}`,
      );
    }
  });

  afterAll(async () => {
    await h?.close();
    if (mounted) execFileSync('umount', ['-l', mountPoint], { stdio: 'pipe' });
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('a capture on a full disk tells the user, keeps every record unchanged, and the next capture succeeds once space is freed', async () => {
    h = await launch('chromium', { profileDir: mountPoint });
    // Records stored before: seven from earlier, at seven employers (so no Plan-B "!" is up), one with
    // the user's notes; and one captured just now.
    await addApps(h, [
      makeApp({
        company: 'Northwind Traders',
        title: 'Warehouse Systems Analyst',
        notes: 'Recruiter: Priya. Asked 72k.',
        appliedDaysAgo: 2,
      }),
      ...['Lark Health', 'Quillstack', 'Harborview Hotels', 'Acme', 'Globex', 'Initech'].map((company, i) =>
        makeApp({ company, title: `Analyst ${i + 1}`, appliedDaysAgo: 2 }),
      ),
    ]);
    const first = job(1);
    serveJob(h, first, formPage(first), namedConfirmationPage(first));
    const tab1 = await openStartTab(h);
    await applyByClick(tab1, first);
    await until(
      async () => (await store<StoredJob>(h!, 'applications')).some((r) => r.jobId === first.jobId),
      'the capture before the disk is full',
    );
    await tab1.close();
    const before = (await store<StoredJob>(h, 'applications')).sort((a, b) => a.id.localeCompare(b.id));
    expect(before).toHaveLength(8);

    // Nothing warns yet (so a "!" below is about the disk, not an earlier warning).
    expect(await inExtensionPage(h, readWarning)).toEqual({ error: undefined, badge: expect.not.stringMatching(/^!$/) });

    // Fill the extension's origin until the browser refuses.
    const fill = await inExtensionPage(h, fillUntilRefused);
    expect(fill.refusedWith, `the browser refused a write (filled ${fill.filledMb} MB, usage ${fill.usage} of ${fill.quota})`).toBe(
      'QuotaExceededError',
    );

    // A capture now: the user is told (the popup's message and/or the badge's "!").
    const second = job(2);
    serveJob(h, second, formPage(second), namedConfirmationPage(second));
    const tab2 = await openStartTab(h);
    await applyByClick(tab2, second);
    const told = await until(
      async () => {
        const state = await inExtensionPage(h!, readWarning);
        return state.error || state.badge === '!' ? state : null;
      },
      'the user to be told that the capture could not be saved',
      30_000,
    );
    // The message: the popup shows the stored capture error as an alert, and/or the badge shows "!".
    const popup = await h.openExtensionPage('popup.html', { width: 380, height: 560 });
    await popup.waitFor('#app > *');
    if (told?.error) {
      const alert = await until(
        () => popup.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent ?? '').join(' | ')),
        'the popup to show the capture error',
      );
      expect(alert).toMatch(/could not be saved/i);
      expect(alert).toMatch(/no room|space|full/i);
    } else {
      expect(told?.badge, 'the toolbar badge shows "!"').toBe('!');
    }
    await popup.close();
    await tab2.close();

    // Every record stored before is still there, unchanged; nothing half-written was added.
    const during = (await store<StoredJob>(h, 'applications')).sort((a, b) => a.id.localeCompare(b.id));
    expect(during).toEqual(before);

    // Space is freed: the next capture succeeds.
    await inExtensionPage(h, freeSpace);
    const third = job(3);
    serveJob(h, third, formPage(third), namedConfirmationPage(third));
    const tab3 = await openStartTab(h);
    await applyByClick(tab3, third);
    const stored = await until(
      async () => (await store<StoredJob>(h!, 'applications')).find((r) => r.jobId === third.jobId),
      'the capture after space was freed',
      30_000,
    );
    expect(stored).toMatchObject({ company: third.company, title: third.title, source: 'greenhouse' });
    await tab3.close();
    const after = await store<StoredJob>(h, 'applications');
    for (const old of before)
      expect(
        after.find((r) => r.id === old.id),
        `record ${old.company} after the disk was full`,
      ).toEqual(old);
  });
});
