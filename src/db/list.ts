/**
 * Reading lists of applications. List views page through indexes with cursors: the first page at 10,000 records
 * reads about `limit` records, never the whole store. Filters the chosen index cannot express (source, text, a
 * second filter) are checked while the cursor walks, and the walk stops as soon as `limit` matches are found.
 * An unfiltered first page is one getAllRecords request where the browser has it.
 */
import { ACTIVE_STATUSES, STATUSES, isStatus, type Application, type Status } from '../core/application';
import { unwrap, type IDBPCursorWithValue } from 'idb';
import { withTx, type Tx } from './connection';
import type { BasketsSchema } from './schema';
import { ValidationError } from './errors';

export type SortKey = 'appliedAt' | 'updatedAt' | 'company' | 'status';

export interface ListQuery {
  /** Default 'appliedAt'. 'company' orders by employer key, 'status' by pipeline order (applied … withdrawn). */
  sort?: SortKey;
  /** 'prev' (default) = newest / Z→A / withdrawn→applied first; 'next' = the other way. */
  direction?: 'next' | 'prev';
  status?: Status | Status[];
  source?: string;
  companyKey?: string;
  /** Inclusive bounds on appliedAt (ISO). A date-only `to` ("2024-03-31") includes that whole day. */
  from?: string;
  to?: string;
  /** Case-insensitive substring of company, title, location or notes. */
  text?: string;
  /** Only records kept without their job's name (`needsDetails`). */
  needsDetails?: boolean;
  /** Default 50, at most 500. */
  limit?: number;
  /** The `next` value of the previous page. */
  after?: string;
}

type CountQuery = Omit<ListQuery, 'limit' | 'after' | 'sort' | 'direction'>;
type IndexName = 'appliedAt' | 'updatedAt' | 'status_appliedAt' | 'companyKey_appliedAt';
type ReadTx = Tx<['applications'], 'readonly'>;

const HIGH = '\uffff';
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

interface Source {
  index: IndexName;
  lower?: IDBValidKey;
  upper?: IDBValidKey;
  /** The index key of a sort value inside this source. */
  keyFor(sortValue: IDBValidKey): IDBValidKey;
  /** For 'concat' plans: the status this source holds. */
  status?: Status;
}

interface Plan {
  sources: Source[];
  /** 'merge': sources interleaved by sort value; 'concat': one after the other (status pipeline order). */
  mode: 'merge' | 'concat';
  matches(r: Application): boolean;
}

interface Filters {
  statuses?: Status[];
  source?: string;
  companyKey?: string;
  from?: string;
  to?: string;
  text?: string;
  needsDetails?: true;
}

function cmp(a: IDBValidKey, b: IDBValidKey): number {
  return indexedDB.cmp(a, b);
}

function filtersOf(q: CountQuery): Filters {
  const f: Filters = {};
  if (q.status !== undefined) {
    const list = Array.isArray(q.status) ? q.status : [q.status];
    for (const s of list) if (!isStatus(s)) throw new ValidationError(`Unknown status "${String(s)}".`);
    // An empty list means "no status filter" (no chip selected), not "nothing".
    if (list.length) f.statuses = [...new Set(list)];
  }
  if (typeof q.source === 'string' && q.source) f.source = q.source.toLowerCase();
  if (typeof q.companyKey === 'string' && q.companyKey) f.companyKey = q.companyKey;
  if (typeof q.from === 'string' && q.from) f.from = q.from;
  if (typeof q.to === 'string' && q.to) f.to = q.to.length === 10 ? q.to + HIGH : q.to;
  if (typeof q.text === 'string' && q.text.trim()) f.text = q.text.trim().toLowerCase();
  if (q.needsDetails === true) f.needsDetails = true;
  return f;
}

function matcher(f: Filters): (r: Application) => boolean {
  const statuses = f.statuses ? new Set<string>(f.statuses) : undefined;
  return (r) =>
    (!statuses || statuses.has(r.status)) &&
    (!f.source || r.source === f.source) &&
    (!f.companyKey || r.companyKey === f.companyKey) &&
    (!f.from || r.appliedAt >= f.from) &&
    (!f.to || r.appliedAt <= f.to) &&
    (!f.needsDetails || r.needsDetails === true) &&
    (!f.text ||
      r.company.toLowerCase().includes(f.text) ||
      r.title.toLowerCase().includes(f.text) ||
      r.location.toLowerCase().includes(f.text) ||
      r.notes.toLowerCase().includes(f.text));
}

function sortValue(r: Application, sort: SortKey): IDBValidKey {
  switch (sort) {
    case 'appliedAt':
      return r.appliedAt;
    case 'updatedAt':
      return r.updatedAt;
    case 'company':
      return [r.companyKey, r.appliedAt];
    case 'status':
      return [r.status, r.appliedAt];
  }
}

const identity = (v: IDBValidKey): IDBValidKey => v;

function prefixed(index: IndexName, prefix: string, f: Filters, keyFor: Source['keyFor']): Source {
  return { index, lower: [prefix, f.from ?? ''], upper: [prefix, f.to ?? HIGH], keyFor };
}

function planFor(sort: SortKey, f: Filters, direction: 'next' | 'prev'): Plan {
  const matches = matcher(f);
  if (sort === 'appliedAt') {
    if (f.companyKey) {
      const ck = f.companyKey;
      return { mode: 'merge', matches, sources: [prefixed('companyKey_appliedAt', ck, f, (v) => [ck, v as string])] };
    }
    if (f.statuses) {
      return {
        mode: 'merge',
        matches,
        sources: f.statuses.map((s) => prefixed('status_appliedAt', s, f, (v) => [s, v as string])),
      };
    }
    const src: Source = { index: 'appliedAt', keyFor: identity };
    if (f.from) src.lower = f.from;
    if (f.to) src.upper = f.to;
    return { mode: 'merge', matches, sources: [src] };
  }
  if (sort === 'updatedAt') return { mode: 'merge', matches, sources: [{ index: 'updatedAt', keyFor: identity }] };
  if (sort === 'company') {
    if (f.companyKey) return { mode: 'merge', matches, sources: [prefixed('companyKey_appliedAt', f.companyKey, f, identity)] };
    return { mode: 'merge', matches, sources: [{ index: 'companyKey_appliedAt', keyFor: identity }] };
  }
  // status: pipeline order, each status a range of [status, appliedAt].
  const order = STATUSES.filter((s) => !f.statuses || f.statuses.includes(s));
  if (direction === 'prev') order.reverse();
  return {
    mode: 'concat',
    matches,
    sources: order.map((s) => ({ ...prefixed('status_appliedAt', s, f, identity), status: s })),
  };
}

function rangeOf(lower: IDBValidKey | undefined, upper: IDBValidKey | undefined): IDBKeyRange | undefined | null {
  if (lower !== undefined && upper !== undefined) {
    if (cmp(lower, upper) > 0) return null;
    return IDBKeyRange.bound(lower, upper);
  }
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper);
  return undefined;
}

interface Resume {
  v: IDBValidKey;
  id: string;
}

type Cursor = IDBPCursorWithValue<BasketsSchema, ['applications'], 'applications', IndexName, 'readonly'> | null;

/** Open a cursor on one source, positioned strictly after `resume` (if given) in `direction`. */
async function openSource(tx: ReadTx, src: Source, direction: 'next' | 'prev', resume?: Resume): Promise<Cursor> {
  let lower = src.lower;
  let upper = src.upper;
  let at: IDBValidKey | undefined;
  if (resume) {
    at = src.keyFor(resume.v);
    if (direction === 'next') {
      if (upper !== undefined && cmp(at, upper) > 0) return null;
      if (lower === undefined || cmp(at, lower) >= 0) lower = at;
      else at = undefined;
    } else {
      if (lower !== undefined && cmp(at, lower) < 0) return null;
      if (upper === undefined || cmp(at, upper) <= 0) upper = at;
      else at = undefined;
    }
  }
  const range = rangeOf(lower, upper);
  if (range === null) return null;
  let cursor = await tx.objectStore('applications').index(src.index).openCursor(range, direction);
  if (resume && at !== undefined) {
    const id = resume.id;
    // Skip the entries with the same index key up to and including the last one already shown.
    while (cursor && cmp(cursor.key, at) === 0) {
      const c = cmp(cursor.primaryKey, id);
      if (direction === 'next' ? c > 0 : c < 0) break;
      cursor = c === 0 ? await cursor.continue() : await cursor.continuePrimaryKey(at as never, id);
    }
  }
  return cursor;
}

function encodeCursor(sort: SortKey, direction: string, r: Application): string {
  return JSON.stringify({ s: sort, d: direction, v: sortValue(r, sort), id: r.id });
}

function decodeCursor(after: string, sort: SortKey, direction: string): Resume {
  try {
    const c = JSON.parse(after) as { s?: unknown; d?: unknown; v?: unknown; id?: unknown };
    if (c.s === sort && c.d === direction && typeof c.id === 'string' && (typeof c.v === 'string' || Array.isArray(c.v))) {
      return { v: c.v as IDBValidKey, id: c.id };
    }
  } catch {
    // fall through
  }
  throw new ValidationError('This page of the list is out of date. Start again from the first page.');
}

/** IDBIndex.getAllRecords (Chrome 141): up to `count` records of a range in cursor order, in one request. */
interface IndexWithGetAllRecords {
  getAllRecords(options: {
    query?: IDBKeyRange | null;
    count?: number;
    direction?: IDBCursorDirection;
  }): IDBRequest<Array<{ value: Application }>>;
}

/**
 * The first `want` records of a one-index plan with no filter, in one request where the browser has
 * getAllRecords, instead of one cursor step (a round trip to the storage process) per record or batch: the
 * popup's rows and the dashboard's first page arrive sooner. The same records in the same order as the walk
 * (cursor order, equal keys by primary key); undefined where the browser lacks it or the plan does not fit.
 */
async function firstRecords(tx: ReadTx, plan: Plan, direction: 'next' | 'prev', want: number): Promise<Application[] | undefined> {
  const src = plan.sources[0];
  if (plan.mode !== 'merge' || plan.sources.length !== 1 || !src) return undefined;
  const index = unwrap(tx.objectStore('applications').index(src.index)) as unknown as Partial<IndexWithGetAllRecords>;
  if (typeof index.getAllRecords !== 'function') return undefined;
  const range = rangeOf(src.lower, src.upper);
  if (range === null) return [];
  const request = index.getAllRecords({ query: range ?? null, count: want, direction });
  const records = await new Promise<Array<{ value: Application }>>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return records.map((r) => r.value);
}

/** Walk a plan and collect up to `want` matches, in order. */
async function walk(
  tx: ReadTx,
  plan: Plan,
  sort: SortKey,
  direction: 'next' | 'prev',
  want: number,
  resume?: Resume,
): Promise<Application[]> {
  const out: Application[] = [];
  if (plan.mode === 'concat') {
    let sources = plan.sources;
    if (resume) {
      const status = Array.isArray(resume.v) ? resume.v[0] : undefined;
      const at = sources.findIndex((s) => s.status === status);
      sources = at >= 0 ? sources.slice(at) : sources;
    }
    let first = true;
    for (const src of sources) {
      let cursor = await openSource(tx, src, direction, first ? resume : undefined);
      first = false;
      while (cursor && out.length < want) {
        if (plan.matches(cursor.value)) out.push(cursor.value);
        cursor = await cursor.continue();
      }
      if (out.length >= want) break;
    }
    return out;
  }
  const heads: Array<{ cursor: NonNullable<Cursor>; key: IDBValidKey }> = [];
  for (const src of plan.sources) {
    const cursor = await openSource(tx, src, direction, resume);
    if (cursor) heads.push({ cursor, key: [sortValue(cursor.value, sort), cursor.primaryKey] });
  }
  const sign = direction === 'next' ? 1 : -1;
  while (heads.length && out.length < want) {
    let best = 0;
    for (let i = 1; i < heads.length; i++) {
      if (sign * cmp((heads[i] as (typeof heads)[number]).key, (heads[best] as (typeof heads)[number]).key) < 0) best = i;
    }
    const head = heads[best] as (typeof heads)[number];
    if (plan.matches(head.cursor.value)) out.push(head.cursor.value);
    const next = await head.cursor.continue();
    if (next) {
      head.cursor = next;
      head.key = [sortValue(next.value, sort), next.primaryKey];
    } else heads.splice(best, 1);
  }
  return out;
}

export async function listApplications(q: ListQuery = {}): Promise<{ items: Application[]; next?: string }> {
  const sort: SortKey = q.sort ?? 'appliedAt';
  if (!['appliedAt', 'updatedAt', 'company', 'status'].includes(sort)) throw new ValidationError(`Cannot sort by "${String(sort)}".`);
  const direction = q.direction === 'next' ? 'next' : 'prev';
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(q.limit) || DEFAULT_LIMIT)));
  const f = filtersOf(q);
  const plan = planFor(sort, f, direction);
  const resume = q.after ? decodeCursor(q.after, sort, direction) : undefined;
  const unfiltered = !resume && Object.keys(f).length === 0;
  const items = await withTx(
    ['applications'],
    'readonly',
    async (tx) =>
      (unfiltered ? await firstRecords(tx, plan, direction, limit + 1) : undefined) ?? walk(tx, plan, sort, direction, limit + 1, resume),
  );
  if (items.length > limit) {
    items.length = limit;
    return { items, next: encodeCursor(sort, direction, items[limit - 1] as Application) };
  }
  return { items };
}

export async function countApplications(q: CountQuery = {}): Promise<number> {
  const f = filtersOf(q);
  return withTx(['applications'], 'readonly', async (tx) => {
    const store = tx.objectStore('applications');
    const dated = f.from !== undefined || f.to !== undefined;
    if (!f.text && !f.source && !f.needsDetails) {
      if (!f.companyKey && !f.statuses) {
        if (!dated) return store.count();
        return store.index('appliedAt').count(rangeOf(f.from, f.to) ?? undefined);
      }
      if (f.companyKey && !f.statuses) {
        const r = rangeOf([f.companyKey, f.from ?? ''], [f.companyKey, f.to ?? HIGH]);
        return r ? store.index('companyKey_appliedAt').count(r) : 0;
      }
      if (f.statuses && !f.companyKey) {
        let n = 0;
        for (const s of f.statuses) {
          const r = rangeOf([s, f.from ?? ''], [s, f.to ?? HIGH]);
          if (r) n += await store.index('status_appliedAt').count(r);
        }
        return n;
      }
    }
    if (f.source && !f.text && !f.needsDetails && !f.companyKey && !f.statuses && !dated) {
      return store.index('source').count(IDBKeyRange.only(f.source));
    }
    const plan = planFor('appliedAt', f, 'next');
    return (await walk(tx, plan, 'appliedAt', 'next', Number.MAX_SAFE_INTEGER)).length;
  });
}

/** Applications still carrying hope (applied, screening, interviewing, offer), newest first, via the status index. */
export async function activeApplications(): Promise<Application[]> {
  return withTx(['applications'], 'readonly', async (tx) => {
    const index = tx.objectStore('applications').index('status_appliedAt');
    const groups = await Promise.all(ACTIVE_STATUSES.map((s) => index.getAll(IDBKeyRange.bound([s, ''], [s, HIGH]))));
    return groups.flat().sort((a, b) => (a.appliedAt < b.appliedAt ? 1 : a.appliedAt > b.appliedAt ? -1 : 0));
  });
}

/** Every application, oldest applied first (for stats, charts and export). */
export async function allApplications(): Promise<Application[]> {
  return withTx(['applications'], 'readonly', (tx) => tx.objectStore('applications').index('appliedAt').getAll());
}

/** Monday 00:00 (local time) of the week that contains `now`. */
export function startOfWeek(now: Date): Date {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const back = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - back);
  return d;
}

/**
 * Headline numbers. `active`: applied/screening/interviewing/offer. `thisWeek`: applied since Monday 00:00 local time.
 * `awaitingOutcome`: still 'applied' (no answer yet). `closed`: accepted, rejected, ghosted or withdrawn.
 */
export async function summaryCounts(
  now: Date = new Date(),
): Promise<{ total: number; active: number; thisWeek: number; awaitingOutcome: number; closed: number }> {
  return withTx(['applications'], 'readonly', async (tx) => {
    const store = tx.objectStore('applications');
    const byStatus = store.index('status');
    // All counts are requested at once: one round of the event loop instead of seven.
    const [total, thisWeek, ...perStatus] = await Promise.all([
      store.count(),
      store.index('appliedAt').count(IDBKeyRange.lowerBound(startOfWeek(now).toISOString())),
      ...ACTIVE_STATUSES.map((s) => byStatus.count(IDBKeyRange.only(s))),
    ]);
    const active = perStatus.reduce((sum, n) => sum + n, 0);
    const awaitingOutcome = perStatus[ACTIVE_STATUSES.indexOf('applied')] ?? 0;
    return { total, active, thisWeek, awaitingOutcome, closed: total - active };
  });
}
