// @vitest-environment jsdom
// The per-page state machine, driven by a small adapter over jsdom: it reports context on the form,
// exactly one submission on evidence, nothing on errors, and a pending candidate after a silent submit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type WatchCallbacks } from '../../src/content/watch';
import type { SiteAdapter } from '../../src/sites/types';

const adapter: SiteAdapter = {
  id: 'lever',
  label: 'Test',
  matches: ['https://jobs.lever.co/*'],
  claims: () => true,
  examples: { claims: [], rejects: [] },
  spa: true,
  detectStage(doc) {
    if (doc.querySelector('.success')) return { stage: 'submitted', signal: 'element:.success' };
    if (doc.querySelector('.error')) return { stage: 'failed', signal: 'element:.error' };
    if (doc.querySelector('.code-step')) return { stage: 'submitting', signal: 'security code' };
    if (doc.querySelector('form')) return { stage: 'form' };
    return { stage: 'none' };
  },
  extract(doc) {
    return {
      company: doc.querySelector('h2')?.textContent ?? '',
      title: doc.querySelector('h1')?.textContent ?? '',
      location: '',
      url: 'https://jobs.lever.co/acme/1',
      fields: {},
    };
  },
};

function recorder() {
  const events: Array<[string, ...unknown[]]> = [];
  const callbacks: WatchCallbacks = {
    context: (job) => events.push(['context', job.title]),
    submitted: (job, signal) => events.push(['submitted', job.title, job.company, signal]),
    attempt: (state) => events.push(['attempt', state]),
    pending: (job) => events.push(['pending', job.title]),
  };
  return { events, callbacks };
}

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  document.body.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = 'Data Analyst';
  const h2 = document.createElement('h2');
  h2.textContent = 'Acme';
  const form = document.createElement('form');
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Submit application';
  form.append(button);
  form.addEventListener('submit', (e) => e.preventDefault());
  document.body.append(h1, h2, form);
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

const start = (callbacks: WatchCallbacks) =>
  watchPage({
    doc: document,
    win: window,
    adapter,
    signal: controller.signal,
    callbacks,
    debounceMs: 50,
    pendingAfterMs: 5000,
    isTrusted: () => true,
  });

/** The page rewrites a box `n` times, one every 10 ms, then settles. */
async function burst(n: number) {
  const box = document.createElement('div');
  document.body.append(box);
  for (let i = 0; i < n; i++) {
    box.textContent = `tick ${i}`;
    await vi.advanceTimersByTimeAsync(10);
  }
  await vi.advanceTimersByTimeAsync(100);
}

function swapTo(className: string) {
  const div = document.createElement('div');
  div.className = className;
  div.textContent = 'state';
  document.querySelector('form')?.replaceWith(div);
}

describe('watchPage', () => {
  it('reads nothing of the job until the user engages with the page', async () => {
    const { events, callbacks } = recorder();
    const spy = vi.spyOn(adapter, 'extract');
    start(callbacks);
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    expect(events).toEqual([['context', 'Data Analyst']]);
    spy.mockRestore();
  });

  it('remembers the job on the form, then reports one submission when the success state replaces the form', async () => {
    const { events, callbacks } = recorder();
    start(callbacks);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    expect(events).toEqual([['context', 'Data Analyst']]);
    document.querySelector('button')!.click();
    swapTo('success');
    await vi.advanceTimersByTimeAsync(100);
    // Later re-renders of the same success state add nothing.
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events.filter((e) => e[0] === 'submitted')).toEqual([['submitted', 'Data Analyst', 'Acme', 'element:.success']]);
    expect(events.some((e) => e[0] === 'pending')).toBe(false);
  });

  it('reports what the confirmation page itself shows: the background chooses among the pages of the tab', async () => {
    const { events, callbacks } = recorder();
    start(callbacks);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    document.querySelector('h1')!.textContent = '';
    document.querySelector('h2')!.textContent = 'acme-careers';
    swapTo('success');
    await vi.advanceTimersByTimeAsync(100);
    expect(events.filter((e) => e[0] === 'submitted')).toEqual([['submitted', '', 'acme-careers', 'element:.success']]);
  });

  it("a page's own scripted click or submit is not the user's attempt", async () => {
    const { events, callbacks } = recorder();
    // The real rule: only events the browser marks as the user's own count.
    watchPage({ doc: document, win: window, adapter, signal: controller.signal, callbacks, debounceMs: 50, pendingAfterMs: 5000 });
    document.querySelector('button')!.click();
    document.querySelector('form')!.requestSubmit();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events.filter((e) => e[0] === 'attempt' || e[0] === 'pending')).toEqual([]);
  });

  for (const [name, make] of [
    [
      'an <input type="button"> whose value says so (a legacy form.submit())',
      () => Object.assign(document.createElement('input'), { type: 'button', value: 'Submit Application' }),
    ],
    [
      'a <button type="button"> labelled in German',
      () => Object.assign(document.createElement('button'), { type: 'button', textContent: 'Bewerbung absenden' }),
    ],
    [
      'a role="button" labelled in French',
      () => Object.assign(document.createElement('div'), { role: 'button', textContent: 'Envoyer ma candidature' }),
    ],
    [
      'a link labelled in Spanish, on the form',
      () => Object.assign(document.createElement('a'), { href: '#', textContent: 'Enviar solicitud' }),
    ],
  ] as const) {
    it(`a click on ${name} is a submit attempt`, async () => {
      const control = make() as HTMLElement;
      if (control.getAttribute('role') === null && control.tagName === 'DIV') control.setAttribute('role', 'button');
      document.querySelector('form')!.querySelector('button')!.remove();
      document.querySelector('form')!.append(control);
      const { events, callbacks } = recorder();
      start(callbacks);
      control.click();
      await vi.advanceTimersByTimeAsync(100);
      expect(events.filter((e) => e[0] === 'attempt')).toEqual([['attempt', 'started']]);
    });
  }

  it('a click on "Next" or "Save draft" is not a submit attempt', async () => {
    const form = document.querySelector('form')!;
    form.querySelector('button')!.remove();
    const next = Object.assign(document.createElement('input'), { type: 'button', value: 'Next: apply details' });
    const save = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Save draft application' });
    form.append(next, save);
    const { events, callbacks } = recorder();
    start(callbacks);
    next.click();
    save.click();
    await vi.advanceTimersByTimeAsync(100);
    expect(events.filter((e) => e[0] === 'attempt')).toEqual([]);
  });

  it('a form that comes back with errors cancels the attempt and records nothing', async () => {
    const { events, callbacks } = recorder();
    start(callbacks);
    document.querySelector('button')!.click();
    swapTo('error');
    await vi.advanceTimersByTimeAsync(10_000);
    // The click itself reads the job (it travels with the attempt), then the errors cancel it.
    expect(events.map((e) => e[0])).toEqual(['attempt', 'attempt']);
    expect(events[1]).toEqual(['attempt', 'cancelled']);
  });

  it('a security-code step that is still waiting records nothing; the confirmation after it does', async () => {
    const { events, callbacks } = recorder();
    start(callbacks);
    document.querySelector('button')!.click();
    swapTo('code-step');
    await vi.advanceTimersByTimeAsync(1000);
    expect(events.some((e) => e[0] === 'submitted')).toBe(false);
    document.querySelector('.code-step')!.className = 'success';
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(100);
    expect(events.filter((e) => e[0] === 'submitted')).toHaveLength(1);
  });

  it('a submit with no evidence and no error becomes a pending candidate', async () => {
    const { events, callbacks } = recorder();
    start(callbacks);
    document.querySelector('button')!.click();
    await vi.advanceTimersByTimeAsync(6000);
    expect(events.filter((e) => e[0] === 'pending')).toEqual([['pending', 'Data Analyst']]);
    expect(events.some((e) => e[0] === 'submitted')).toBe(false);
  });

  it('batches mutations: a burst of 500 rewrites costs a handful of stage checks', async () => {
    const { callbacks } = recorder();
    const spy = vi.spyOn(adapter, 'detectStage');
    start(callbacks);
    await burst(500);
    // One check per 50 ms debounce window at most: 5 s of churn → about 100, never one per mutation.
    expect(spy.mock.calls.length).toBeLessThan(120);
    spy.mockRestore();
  });

  it('pauses the observer until each look: a burst of rewrites delivers one callback per look, and later changes are still seen', async () => {
    const { events, callbacks } = recorder();
    const calls = { callbacks: 0 };
    const Real = window.MutationObserver;
    class Counting extends Real {
      constructor(cb: MutationCallback) {
        super((records, observer) => {
          calls.callbacks++;
          cb(records, observer);
        });
      }
    }
    const stageSpy = vi.spyOn(adapter, 'detectStage');
    const win = Object.create(window, { MutationObserver: { value: Counting } }) as Window;
    watchPage({
      doc: document,
      win,
      adapter,
      signal: controller.signal,
      callbacks,
      debounceMs: 50,
      pendingAfterMs: 5000,
      isTrusted: () => true,
    });
    await burst(500);
    // One callback per look at most (about 100 in 5 s at one look per 50 ms), never one per rewrite.
    expect(calls.callbacks).toBeLessThanOrEqual(stageSpy.mock.calls.length);
    expect(calls.callbacks).toBeLessThan(120);
    stageSpy.mockRestore();
    // Still watching: the success state swapped in afterwards is reported.
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    swapTo('success');
    await vi.advanceTimersByTimeAsync(100);
    expect(events.filter((e) => e[0] === 'submitted')).toHaveLength(1);
  });

  it('stops when the page goes away', async () => {
    const { events, callbacks } = recorder();
    start(callbacks);
    controller.abort();
    swapTo('success');
    await vi.advanceTimersByTimeAsync(1000);
    expect(events.some((e) => e[0] === 'submitted')).toBe(false);
  });

  describe('started by the event that woke a resting page (wokenBy)', () => {
    const startWoken = (callbacks: WatchCallbacks, wokenBy: Event) =>
      watchPage({
        doc: document,
        win: window,
        adapter,
        signal: controller.signal,
        callbacks,
        debounceMs: 50,
        pendingAfterMs: 5000,
        wokenBy,
        isTrusted: () => true,
      });

    it('a key press counts as engagement: the job is read a moment later, then followed to its confirmation', async () => {
      const { events, callbacks } = recorder();
      startWoken(callbacks, new Event('keydown'));
      await vi.advanceTimersByTimeAsync(100);
      expect(events).toEqual([['context', 'Data Analyst']]);
      document.querySelector('button')!.click();
      swapTo('success');
      await vi.advanceTimersByTimeAsync(100);
      expect(events.filter((e) => e[0] === 'submitted')).toEqual([['submitted', 'Data Analyst', 'Acme', 'element:.success']]);
    });

    it('a click on the submit button that woke the page is the attempt, at once', async () => {
      const { events, callbacks } = recorder();
      const click = new MouseEvent('click', { bubbles: true });
      document.querySelector('button')!.dispatchEvent(click);
      startWoken(callbacks, click);
      expect(events).toEqual([['attempt', 'started']]);
      await vi.advanceTimersByTimeAsync(6000);
      expect(events.filter((e) => e[0] === 'pending')).toEqual([['pending', 'Data Analyst']]);
    });

    it('a history change that woke it reads nothing of the job until the user acts', async () => {
      const { events, callbacks } = recorder();
      startWoken(callbacks, new Event('popstate'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(events).toEqual([]);
    });
  });

  it('stop() ends it as the signal does', async () => {
    const { events, callbacks } = recorder();
    const stageSpy = vi.spyOn(adapter, 'detectStage');
    watchPage({ doc: document, win: window, adapter, callbacks, debounceMs: 50 }).stop();
    stageSpy.mockClear();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    document.querySelector('button')!.click();
    swapTo('success');
    await vi.advanceTimersByTimeAsync(6000);
    expect(stageSpy).not.toHaveBeenCalled();
    expect(events).toEqual([]);
    stageSpy.mockRestore();
  });
});
