// @vitest-environment jsdom
// The options page's outer structure (issue #16, axe landmark-one-main): one <main> landmark that holds the page's
// one h1 and every settings section, so screen-reader users can jump to the content.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/ui/runtime', async () => {
  const { normalizeSettings } = await import('../../src/core/settings');
  return {
    notifyDataChanged: vi.fn(async () => {}),
    loadSettings: vi.fn(async () => normalizeSettings(undefined)),
    saveSettings: vi.fn(async () => {}),
    onSettingsChanged: vi.fn(() => () => {}),
    requestAnySitePermission: vi.fn(async () => true),
    removeAnySitePermission: vi.fn(async () => {}),
    requestNotificationsPermission: vi.fn(async () => false),
    requestMailPermission: vi.fn(async () => false),
    removeMailPermission: vi.fn(async () => {}),
    mailPermissionGranted: vi.fn(async () => false),
    downloadText: vi.fn(),
    forgetInbox: vi.fn(async () => {}),
    supportedSites: vi.fn(() => [{ id: 'greenhouse', label: 'Greenhouse' }]),
  };
});

import { OptionsPage } from '../../src/ui/options/options';

afterEach(() => cleanup());

describe('options page landmarks', () => {
  it('is one main landmark with one h1, and every section inside it', async () => {
    render(<OptionsPage />);
    await screen.findByRole('heading', { level: 2, name: 'Plan B and reminders' });
    const mains = screen.getAllByRole('main');
    expect(mains).toHaveLength(1);
    const h1s = screen.getAllByRole('heading', { level: 1 });
    expect(h1s.map((h) => h.textContent)).toEqual(['Baskets options']);
    for (const heading of [...h1s, ...screen.getAllByRole('heading', { level: 2 })]) {
      expect(mains[0]!.contains(heading), `${heading.textContent} is inside <main>`).toBe(true);
    }
  });
});
