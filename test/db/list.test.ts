import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { STATUSES } from '../../src/core/application';
import {
  activeApplications,
  allApplications,
  countApplications,
  listApplications,
  restoreApplications,
  summaryCounts,
  type ListQuery,
} from '../../src/db/index';
import { freshDb } from './helpers';

beforeEach(freshDb);
afterEach(() => vi.restoreAllMocks());

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];
const SOURCES = ['greenhouse', 'lever', 'linkedin', 'workday'];

/** Deterministic records: varied status, company, source and dates (some sharing the same appliedAt). */
function makeRecords(n: number): Application[] {
  const out: Application[] = [];
  const base = Date.UTC(2023, 0, 1);
  for (let i = 0; i < n; i++) {
    const company = COMPANIES[(i * 7) % COMPANIES.length] as string;
    const status = STATUSES[(i * 5) % STATUSES.length] as Status;
    const source = SOURCES[i % SOURCES.length] as string;
    // every 3 records share one timestamp, to exercise ties
    const at = new Date(base + Math.floor(i / 3) * 3_600_000).toISOString();
    const id = `id-${String(i).padStart(6, '0')}`;
    out.push({
      id,
      company,
      companyKey: company.toLowerCase().replace(/\s+/g, ''),
      title: i % 10 === 0 ? `Rust Developer ${i}` : `Engineer ${i}`,
      location: 'Remote',
      url: '',
      source,
      jobId: String(i),
      appliedAt: at,
      status,
      history: [{ status, at }],
      notes: i % 97 === 0 ? 'referral from Dana' : '',
      lessons: { wentWell: '', couldImprove: '', feedback: '' },
      capture: { method: 'import', signal: 'test' },
      createdAt: at,
      updatedAt: new Date(base + ((i * 7919) % n) * 60_000).toISOString(),
      dedupeKey: `${source}:${i}`,
    });
  }
  return out;
}

/** The reference answer: sort and filter in memory (what the store must NOT do, but must agree with). */
function expected(records: Application[], q: ListQuery): Application[] {
  const sort = q.sort ?? 'appliedAt';
  const dir = q.direction === 'next' ? 1 : -1;
  const order = (r: Application): Array<string | number> =>
    sort === 'appliedAt'
      ? [r.appliedAt]
      : sort === 'updatedAt'
        ? [r.updatedAt]
        : sort === 'company'
          ? [r.companyKey, r.appliedAt]
          : [STATUSES.indexOf(r.status), r.appliedAt];
  const statuses = q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status];
  const text = q.text?.toLowerCase();
  // A date-only `to` includes that whole day.
  const to = q.to && q.to.length === 10 ? `${q.to}\uffff` : q.to;
  return records
    .filter(
      (r) =>
        (!statuses || statuses.includes(r.status)) &&
        (!q.source || r.source === q.source) &&
        (!q.companyKey || r.companyKey === q.companyKey) &&
        (!q.from || r.appliedAt >= q.from) &&
        (!to || r.appliedAt <= to) &&
        (!text || `${r.company}\n${r.title}\n${r.location}\n${r.notes}`.toLowerCase().includes(text)),
    )
    .sort((a, b) => {
      const ka = [...order(a), a.id];
      const kb = [...order(b), b.id];
      for (let i = 0; i < ka.length; i++) {
        if ((ka[i] as string) < (kb[i] as string)) return -dir;
        if ((ka[i] as string) > (kb[i] as string)) return dir;
      }
      return 0;
    });
}

async function pageAll(q: ListQuery): Promise<Application[]> {
  const seen: Application[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await listApplications({ ...q, ...(after ? { after } : {}) });
    seen.push(...page.items);
    if (!page.next) break;
    after = page.next;
  }
  return seen;
}

describe('listApplications', () => {
  const records = makeRecords(300);

  const queries: Array<[string, ListQuery]> = [
    ['newest first (default)', {}],
    ['oldest first', { direction: 'next' }],
    ['by update time', { sort: 'updatedAt' }],
    ['by company A→Z', { sort: 'company', direction: 'next' }],
    ['by status in pipeline order', { sort: 'status', direction: 'next' }],
    ['by status reversed', { sort: 'status' }],
    ['one status', { status: 'interviewing' }],
    ['several statuses merged by date', { status: ['applied', 'offer', 'rejected'] }],
    ['several statuses, status sort', { status: ['ghosted', 'applied'], sort: 'status', direction: 'next' }],
    ['one employer', { companyKey: 'globex' }],
    ['employer + status', { companyKey: 'hooli', status: 'applied' }],
    ['source', { source: 'lever' }],
    ['date range', { from: '2023-01-03', to: '2023-01-05' }],
    ['date range + status', { from: '2023-01-02T00:00:00.000Z', to: '2023-01-06', status: ['screening', 'offer'] }],
    ['text', { text: 'rust' }],
    ['text in notes', { text: 'DANA' }],
    ['company sort inside one employer', { sort: 'company', companyKey: 'acme', direction: 'next' }],
  ];

  it.each(queries)('pages %s exactly like a full sort would, without gaps or repeats', async (_name, q) => {
    await restoreApplications(records);
    const want = expected(records, q).map((r) => r.id);
    const got = (await pageAll({ ...q, limit: 7 })).map((r) => r.id);
    expect(got).toEqual(want);
    expect(await countApplications(q)).toBe(want.length);
  });

  it('returns no next cursor on the last page and refuses a cursor from another sort', async () => {
    await restoreApplications(records.slice(0, 5));
    const page = await listApplications({ limit: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.next).toBeUndefined();
    const first = await listApplications({ limit: 2 });
    await expect(listApplications({ sort: 'updatedAt', after: first.next as string })).rejects.toThrow(/out of date/);
  });

  it('serves the correct first page of 50 out of 10,000 records, and the next one', async () => {
    const many = makeRecords(10_000);
    await restoreApplications(many);
    const want = expected(many, {});
    const first = await listApplications({ limit: 50 });
    expect(first.items.map((r) => r.id)).toEqual(want.slice(0, 50).map((r) => r.id));
    const second = await listApplications({ limit: 50, after: first.next as string });
    expect(second.items.map((r) => r.id)).toEqual(want.slice(50, 100).map((r) => r.id));
    const interviewing = await listApplications({ limit: 50, status: 'interviewing' });
    expect(interviewing.items.map((r) => r.id)).toEqual(
      expected(many, { status: 'interviewing' })
        .slice(0, 50)
        .map((r) => r.id),
    );
    expect(await countApplications()).toBe(10_000);
  }, 60_000);

  it('reads about one page of records for a page, not the whole store', async () => {
    await restoreApplications(makeRecords(2_000));
    // Count cursor steps at fake-indexeddb's iteration primitive (spying `continue` itself would hide it from idb).
    const steps = vi.spyOn(IDBCursor.prototype as unknown as { _iterate: () => unknown }, '_iterate');
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const page = await listApplications({ limit: 50, status: ['applied', 'offer'] });
    expect(page.items).toHaveLength(50);
    expect(steps.mock.calls.length).toBeLessThanOrEqual(60);
    const text = await listApplications({ limit: 5, text: 'rust' });
    expect(text.items).toHaveLength(5);
    // 1 in 10 titles matches: the walk stops after about 6 matches, far from 2,000 records.
    expect(steps.mock.calls.length).toBeLessThanOrEqual(60 + 80);
    expect(getAll).not.toHaveBeenCalled();
  });

  it('reads an unfiltered first page in one request where the browser can, the same page as the cursor walk', async () => {
    await restoreApplications(makeRecords(300));
    const proto = IDBIndex.prototype as unknown as { getAllRecords?: unknown };
    expect(typeof proto.getAllRecords).toBe('function');
    const queries: ListQuery[] = [
      {},
      { direction: 'next' },
      { sort: 'updatedAt' },
      { sort: 'company', direction: 'next', limit: 7 },
      { limit: 1 },
      { limit: 500 },
    ];
    const oneRequest = vi.spyOn(proto as { getAllRecords: () => unknown }, 'getAllRecords');
    const fast = [];
    for (const q of queries) fast.push(await listApplications(q));
    expect(oneRequest).toHaveBeenCalledTimes(queries.length);
    oneRequest.mockRestore();

    // The same pages, next cursors included, from a browser without getAllRecords (Chrome before 141, Firefox).
    const original = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
    Object.defineProperty(proto, 'getAllRecords', { value: undefined, configurable: true, writable: true });
    try {
      for (const [i, q] of queries.entries()) {
        const walked = await listApplications(q);
        expect(fast[i]).toEqual(walked);
        expect(walked.items.map((r) => r.id)).toEqual(
          expected(makeRecords(300), q)
            .slice(0, q.limit ?? 50)
            .map((r) => r.id),
        );
      }
    } finally {
      if (original) Object.defineProperty(proto, 'getAllRecords', original);
    }
    // Filtered and later pages still walk the cursor, and stop early.
    const spy = vi.spyOn(proto as { getAllRecords: () => unknown }, 'getAllRecords');
    const first = await listApplications({ limit: 10 });
    await listApplications({ limit: 10, after: first.next as string });
    await listApplications({ limit: 10, status: 'offer' });
    await listApplications({ limit: 10, text: 'rust' });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('treats an empty status list as no status filter', async () => {
    await restoreApplications(makeRecords(20));
    expect((await listApplications({ status: [], limit: 100 })).items).toHaveLength(20);
  });
});

describe('aggregates', () => {
  it('active, all and summary counts agree with the records', async () => {
    const records = makeRecords(80);
    await restoreApplications(records);
    const active = await activeApplications();
    expect(active.map((r) => r.id).sort()).toEqual(
      records
        .filter((r) => ['applied', 'screening', 'interviewing', 'offer'].includes(r.status))
        .map((r) => r.id)
        .sort(),
    );
    const all = await allApplications();
    expect(all).toHaveLength(80);
    expect(all.map((r) => r.appliedAt)).toEqual([...all.map((r) => r.appliedAt)].sort());
    // 2023-01-02 is a Monday; records are one hour apart per three, from 2023-01-01 00:00 UTC.
    const s = await summaryCounts(new Date('2023-01-02T12:00:00'));
    expect(s.total).toBe(80);
    expect(s.active).toBe(active.length);
    expect(s.closed).toBe(80 - active.length);
    expect(s.awaitingOutcome).toBe(records.filter((r) => r.status === 'applied').length);
    const monday = new Date(2023, 0, 2).toISOString();
    expect(s.thisWeek).toBe(records.filter((r) => r.appliedAt >= monday).length);
  });
});
