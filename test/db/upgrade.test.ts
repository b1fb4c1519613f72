import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../src/core/application';
import { openDb, closeDb } from '../../src/db/connection';
import { DB_VERSION } from '../../src/db/schema';
import { addApplication, getApplication, linkCompanies, listAliases, listApplications, countApplications } from '../../src/db/index';
import { freshDb, job } from './helpers';

beforeEach(freshDb);

/** The schema exactly as version 1 shipped it, written with the raw API (a frozen copy, never edited). */
function openAsV1(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('baskets', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const apps = db.createObjectStore('applications', { keyPath: 'id' });
      apps.createIndex('dedupeKey', 'dedupeKey', { unique: true });
      apps.createIndex('companyKey', 'companyKey');
      apps.createIndex('status', 'status');
      apps.createIndex('appliedAt', 'appliedAt');
      const pending = db.createObjectStore('pending', { keyPath: 'id' });
      pending.createIndex('dedupeKey', 'dedupeKey', { unique: true });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function v1Record(i: number, status: Application['status']): Application {
  const at = `2024-0${1 + (i % 9)}-1${i % 10}T09:00:00.000Z`;
  return {
    id: `v1-${i}`,
    company: i % 2 ? 'Acme, Inc.' : 'Globex',
    companyKey: i % 2 ? 'acme' : 'globex',
    title: `Role ${i}`,
    location: 'Lisbon',
    url: `https://jobs.example.com/${i}`,
    source: 'generic',
    appliedAt: at,
    status,
    history: [{ status: 'applied', at }, ...(status === 'applied' ? [] : [{ status, at, note: 'moved' }])],
    notes: `note ${i}`,
    lessons: { wentWell: 'w', couldImprove: 'c', feedback: 'f' },
    capture: { method: 'auto', signal: 'confirmation' },
    createdAt: at,
    updatedAt: at,
    dedupeKey: `url:https://jobs.example.com/${i}`,
  };
}

describe('upgrades', () => {
  it('opens a version 1 database with data at the current version and loses nothing', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
    const old = await openAsV1();
    const records = Array.from({ length: 12 }, (_, i) => v1Record(i, i % 3 === 0 ? 'interviewing' : 'applied'));
    const tx = old.transaction(['applications', 'pending'], 'readwrite');
    for (const r of records) tx.objectStore('applications').put(r);
    tx.objectStore('pending').put({
      id: 'p1',
      company: 'Initech',
      title: 'QA',
      location: '',
      url: '',
      source: 'generic',
      signal: 'click',
      dedupeKey: 'id:p1',
      createdAt: 'x',
      updatedAt: 'x',
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    old.close();

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['aliases', 'applications', 'meta', 'pending']);
    for (const r of records) expect(await getApplication(r.id)).toEqual(r);
    expect(await db.count('pending')).toBe(1);
    // The v2 indexes are built over the old data.
    const interviewing = await listApplications({ status: 'interviewing', limit: 100 });
    expect(interviewing.items.map((r) => r.id).sort()).toEqual(
      records
        .filter((r) => r.status === 'interviewing')
        .map((r) => r.id)
        .sort(),
    );
    expect(await countApplications({ companyKey: 'acme' })).toBe(6);
    // And the new stores work.
    await linkCompanies('Globex', 'Acme');
    expect(await listAliases()).toEqual([{ key: 'globex', canonicalKey: 'acme', name: 'Globex' }]);
    expect(await countApplications({ companyKey: 'acme' })).toBe(12);
  });
});

describe('connection', () => {
  it('closes a held connection when another context upgrades, so the upgrade is never blocked', async () => {
    await addApplication(job(), { method: 'auto', signal: '' });
    const held = await openDb();
    const onBlocked = vi.fn();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('baskets', DB_VERSION + 1);
      open.onblocked = onBlocked;
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    expect(onBlocked).not.toHaveBeenCalled();
    expect(newer.version).toBe(DB_VERSION + 1);
    // The held handle is really closed.
    expect(() => held.transaction('applications')).toThrow();
    // While a newer version owns the data, this (older) code says so clearly instead of hanging.
    await expect(getApplication('x')).rejects.toThrow(/newer version of Baskets/);
    newer.close();
  });

  it('steps aside for a delete and reopens cleanly on next use', async () => {
    const { record } = await addApplication(job(), { method: 'auto', signal: '' });
    await openDb();
    const onBlocked = vi.fn();
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase('baskets');
      del.onblocked = onBlocked;
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    expect(onBlocked).not.toHaveBeenCalled();
    expect(await getApplication(record.id)).toBeUndefined();
    const again = await addApplication(job(), { method: 'auto', signal: '' });
    expect(again.created).toBe(true);
    expect(await countApplications()).toBe(1);
  });

  it('closeDb closes and the next call reopens', async () => {
    const a = await openDb();
    closeDb();
    const b = await openDb();
    expect(b).not.toBe(a);
    expect(await countApplications()).toBe(0);
  });
});
