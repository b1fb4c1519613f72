import type { ComponentChildren } from 'preact';
import { Banner } from './banner';

/** Shown instead of a blank page when something failed: says what went wrong and offers a way out. */
export function ErrorState({
  title = 'Baskets could not load your data',
  message,
  onRetry,
  children,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
  children?: ComponentChildren;
}) {
  return (
    <div class="state">
      <Banner
        tone="danger"
        role="alert"
        title={title}
        actions={
          onRetry && (
            <button type="button" class="btn" onClick={onRetry}>
              Try again
            </button>
          )
        }
      >
        <p>{message}</p>
        {children}
      </Banner>
    </div>
  );
}

/** A short explanation of what Baskets does and the sites it watches. */
export function EmptyState({
  sites,
  children,
  headingLevel = 2,
}: {
  sites: ReadonlyArray<{ id: string; label: string }>;
  children?: ComponentChildren;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="state empty-state">
      <H>No applications yet</H>
      <p>
        Baskets logs each job application when you submit it on a supported site, keeps everything on this device, and warns you before too
        many hopes rest on one employer.
      </p>
      <p>Apply as usual, or log the page you are on by hand.</p>
      {sites.length > 0 && (
        <details>
          <summary>Supported sites ({sites.length})</summary>
          <ul class="site-list">
            {sites.map((s) => (
              <li key={s.id}>{s.label}</li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="muted" role="status">
      {label}
    </p>
  );
}
