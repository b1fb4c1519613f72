import type { ComponentChildren } from 'preact';

export type BannerTone = 'info' | 'warning' | 'danger' | 'success';

export interface BannerProps {
  tone: BannerTone;
  title?: string;
  children?: ComponentChildren;
  actions?: ComponentChildren;
  /** 'alert' for errors that appear after an action; 'status' for polite updates; none for static text. */
  role?: 'alert' | 'status';
  class?: string;
}

export function Banner({ tone, title, children, actions, role, class: cls }: BannerProps) {
  return (
    <div class={`banner banner-${tone}${cls ? ` ${cls}` : ''}`} role={role}>
      {title && <p class="banner-title">{title}</p>}
      {children}
      {actions && <div class="banner-actions row">{actions}</div>}
    </div>
  );
}
