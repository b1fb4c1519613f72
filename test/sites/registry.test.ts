/**
 * The registry is complete and unambiguous: every adapter file is registered, has fixtures, asks only for
 * hosts the manifest grants, and no two adapters claim the same page.
 */
import { flavours } from '../../build.mjs';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, SITES, adapterFor, generic, resolveAdapter } from '../../src/sites/index';
import type { SiteAdapter } from '../../src/sites/types';

const ROOT = resolve(__dirname, '../..');
const SITES_DIR = join(ROOT, 'src/sites');
/**
 * Not adapters: the registry, the contract, `defineSite` (`define.ts`), the files build.mjs generates from
 * the definitions (the UI's catalog of names, where sites rest), and shared helper modules (`lib.ts`, `lib-*.ts`).
 */
const isAdapterFile = (f: string): boolean =>
  f.endsWith('.ts') && !['index.ts', 'types.ts', 'define.ts', 'catalog.ts', 'rest.ts'].includes(f) && !/^lib(?:-[\w-]+)?\.ts$/.test(f);
// The manifest as built: manifest.json plus the host access generated from the site definitions.
const manifest = (await flavours()).chrome as {
  host_permissions?: string[];
  optional_host_permissions?: string[];
};

const adapterFiles = readdirSync(SITES_DIR).filter(isAdapterFile);

interface Pattern {
  scheme: string;
  host: string;
  path: string;
}

function parsePattern(p: string): Pattern | 'all' {
  if (p === '<all_urls>') return 'all';
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(p);
  if (!m) throw new Error(`not a match pattern: ${p}`);
  return { scheme: m[1]!, host: m[2]!, path: m[3]! };
}

function hostCovers(grant: string, wanted: string): boolean {
  if (grant === '*' || grant === wanted) return true;
  if (grant.startsWith('*.')) {
    const base = grant.slice(2);
    const w = wanted.startsWith('*.') ? wanted.slice(2) : wanted;
    return w === base || w.endsWith('.' + base);
  }
  return false;
}

function pathCovers(grant: string, wanted: string): boolean {
  if (grant === '/*') return true;
  if (grant.endsWith('*')) return wanted.startsWith(grant.slice(0, -1));
  return grant === wanted;
}

/** True when the manifest pattern `grant` includes every URL that `wanted` matches. */
export function patternCovers(grant: string, wanted: string): boolean {
  const g = parsePattern(grant);
  const w = parsePattern(wanted);
  if (g === 'all') return true;
  if (w === 'all') return false;
  const schemeOk = g.scheme === w.scheme || (g.scheme === '*' && /^https?$/.test(w.scheme));
  return schemeOk && hostCovers(g.host, w.host) && pathCovers(g.path, w.path);
}

/** True when the URL is matched by the pattern (as the browser would decide). */
function patternMatches(pattern: string, url: URL): boolean {
  const p = parsePattern(pattern);
  if (p === 'all') return true;
  const scheme = url.protocol.slice(0, -1);
  return (
    (p.scheme === scheme || (p.scheme === '*' && /^https?$/.test(scheme))) &&
    hostCovers(p.host, url.hostname) &&
    pathCovers(p.path, url.pathname)
  );
}

async function loadFile(file: string): Promise<SiteAdapter[]> {
  const mod = (await import(join(SITES_DIR, file))) as Record<string, unknown>;
  return Object.values(mod).filter(
    (v): v is SiteAdapter => typeof v === 'object' && v !== null && 'detectStage' in v && 'extract' in v && 'claims' in v,
  );
}

describe('registry', () => {
  it.each(adapterFiles)('%s exports one adapter whose id is its file name, and it is registered', async (file) => {
    const exported = await loadFile(file);
    expect(exported).toHaveLength(1);
    const adapter = exported[0]!;
    expect(adapter.id).toBe(file.replace(/\.ts$/, ''));
    const registered = adapter.id === 'generic' ? [generic] : ADAPTERS;
    expect(registered).toContain(adapter);
    expect(SITES.map((s) => s.id)).toContain(adapter.id);
  });

  it.each(adapterFiles)('%s has fixture pages with expectations', (file) => {
    const dir = join(ROOT, 'test/fixtures', file.replace(/\.ts$/, ''));
    expect(existsSync(dir)).toBe(true);
    const html = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    for (const f of html) expect(existsSync(join(dir, f.replace(/\.html$/, '.json')))).toBe(true);
  });

  it('lists the site adapters in alphabetical order, each id once', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('generic');
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))("%s's URL patterns are granted by manifest host_permissions", (_id, adapter) => {
    const grants = manifest.host_permissions ?? [];
    for (const pattern of adapter.matches) {
      expect(
        grants.some((g) => patternCovers(g, pattern)),
        `${pattern} is not in host_permissions`,
      ).toBe(true);
    }
  });

  it('generic asks only for what optional_host_permissions grants', () => {
    for (const pattern of generic.matches) {
      expect((manifest.optional_host_permissions ?? []).some((g) => patternCovers(g, pattern))).toBe(true);
    }
  });
});

describe('claims', () => {
  for (const adapter of ADAPTERS) {
    describe(adapter.id, () => {
      it('claims its example URLs, each inside its own URL patterns', () => {
        expect(adapter.examples.claims.length).toBeGreaterThan(0);
        for (const raw of adapter.examples.claims) {
          const url = new URL(raw);
          expect(adapter.claims(url), raw).toBe(true);
          expect(
            adapter.matches.some((p) => patternMatches(p, url)),
            `${raw} outside matches`,
          ).toBe(true);
          expect(adapterFor(url)?.id, raw).toBe(adapter.id);
        }
      });

      it('rejects its counter-examples', () => {
        for (const raw of adapter.examples.rejects) expect(adapter.claims(new URL(raw)), raw).toBe(false);
      });

      it("claims none of the other adapters' example pages", () => {
        for (const other of ADAPTERS) {
          if (other === adapter) continue;
          for (const raw of other.examples.claims) expect(adapter.claims(new URL(raw)), `${adapter.id} claims ${raw}`).toBe(false);
        }
      });
    });
  }

  it('glassdoor claims exactly the sites its URL patterns (and so the manifest) let it into', () => {
    const glassdoor = ADAPTERS.find((a) => a.id === 'glassdoor')!;
    const hosts = glassdoor.matches.map((p) => new URL(p.replace('/*', '/')).hostname);
    expect(hosts.length).toBeGreaterThan(1);
    for (const host of hosts) expect(glassdoor.claims(new URL(`https://${host}/job-listing/x-JV_1.htm?jl=1`)), host).toBe(true);
    for (const host of ['glassdoor.com', 'www.glassdoor.nl', 'www.glassdoor.com.br', 'www.glassdoor.sg']) {
      const url = new URL(`https://${host}/job-listing/x-JV_1.htm?jl=1`);
      expect(glassdoor.claims(url), host).toBe(false);
      expect(
        glassdoor.matches.some((p) => patternMatches(p, url)),
        host,
      ).toBe(false);
    }
  });

  it('falls back to generic only when asked to, and never for non-web URLs', () => {
    const other = new URL('https://careers.example.org/jobs/42');
    expect(adapterFor(other)).toBeUndefined();
    expect(resolveAdapter(other, { generic: false })).toBeUndefined();
    expect(resolveAdapter(other, { generic: true })?.id).toBe('generic');
    for (const raw of generic.examples.rejects) expect(resolveAdapter(new URL(raw), { generic: true }), raw).toBeUndefined();
  });
});
