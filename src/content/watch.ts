/**
 * The per-page capture state machine. It asks the site adapter where the user is (posting, form,
 * submitting, submitted, failed) only when something may have changed: at start, after DOM mutations
 * (batched and debounced), after history changes and after a submit. Mutation callbacks only set a
 * timer and stop observing until the look is done, so a busy page pays for one callback per look, not
 * one per change; the observer disconnects for good once the page is done.
 * On sites whose pages rest until the user acts (src/sites/rest.ts) it starts only then, from
 * src/content/wake.ts, and handles the waking event as its own.
 * It never reads a form field's value.
 */
import type { JobDetails } from '../core/application';
import type { SiteAdapter, Stage } from '../sites/types';
import { readJob } from './job';

export interface WatchCallbacks {
  /** The user is on a posting or a form: remember the job for this tab. */
  context(job: JobDetails): void;
  /** Evidence of submission. */
  submitted(job: JobDetails, signal: string): void;
  /** A submit click on a form ('started'), or the form came back with errors ('cancelled'). */
  attempt(state: 'started' | 'cancelled', job: JobDetails | null): void;
  /** A submit click got no evidence and no error within `pendingAfterMs`: ask the user later. */
  pending(job: JobDetails, signal: string): void;
}

export interface WatchOptions {
  doc: Document;
  win: Window;
  adapter: SiteAdapter;
  /** Stops watching when aborted (as the returned `stop` does). */
  signal?: AbortSignal;
  callbacks: WatchCallbacks;
  debounceMs?: number;
  pendingAfterMs?: number;
  /** A non-SPA page that shows nothing of interest stops watching after this long. */
  idleStopMs?: number;
  /** The user's event that started the watcher (see wake.ts): handled as if it had been seen. */
  wokenBy?: Event | null;
  /** Whether an event is the user's own (default `event.isTrusted`; tests in jsdom pass their own). */
  isTrusted?: (event: Event) => boolean;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true };

/** Delay before looking at a change that follows a quiet spell: lets a burst of mutations settle. */
const QUIET_DELAY_MS = 30;

/**
 * A control whose label says submit, apply or send, in the seven languages the capture knows. A label
 * that only moves through the form ("Next", "Continue") or saves a draft is not a submit.
 */
const SUBMIT_WORDS =
  /\b(?:submit|apply|send|finish application|complete application)\b|bewerb|absenden|abschicken|senden|einreichen|postuler|envoyer|soumettre|candidater|enviar|solicitar|postular|aplicar|verstuur|versturen|solliciteer|solliciteren|indienen|verzenden|candidat|submeter|candidatar|invia|inviare|candidati/i;
const NOT_SUBMIT_WORDS =
  /\b(?:save|draft|search|sign in|log ?in|subscribe|alert|next|continue|back|cancel|upload|review)\b|weiter|zurück|speichern|suivant|enregistrer|siguiente|guardar|volgende|opslaan|seguinte|avanti|salva/i;
/** Controls that can submit a form or an application, whatever their type. */
const CONTROL = 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a[href]';
/** How long a trusted key or pointer press keeps a later submit event believable. */
const USER_ACT_MS = 10 * 60 * 1000;

/** What a control says: its accessible label, an input's value (its label, never a typed value), or its text. */
function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.slice(0, 120);
  if (el.tagName === 'INPUT') return (el.getAttribute('value') ?? el.getAttribute('alt') ?? '').slice(0, 120);
  return (el.textContent ?? '').slice(0, 120);
}

function sameJob(a: JobDetails | null, b: JobDetails): boolean {
  return (
    !!a &&
    a.company === b.company &&
    a.title === b.title &&
    a.location === b.location &&
    a.url === b.url &&
    a.jobId === b.jobId &&
    JSON.stringify(a.fields ?? {}) === JSON.stringify(b.fields ?? {})
  );
}

export interface Watcher {
  /** Looks at the page now. */
  evaluate(): Stage;
  stop(): void;
}

export function watchPage(opts: WatchOptions): Watcher {
  const { doc, win, adapter, signal, callbacks } = opts;
  const debounceMs = opts.debounceMs ?? 250;
  const pendingAfterMs = opts.pendingAfterMs ?? 20_000;
  const idleStopMs = opts.idleStopMs ?? 8_000;
  const startedAt = Date.now();
  const trusted = opts.isTrusted ?? ((event: Event) => event.isTrusted);

  let lastHref = '';
  let extractedAt = '';
  let job: JobDetails | null = null;
  let reported = new Set<string>();
  let attemptActive = false;
  let attemptAt = 0;
  let engaged = false;
  let contextDue = false;
  let pendingTimer: ReturnType<typeof setTimeout> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  let observing = false;
  let stage: Stage = 'none';
  let stopped = false;

  const toJob = (): JobDetails => readJob(adapter, doc, new URL(win.location.href));

  const clearPending = () => {
    if (pendingTimer) clearTimeout(pendingTimer);
    pendingTimer = undefined;
  };

  const stopObserving = () => {
    observer?.disconnect();
    observer = null;
    observing = false;
  };

  const evaluate = (): Stage => {
    if (stopped) return stage;
    const href = win.location.href;
    if (href !== lastHref) {
      // A single-page navigation: a new page as far as capture goes, but the job context is kept.
      lastHref = href;
      reported = new Set();
    }
    const url = new URL(href);
    const result = adapter.detectStage(doc, url);
    const previous = stage;
    stage = result.stage;
    const fresh = href !== extractedAt || stage !== previous;
    switch (stage) {
      case 'posting':
      case 'form': {
        // The job is read once the user engages with the page (a pointer or a key): a page merely
        // opened, as most job pages are, pays only for the stage check.
        if (!engaged) {
          contextDue = true;
          break;
        }
        // Extraction reads structured data: only again when the page or its stage changed.
        if (!fresh && job?.title && job.company) break;
        extractedAt = href;
        const seen = toJob();
        if ((seen.title || seen.company) && !sameJob(job, seen)) {
          job = seen;
          callbacks.context(seen);
        }
        break;
      }
      case 'submitted': {
        // What this page itself shows, with how each value was found. The background chooses each field
        // from it and from what this tab's posting and form showed (the strongest evidence wins).
        const seen = toJob();
        const key = `${seen.company}|${seen.title}|${seen.jobId ?? ''}|${seen.url}`;
        if (!reported.has(key)) {
          reported.add(key);
          clearPending();
          attemptActive = false;
          callbacks.submitted(seen, result.signal ?? 'confirmation');
        }
        if (!adapter.spa) stopObserving();
        break;
      }
      case 'failed':
        if (attemptActive) {
          attemptActive = false;
          clearPending();
          callbacks.attempt('cancelled', job);
        }
        break;
      default:
        break;
    }
    if (!adapter.spa && stage === 'none' && Date.now() - startedAt > idleStopMs) stopObserving();
    return stage;
  };

  const look = () => {
    try {
      evaluate();
    } catch {
      // A page we do not understand never breaks; we simply capture nothing.
    }
  };

  // At most one look per debounce window. After a quiet spell the first change is looked at almost at
  // once (a success state swapped in is seen within a frame or two); under churn the looks stay
  // debounceMs apart, so a page rewriting itself 100 times a second costs a handful of checks.
  let lastRun = 0;
  const schedule = () => {
    if (timer !== undefined || stopped) return;
    const wait = Math.max(QUIET_DELAY_MS, debounceMs - (Date.now() - lastRun));
    timer = setTimeout(() => {
      timer = undefined;
      lastRun = Date.now();
      look();
      // Changes from here on prompt the next look (the look above saw everything before it).
      if (observer && !observing && !stopped) {
        observer.observe(doc, OBSERVE);
        observing = true;
      }
    }, wait);
  };

  let userActedAt = 0;
  const engage = (event?: Event) => {
    // Only the user's own key and pointer presses count; a page's synthetic events do not.
    if (event && !trusted(event)) return;
    userActedAt = Date.now();
    if (engaged) return;
    engaged = true;
    if (contextDue) schedule();
  };

  const onSubmitIntent = (event: Event) => {
    // A page can click its own buttons and submit its own forms by script; only the user's act counts.
    if (!trusted(event)) return;
    if (event.type === 'click') engage(event);
    else if (Date.now() - userActedAt > USER_ACT_MS) return;
    if (stage !== 'form' && stage !== 'posting' && stage !== 'submitting') return;
    if (event.type === 'click') {
      const target = event.target as Element | null;
      const control = target?.closest?.(CONTROL);
      if (!control) return;
      const tag = control.tagName;
      const type = (control.getAttribute('type') ?? '').toLowerCase();
      const label = controlLabel(control);
      const isSubmit = type === 'submit' || type === 'image' || (tag === 'BUTTON' && !type && !!control.closest('form'));
      if (!isSubmit && !SUBMIT_WORDS.test(label)) return;
      if (NOT_SUBMIT_WORDS.test(label) && !/submit|absenden|envoyer|enviar|verstuur|invia/i.test(label)) return;
      // A link or a script button labelled "Apply" on a posting leads to the form; only on the form does it submit.
      if (!isSubmit && tag === 'A' && stage === 'posting') return;
    }
    try {
      const seen = toJob();
      // A form that names nothing of its job still takes the user's submit (its address and site are
      // known): the confirmation that follows is then kept, asking which job it was.
      if (seen.title || seen.company || seen.jobId || !job) job = seen;
    } catch {
      // keep what was read before
    }
    if (!job) return;
    // A click on a submit button also fires the form's submit event: one attempt, not two.
    if (attemptActive && Date.now() - attemptAt < 2000) return;
    attemptActive = true;
    attemptAt = Date.now();
    callbacks.attempt('started', job);
    clearPending();
    const attemptJob = job;
    pendingTimer = setTimeout(() => {
      pendingTimer = undefined;
      if (stopped || !attemptActive) return;
      attemptActive = false;
      callbacks.pending(attemptJob, `submit clicked on ${adapter.id}, no confirmation seen`);
    }, pendingAfterMs);
    // Look again soon: many forms swap in their success state right after the click.
    schedule();
  };

  const capture = { capture: true, passive: true } as const;
  // On the window, in the capture phase: these see every event first.
  const listeners: Array<[string, (event: Event) => void, AddEventListenerOptions | undefined]> = [
    ['pointerdown', engage, capture],
    ['keydown', engage, capture],
    ['click', onSubmitIntent, capture],
    ['submit', onSubmitIntent, capture],
    ['popstate', schedule, undefined],
    ['hashchange', schedule, undefined],
  ];
  for (const [type, fn, options] of listeners) win.addEventListener(type, fn, options);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const [type, fn, options] of listeners) win.removeEventListener(type, fn, options);
    stopObserving();
    clearPending();
    if (timer) clearTimeout(timer);
  };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });

  const Observer = (win as Window & typeof globalThis).MutationObserver;
  // Nothing is read from the mutation records: the first change schedules a look and the observer
  // pauses until it, so a page rewriting itself 100 times a second costs one callback per look rather
  // than 100 a second (each callback into the content script's world costs about 0.04 ms).
  const mo = new Observer(() => {
    mo.disconnect();
    observing = false;
    schedule();
  });
  observer = mo;
  mo.observe(doc, OBSERVE);
  observing = true;
  look();
  // The event that woke the page: the stage is known now, so a key press or click that submits the form
  // counts as the attempt it is. The job itself is read a moment later, off the user's input.
  const woken = opts.wokenBy;
  if (woken && !stopped) {
    if (woken.type === 'click' || woken.type === 'submit') onSubmitIntent(woken);
    else if (woken.type === 'pointerdown' || woken.type === 'keydown') engage(woken);
  }
  return { evaluate, stop };
}
