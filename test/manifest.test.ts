// The permission list is pinned: any change to what Baskets may do is a deliberate, reviewed one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flavours } from '../build.mjs';
import { ADAPTERS } from '../src/sites/index';
import { MAIL_ORIGINS } from '../src/core/inbox/types';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
// What ships: manifest.json plus what build.mjs generates from the site definitions.
const { chrome: manifest } = await flavours();

describe('manifest.json', () => {
  it('names no site: host access and content scripts are generated from src/sites', () => {
    expect(source.host_permissions).toBeUndefined();
    expect(source.content_scripts).toBeUndefined();
  });

  it('asks for exactly these permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'activeTab', 'scripting']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>', ...MAIL_ORIGINS]);
  });

  it('asks for nothing about mail unless the user opts in: the webmails are optional host permissions only', () => {
    const mailHost = /mail\.google\.com|outlook\.(live|office|office365)\.com/;
    expect(JSON.stringify(manifest.permissions)).not.toMatch(mailHost);
    expect(JSON.stringify(manifest.host_permissions)).not.toMatch(mailHost);
    expect(JSON.stringify(manifest.content_scripts)).not.toMatch(mailHost);
    expect(JSON.stringify(manifest.content_scripts)).not.toMatch(/content-mail/);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    for (const origin of MAIL_ORIGINS) expect(manifest.optional_host_permissions).toContain(origin);
  });

  it('has host access only to the supported job sites, all over https, each granted once', () => {
    expect(manifest.host_permissions).toEqual([...new Set(ADAPTERS.flatMap((a) => a.matches))]);
    for (const host of manifest.host_permissions) {
      expect(host).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
      expect(host).not.toContain('<all_urls>');
    }
  });

  it("runs each site's own content script exactly where it has host access, in all frames (embeds, iframes)", () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(manifest.content_scripts.map((cs: { js: string[] }) => cs.js)).toEqual(ids.map((id) => [`content-${id}.js`]));
    for (const cs of manifest.content_scripts) {
      const adapter = ADAPTERS.find((a) => cs.js[0] === `content-${a.id}.js`);
      expect(cs.matches).toEqual(adapter?.matches);
      expect(cs.all_frames).toBe(true);
    }
    const union = [...new Set(manifest.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches))];
    expect(union).toEqual(manifest.host_permissions);
  });

  it('keeps the default content security policy and loads no remote code', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    // The only addresses in the source manifest are the webmails' optional host permissions.
    const { optional_host_permissions: optionalHosts, ...rest } = source;
    expect(JSON.stringify(rest)).not.toMatch(/https?:\/\//);
    expect(optionalHosts.filter((o: string) => /^https?:/.test(o))).toEqual([...MAIL_ORIGINS]);
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*|[a-z0-9.-]+\/\*")/);
  });
});

describe('browser flavours', () => {
  it('Chrome gets a service worker; Firefox gets background scripts and gecko settings', async () => {
    const { chrome, firefox } = await flavours();
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: '{edecf286-e817-4cda-9862-e727de91d33d}',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(chrome.permissions).toEqual(firefox.permissions);
  });
});
