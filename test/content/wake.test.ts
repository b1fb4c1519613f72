// @vitest-environment jsdom
// What every page of a site runs at load: on a page that rests, listeners and nothing else, until the
// user acts; elsewhere, the watcher at once.
import { describe, expect, it, vi } from 'vitest';
import { wake } from '../../src/content/wake';
import { restsUntilEngaged } from '../../src/sites/rest';

/** A window as wake.ts sees it: an event target with an origin, and a `location` that must not be read. */
function fakeWindow(origin: string) {
  const win = Object.assign(new EventTarget(), { origin });
  const added = vi.spyOn(win, 'addEventListener');
  Object.defineProperty(win, 'location', {
    get() {
      throw new Error('location read at load');
    },
  });
  return { win: win as unknown as Window, added };
}

describe('wake', () => {
  it('on a resting page (LinkedIn), boots only at the first sign of the user, once, with that event', () => {
    const { win, added } = fakeWindow('https://www.linkedin.com');
    const boot = vi.fn();
    wake(win, 'linkedin', boot);
    expect(boot).not.toHaveBeenCalled();
    expect(added.mock.calls.map((c) => c[0]).sort()).toEqual(['click', 'hashchange', 'keydown', 'pointerdown', 'popstate', 'submit']);
    const first = new Event('pointerdown');
    win.dispatchEvent(first);
    win.dispatchEvent(new Event('keydown'));
    win.dispatchEvent(new Event('click'));
    expect(boot).toHaveBeenCalledTimes(1);
    expect(boot).toHaveBeenCalledWith(first);
  });

  it('a history change wakes it too', () => {
    const { win } = fakeWindow('https://acme.wd1.myworkdayjobs.com');
    const boot = vi.fn();
    wake(win, 'workday', boot);
    win.dispatchEvent(new Event('popstate'));
    expect(boot).toHaveBeenCalledTimes(1);
  });

  it('where a confirmation may arrive as a fresh page, boots at once and listens to nothing', () => {
    for (const [site, origin] of [
      ['greenhouse', 'https://job-boards.greenhouse.io'],
      ['lever', 'https://jobs.lever.co'],
      ['indeed', 'https://smartapply.indeed.com'],
      ['generic', 'https://careers.example.com'],
    ] as const) {
      const { win, added } = fakeWindow(origin);
      const boot = vi.fn();
      wake(win, site, boot);
      expect(boot, site).toHaveBeenCalledWith(null);
      expect(added, site).not.toHaveBeenCalled();
    }
  });
});

describe('restsUntilEngaged', () => {
  it('Indeed rests everywhere but on smartapply, where applications are made', () => {
    expect(restsUntilEngaged('indeed', 'https://www.indeed.com')).toBe(true);
    expect(restsUntilEngaged('indeed', 'https://uk.indeed.com')).toBe(true);
    expect(restsUntilEngaged('indeed', 'https://smartapply.indeed.com')).toBe(false);
  });

  it('sites not listed never rest', () => {
    expect(restsUntilEngaged('greenhouse', 'https://boards.greenhouse.io')).toBe(false);
    expect(restsUntilEngaged('constructor', 'https://www.linkedin.com')).toBe(false);
  });
});
