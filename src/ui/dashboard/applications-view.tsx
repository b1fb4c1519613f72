/**
 * The table of all applications: sorted and filtered by the store's indexes, one page at a time
 * (cursor paging; "Load more" plus an IntersectionObserver at the bottom), never everything at once.
 * Each loaded page is its own <tbody> (RowGroup), so appending one leaves the rows already shown untouched.
 */
import { Component } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  ACTIVE_STATUSES,
  STATUSES,
  STATUS_LABELS,
  isStatus,
  type Application,
  type CapturedField,
  type Status,
} from '../../core/application';
import { allApplications, countApplications, listApplications, type ListQuery } from '../../db/index';
import { deleteApplications, restoreApplications, setStatusMany } from '../data';
import { EmptyState } from '../components/states';
import { supportedSites } from '../runtime';
import { useDashboard } from './context';
import { dayBoundary, formatDate, plural, siteLabel } from './format';
import { WeakMark } from './weak-mark';
import { StatusChip } from '../components/status-chip';

export const PAGE_SIZE = 50;
/** The store's largest page. */
const MAX_PAGE = 500;

type SortKey = 'appliedAt' | 'updatedAt' | 'company' | 'status';
type Direction = 'next' | 'prev';

const SORT_LABELS: Record<SortKey, string> = {
  appliedAt: 'Applied',
  updatedAt: 'Updated',
  company: 'Company',
  status: 'Status',
};

export interface Filters {
  text: string;
  /** '' = any, 'active' = the four hopeful statuses, else one status. */
  status: string;
  source: string;
  companyKey: string;
  from: string;
  to: string;
  /** Only the records kept without their job's name. */
  needsDetails: boolean;
}

const NO_FILTERS: Filters = { text: '', status: '', source: '', companyKey: '', from: '', to: '', needsDetails: false };

/** The site filter's wording, by name: one entry stands for every page of other sites. */
function sourceOption(source: string): string {
  return source === 'generic' ? 'Other sites' : siteLabel(source);
}

/** Rows in groups of `size`, the way the table shows them: one <tbody> per group. */
function splitPages<T>(items: readonly T[], size: number = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

function toQuery(filters: Filters): Omit<ListQuery, 'limit' | 'after' | 'sort' | 'direction'> {
  const q: Omit<ListQuery, 'limit' | 'after' | 'sort' | 'direction'> = {};
  const text = filters.text.trim();
  if (text) q.text = text;
  if (filters.status === 'active') q.status = [...ACTIVE_STATUSES];
  else if (isStatus(filters.status)) q.status = filters.status;
  if (filters.source) q.source = filters.source;
  if (filters.companyKey) q.companyKey = filters.companyKey;
  const from = dayBoundary(filters.from, false);
  const to = dayBoundary(filters.to, true);
  if (from) q.from = from;
  if (to) q.to = to;
  if (filters.needsDetails) q.needsDetails = true;
  return q;
}

interface Options {
  employers: Array<{ key: string; name: string }>;
  sources: string[];
  /** Records kept without their job's name ("Job not known — add details"). */
  needsDetails: number;
}

/** Employers and sources for the filter menus: read once after the first page is on screen. */
function useFilterOptions(version: number, firstPageShown: boolean): Options | null {
  const [options, setOptions] = useState<Options | null>(null);
  useEffect(() => {
    // The browser is idle while it waits for the first page from the database: wait for the page itself.
    if (!firstPageShown) return;
    let cancelled = false;
    const run = () => {
      allApplications()
        .then((all) => {
          if (cancelled) return;
          const names = new Map<string, Map<string, number>>();
          const sources = new Set<string>();
          let needsDetails = 0;
          for (const a of all) {
            sources.add(a.source);
            if (a.needsDetails) needsDetails++;
            if (!a.company) continue;
            const byName = names.get(a.companyKey) ?? new Map<string, number>();
            byName.set(a.company, (byName.get(a.company) ?? 0) + 1);
            names.set(a.companyKey, byName);
          }
          const employers = [...names].map(([key, byName]) => {
            const [name] = [...byName].sort((x, y) => y[1] - x[1])[0] ?? [key];
            return { key, name };
          });
          employers.sort((x, y) => x.name.localeCompare(y.name));
          setOptions({ employers, sources: [...sources].sort(), needsDetails });
        })
        .catch(() => {
          if (!cancelled) setOptions({ employers: [], sources: [], needsDetails: 0 });
        });
    };
    // Reading every record is the heaviest thing this view does: only when the browser is idle, after the first page.
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 3000 }) : undefined;
    const timer = idle === undefined ? setTimeout(run, 200) : undefined;
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [version, firstPageShown]);
  return options;
}

export function ApplicationsView({ selectedId }: { selectedId?: string | undefined }) {
  const api = useDashboard();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [textDraft, setTextDraft] = useState('');
  const [sort, setSort] = useState<SortKey>('appliedAt');
  const [direction, setDirection] = useState<Direction>('prev');
  // The loaded rows, page by page. Appending adds an array and keeps the earlier ones (same identity), so their
  // RowGroups skip rendering; shownIds (same rows, by id) drops a row that a later page repeats, without a pass
  // over everything already loaded.
  const [pages, setPages] = useState<Application[][]>([]);
  const shownIds = useRef(new Set<string>());
  const [next, setNext] = useState<string | undefined>(undefined);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<Status | ''>('');
  const request = useRef(0);
  // The count belongs to the query, not to the latest page read: loading more must not make it stale.
  const countRequest = useRef(0);
  const sentinel = useRef<HTMLDivElement>(null);
  const [firstPageShown, setFirstPageShown] = useState(false);
  useEffect(() => {
    if (firstPageShown || loading) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setFirstPageShown(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [loading, firstPageShown]);
  const options = useFilterOptions(api.version, firstPageShown);
  const query = useMemo(() => toQuery(filters), [filters]);

  // Debounce the search box so typing does not query on every key.
  useEffect(() => {
    if (textDraft === filters.text) return;
    const timer = setTimeout(() => setFilters((f) => ({ ...f, text: textDraft })), 200);
    return () => clearTimeout(timer);
  }, [textDraft]);

  // First page whenever the query or the order changes. After a write (same query), reload as many rows as
  // were on screen (up to the store's 500 per page), so an edit far down the list does not jump back to the top.
  const shownCount = useMemo(() => pages.reduce((n, p) => n + p.length, 0), [pages]);
  const shown = useRef({ key: '', count: 0 });
  shown.current.count = shownCount;
  useEffect(() => {
    const id = ++request.current;
    const countId = ++countRequest.current;
    const key = JSON.stringify([query, sort, direction]);
    const sameQuery = shown.current.key === key;
    shown.current.key = key;
    const limit = sameQuery ? Math.min(MAX_PAGE, Math.max(PAGE_SIZE, shown.current.count)) : PAGE_SIZE;
    setLoading(true);
    listApplications({ ...query, sort, direction, limit })
      .then((page) => {
        if (id !== request.current) return;
        const still = new Set(page.items.map((a) => a.id));
        shownIds.current = still;
        setPages(splitPages(page.items));
        setNext(page.next);
        setLoading(false);
        setSelected((prev) => new Set([...prev].filter((x) => still.has(x))));
      })
      .catch((error: unknown) => {
        if (id !== request.current) return;
        setLoading(false);
        api.showError(error);
      });
    countApplications(query)
      .then((n) => {
        if (countId === countRequest.current) setTotal(n);
      })
      .catch(() => undefined);
  }, [query, sort, direction, api.version]);

  function loadMore() {
    if (!next || loading) return;
    const id = ++request.current;
    setLoading(true);
    listApplications({ ...query, sort, direction, limit: PAGE_SIZE, after: next })
      .then((page) => {
        if (id !== request.current) return;
        const fresh = page.items.filter((a) => !shownIds.current.has(a.id));
        for (const a of fresh) shownIds.current.add(a.id);
        if (fresh.length > 0) setPages((prev) => [...prev, fresh]);
        setNext(page.next);
        setLoading(false);
      })
      .catch((error: unknown) => {
        if (id !== request.current) return;
        setLoading(false);
        api.showError(error);
      });
  }

  // Infinite scroll where the browser has IntersectionObserver; the button works everywhere.
  const loadMoreRef = useRef(loadMore);
  loadMoreRef.current = loadMore;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadMoreRef.current();
      },
      { rootMargin: '400px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [next]);

  function sortBy(key: SortKey) {
    if (key === sort) setDirection((d) => (d === 'next' ? 'prev' : 'next'));
    else {
      setSort(key);
      // Dates newest first, names A→Z.
      setDirection(key === 'company' || key === 'status' ? 'next' : 'prev');
    }
  }

  // Stable callbacks, so that appending a page renders only the new rows (see RowGroup and Row).
  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((prev) => {
      const nextSet = new Set(prev);
      if (on) nextSet.add(id);
      else nextSet.delete(id);
      return nextSet;
    });
  }, []);
  const openRef = useRef(api.openRecord);
  openRef.current = api.openRecord;
  const open = useCallback((id: string, field?: CapturedField) => openRef.current(id, field), []);

  // The selection only ever holds shown rows, so fewer selected than shown settles it without a scan.
  const allShownSelected = shownCount > 0 && selected.size >= shownCount && pages.every((p) => p.every((a) => selected.has(a.id)));
  const someSelected = selected.size > 0 && !allShownSelected;

  async function applyBulkStatus() {
    if (!bulkStatus || selected.size === 0) return;
    const ids = [...selected];
    const status = bulkStatus;
    try {
      const before = await setStatusMany(ids, status);
      setSelected(new Set());
      setBulkStatus('');
      api.offerUndo(`Changed ${plural(ids.length, 'application')} to ${STATUS_LABELS[status]}.`, async () => {
        await restoreApplications(before);
      });
    } catch (error) {
      api.showError(error);
    }
  }

  async function deleteSelected() {
    if (selected.size === 0) return;
    const ids = [...selected];
    try {
      const removed = await deleteApplications(ids);
      setSelected(new Set());
      if (selectedId && ids.includes(selectedId)) api.closeRecord();
      api.offerUndo(`Deleted ${plural(removed.length, 'application')}.`, async () => {
        await restoreApplications(removed);
      });
    } catch (error) {
      api.showError(error);
    }
  }

  const filtered = Object.values(toQuery(filters)).length > 0 || textDraft.trim() !== '';

  return (
    <section class="applications" aria-labelledby="applications-heading">
      <h2 id="applications-heading">Applications</h2>
      <form class="filters" role="search" aria-label="Filter applications" onSubmit={(e) => e.preventDefault()}>
        <label class="field">
          <span>Search</span>
          <input
            type="search"
            value={textDraft}
            placeholder="Company, title, location, notes"
            onInput={(e) => setTextDraft(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>Status</span>
          <select value={filters.status} onChange={(e) => setFilters((f) => ({ ...f, status: e.currentTarget.value }))}>
            <option value="">Any status</option>
            <option value="active">Still active</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Site</span>
          <select value={filters.source} onChange={(e) => setFilters((f) => ({ ...f, source: e.currentTarget.value }))}>
            <option value="">Any site</option>
            {(options?.sources ?? []).map((s) => (
              <option key={s} value={s}>
                {sourceOption(s)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Employer</span>
          <select value={filters.companyKey} onChange={(e) => setFilters((f) => ({ ...f, companyKey: e.currentTarget.value }))}>
            <option value="">Any employer</option>
            {(options?.employers ?? []).map((emp) => (
              <option key={emp.key} value={emp.key}>
                {emp.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Applied from</span>
          <input type="date" value={filters.from} onChange={(e) => setFilters((f) => ({ ...f, from: e.currentTarget.value }))} />
        </label>
        <label class="field">
          <span>Applied until</span>
          <input type="date" value={filters.to} onChange={(e) => setFilters((f) => ({ ...f, to: e.currentTarget.value }))} />
        </label>
        <label class="field inline needs-filter">
          <input
            type="checkbox"
            checked={filters.needsDetails}
            onChange={(e) => setFilters((f) => ({ ...f, needsDetails: e.currentTarget.checked }))}
          />
          <span>Only jobs not known</span>
        </label>
        {filtered && (
          <button
            type="button"
            class="btn"
            onClick={() => {
              setTextDraft('');
              setFilters(NO_FILTERS);
            }}
          >
            Clear filters
          </button>
        )}
      </form>

      {options && options.needsDetails > 0 && !filters.needsDetails && (
        <p class="needs-summary">
          {options.needsDetails === 1
            ? '1 application Baskets kept without its job: add the company and title.'
            : `${options.needsDetails.toLocaleString('en')} applications Baskets kept without their job: add the company and title.`}{' '}
          <button type="button" class="btn btn-small" onClick={() => setFilters((f) => ({ ...f, needsDetails: true }))}>
            Show them
          </button>
        </p>
      )}
      <p class="table-summary" role="status">
        {total === null
          ? 'Counting…'
          : total === 0
            ? filtered
              ? 'No application matches these filters.'
              : '0 applications.'
            : `Showing ${shownCount.toLocaleString('en')} of ${plural(total, 'application')}.`}
      </p>
      {total === 0 && !filtered && !loading && <EmptyState sites={supportedSites()} headingLevel={3} />}

      {selected.size > 0 && (
        <div class="bulk-bar" role="region" aria-label="Bulk actions">
          <span>{plural(selected.size, 'selected application')}</span>
          <label class="field inline">
            <span>Change status to</span>
            <select value={bulkStatus} onChange={(e) => setBulkStatus(e.currentTarget.value as Status | '')}>
              <option value="">Choose…</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="btn btn-primary" disabled={!bulkStatus} onClick={() => void applyBulkStatus()}>
            Apply status
          </button>
          <button type="button" class="btn btn-danger" onClick={() => void deleteSelected()}>
            Delete selected
          </button>
          <button type="button" class="btn" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}

      <div class="table-wrap">
        {/*
          Laid out as a grid of rows with fixed column widths, not as a CSS table (see dashboard.css): a CSS table
          lays out every row again whenever a page is appended. The explicit roles keep the table semantics in
          browsers that drop them when a table's display changes; in the others they are the implicit ones.
        */}
        <table class="app-table" role="table" aria-labelledby="applications-heading" aria-busy={loading ? 'true' : 'false'}>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" class="col-select">
                <input
                  type="checkbox"
                  aria-label="Select all shown applications"
                  checked={allShownSelected}
                  indeterminate={someSelected}
                  disabled={shownCount === 0}
                  onChange={(e) => setSelected(e.currentTarget.checked ? new Set(pages.flatMap((p) => p.map((a) => a.id))) : new Set())}
                />
              </th>
              <SortHeader label={SORT_LABELS.company} sortKey="company" sort={sort} direction={direction} onSort={sortBy} />
              <th scope="col" role="columnheader">
                Title
              </th>
              <SortHeader label={SORT_LABELS.status} sortKey="status" sort={sort} direction={direction} onSort={sortBy} />
              <th scope="col" role="columnheader">
                Site
              </th>
              <SortHeader label={SORT_LABELS.appliedAt} sortKey="appliedAt" sort={sort} direction={direction} onSort={sortBy} />
              <SortHeader label={SORT_LABELS.updatedAt} sortKey="updatedAt" sort={sort} direction={direction} onSort={sortBy} />
            </tr>
          </thead>
          {pages.map((rows, i) => (
            <RowGroup key={i} rows={rows} selected={selected} currentId={selectedId} onToggle={toggle} onOpen={open} />
          ))}
        </table>
      </div>
      <div ref={sentinel} class="sentinel" aria-hidden="true" />
      {next && (
        <p class="load-more">
          <button type="button" class="btn" disabled={loading} onClick={loadMore}>
            {loading ? 'Loading…' : `Load ${PAGE_SIZE} more`}
          </button>
        </p>
      )}
    </section>
  );
}

function SortHeader(props: { label: string; sortKey: SortKey; sort: SortKey; direction: Direction; onSort: (key: SortKey) => void }) {
  const active = props.sort === props.sortKey;
  const ascending = props.direction === 'next';
  return (
    <th scope="col" role="columnheader" aria-sort={active ? (ascending ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        class="sort-button"
        onClick={() => props.onSort(props.sortKey)}
        aria-label={`Sort by ${props.label}${active ? (ascending ? ', currently ascending' : ', currently descending') : ''}`}
      >
        {props.label}
        <span aria-hidden="true" class="sort-arrow">
          {active ? (ascending ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}

interface RowGroupProps {
  rows: Application[];
  selected: ReadonlySet<string>;
  currentId: string | undefined;
  onToggle: (id: string, on: boolean) => void;
  onOpen: (id: string, field?: CapturedField) => void;
}

/**
 * One loaded page of rows, in a <tbody> of its own. Re-renders only when something about its own rows changes:
 * appending a page then renders that page alone, and (with the CSS containment on each tbody, dashboard.css)
 * the browser's layout and paint work stays within the new group instead of going over every row above it.
 */
class RowGroup extends Component<RowGroupProps> {
  override shouldComponentUpdate(next: RowGroupProps): boolean {
    const p = this.props;
    if (next.rows !== p.rows || next.onToggle !== p.onToggle || next.onOpen !== p.onOpen) return true;
    if (next.selected !== p.selected && next.rows.some((a) => next.selected.has(a.id) !== p.selected.has(a.id))) return true;
    return next.currentId !== p.currentId && next.rows.some((a) => a.id === next.currentId || a.id === p.currentId);
  }

  override render() {
    const { rows, selected, currentId, onToggle, onOpen } = this.props;
    return (
      <tbody role="rowgroup">
        {rows.map((a) => (
          <Row key={a.id} app={a} checked={selected.has(a.id)} current={a.id === currentId} onToggle={onToggle} onOpen={onOpen} />
        ))}
      </tbody>
    );
  }
}

interface RowProps {
  app: Application;
  checked: boolean;
  current: boolean;
  onToggle: (id: string, on: boolean) => void;
  onOpen: (id: string, field?: CapturedField) => void;
}

/**
 * One table row. Re-renders only when its own props change: with thousands of rows loaded by scrolling,
 * appending a page then costs the new rows, not the whole table.
 */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return (
      next.app !== p.app ||
      next.checked !== p.checked ||
      next.current !== p.current ||
      next.onToggle !== p.onToggle ||
      next.onOpen !== p.onOpen
    );
  }

  override render() {
    return <RowView {...this.props} />;
  }
}

function RowView(props: RowProps) {
  const { app } = props;
  const edit = (field: CapturedField) => props.onOpen(app.id, field);
  const site = siteLabel(app.source, app.url);
  return (
    <tr role="row" class={props.current ? 'current' : undefined} aria-current={props.current ? 'true' : undefined}>
      <td role="cell" class="col-select">
        <input
          type="checkbox"
          aria-label={`Select ${app.company} — ${app.title}`}
          checked={props.checked}
          onChange={(e) => props.onToggle(app.id, e.currentTarget.checked)}
        />
      </td>
      <td role="cell">
        {app.needsDetails ? (
          <button
            type="button"
            class="link-button needs-link"
            data-record={app.id}
            onClick={() => props.onOpen(app.id, app.company ? 'title' : 'company')}
            aria-label={`Job not known — add details: ${app.company || app.title || `applied on ${site}`}`}
          >
            Job not known — add details
          </button>
        ) : (
          <button
            type="button"
            class="link-button"
            data-record={app.id}
            onClick={() => props.onOpen(app.id)}
            aria-label={`Open ${app.company} — ${app.title || 'untitled'}`}
          >
            {app.company || '(no company)'}
          </button>
        )}
        {app.needsDetails && app.company && <span class="cell-sub">{app.company}</span>}
        <WeakMark app={app} field="company" onEdit={edit} />
      </td>
      <td role="cell">
        {app.title}
        <WeakMark app={app} field="title" onEdit={edit} />
      </td>
      <td role="cell">
        <StatusChip status={app.status} />
      </td>
      <td role="cell" class="col-site" title={site}>
        {site}
      </td>
      <td role="cell">
        <time dateTime={app.appliedAt}>{formatDate(app.appliedAt)}</time>
      </td>
      <td role="cell">
        <time dateTime={app.updatedAt}>{formatDate(app.updatedAt)}</time>
      </td>
    </tr>
  );
}
