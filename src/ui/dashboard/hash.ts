/**
 * The dashboard's address: `#view=<view>` picks a view, `#id=<id>` opens one record.
 * Both may be combined (`#view=applications&id=abc`). Pure functions, easy to test.
 */

export const VIEWS = ['applications', 'board', 'planb', 'lessons', 'charts', 'duplicates', 'import'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  applications: 'Applications',
  board: 'Board',
  planb: 'Plan B',
  lessons: 'Lessons',
  charts: 'Charts',
  duplicates: 'Duplicates & employers',
  import: 'Import / Export',
};

export interface Route {
  view: View;
  id?: string;
}

function isView(value: string | null): value is View {
  return value !== null && (VIEWS as readonly string[]).includes(value);
}

export function parseHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  const id = params.get('id')?.trim();
  const route: Route = { view: isView(view) ? view : 'applications' };
  if (id) route.id = id.slice(0, 200);
  return route;
}

export function formatHash(route: Route): string {
  const params = new URLSearchParams();
  if (route.view !== 'applications' || !route.id) params.set('view', route.view);
  if (route.id) params.set('id', route.id);
  return `#${params.toString()}`;
}
