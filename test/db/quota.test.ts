import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addApplication,
  allApplications,
  commitImport,
  getApplication,
  previewImport,
  setStatus,
  StorageFullError,
} from '../../src/db/index';
import { freshDb, job } from './helpers';

beforeEach(freshDb);
afterEach(() => vi.restoreAllMocks());

/** Simulate a full disk: after `allowed` writes succeed, the next put/add queues its write and then fails with quota. */
function diskFullAfter(allowed: number): void {
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      writes++;
      const request = original.apply(this, args);
      if (writes > allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return request;
    });
  }
}

describe('a full disk', () => {
  it('turns QuotaExceededError into StorageFullError with a clear message and leaves the record unchanged', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    diskFullAfter(0);
    const error = await setStatus(record.id, 'offer').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/no room left/);
    expect((error as Error).message).toMatch(/Nothing was changed/);
    vi.restoreAllMocks();
    expect(await getApplication(record.id)).toEqual(record);
  });

  it('rolls back a whole import when the disk fills half-way', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    const lines = ['Company,Title,Date Applied'];
    for (let i = 0; i < 100; i++) lines.push(`Company ${i},Engineer,2024-03-05`);
    const preview = await previewImport(lines.join('\n'), 'tracker.csv');
    expect(preview.toAdd).toBe(100);
    diskFullAfter(50);
    await expect(commitImport(preview)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await allApplications()).toEqual([record]);
  });

  it('does not store a capture that hit the quota', async () => {
    diskFullAfter(0);
    await expect(addApplication(job(), { method: 'auto', signal: '' })).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await allApplications()).toEqual([]);
  });
});
