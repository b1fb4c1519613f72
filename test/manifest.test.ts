// The permission list is pinned: any change to what Baskets may do is a deliberate, reviewed one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flavours } from '../build.mjs';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

describe('manifest.json', () => {
  it('asks for exactly these permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'activeTab', 'scripting']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
  });

  it('has host access only to the supported job sites, all over https', () => {
    expect(manifest.host_permissions).toHaveLength(25);
    for (const host of manifest.host_permissions) {
      expect(host).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
      expect(host).not.toContain('<all_urls>');
    }
  });

  it('runs the content script exactly where it has host access, in all frames (embeds, iframes)', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(manifest.host_permissions);
    expect(manifest.content_scripts[0].all_frames).toBe(true);
  });

  it('keeps the default content security policy and loads no remote code', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!\*|[a-z0-9.-]+\/\*")/);
  });
});

describe('browser flavours', () => {
  it('Chrome gets a service worker; Firefox gets background scripts and gecko settings', async () => {
    const { chrome, firefox } = await flavours();
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'baskets@baskets.invalid',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(chrome.permissions).toEqual(firefox.permissions);
  });
});
