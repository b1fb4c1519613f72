/**
 * Loads a webmail fixture (test/fixtures/mail/<provider>/<case>.html + .json) into jsdom at its real address, with
 * its inline script run (it stands in for the webmail's own: it renders a thread opened by the address, and
 * `window.__open(id)` opens another, as the single-page app does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = resolve(__dirname, '../../fixtures/mail');

export interface Expected {
  messageId: string;
  from: string;
  subject: string;
  /** [year, month (1–12), day, hour, minute] in the browser's local time, or null for no date. */
  dateLocal: [number, number, number, number, number] | null;
  bodyIncludes: string[];
  bodyExcludes: string[];
  /** The body's exact length, when the case is about the cap. */
  bodyLength?: number;
}

export interface FixtureMeta {
  url: string;
  /** Hidden only by layout (zero size, off the page): jsdom has none, so only test/e2e/mail-adapters.e2e.ts reads it. */
  layoutOnly?: boolean;
  expected: Expected | null;
  /** Threads/items the page can open with window.__open, and what each then reads. */
  opens?: Array<{ thread: string; url?: string; expected: Expected | null }>;
  /** Messages of the open thread window.__expand can expand, and what each then reads. */
  expands?: Array<{ message: string; expected: Expected }>;
}

export interface MailWindow extends Window {
  __open(id: string): boolean;
  __expand?(id: string): boolean;
  __back?(): void;
}

export function fixtureMeta(provider: string, name: string): FixtureMeta {
  return JSON.parse(readFileSync(join(FIXTURES, provider, `${name}.json`), 'utf8')) as FixtureMeta;
}

export function fixtureHtml(provider: string, name: string): string {
  return readFileSync(join(FIXTURES, provider, `${name}.html`), 'utf8');
}

export function loadFixture(provider: string, name: string, url?: string): { window: MailWindow & typeof globalThis; meta: FixtureMeta } {
  const meta = fixtureMeta(provider, name);
  const dom = new JSDOM(fixtureHtml(provider, name), { url: url ?? meta.url, runScripts: 'dangerously' } as { url: string });
  return { window: dom.window as unknown as MailWindow & typeof globalThis, meta };
}

export function fixtureCases(provider: string): string[] {
  return readdirSync(join(FIXTURES, provider))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** The ISO string the adapter should give for a local date and time. */
export function localIso(parts: Expected['dateLocal']): string {
  if (!parts) return '';
  const [y, mo, d, h, mi] = parts;
  return new Date(y, mo - 1, d, h, mi).toISOString();
}
