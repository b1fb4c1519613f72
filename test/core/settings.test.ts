import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, normalizeSettings, validateSettingsPatch } from '../../src/core/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      hopeWeights: { applied: 1, screening: 2, interviewing: 4, offer: 8 },
      topShareWarn: 0.5,
      minActiveEmployers: 3,
      minActiveApplications: 2,
      targetShare: 0.4,
      ghostDays: 21,
      followUpDays: 7,
      weeklyGoal: 10,
      sites: {},
      toast: true,
      notifications: false,
      anySite: false,
      inbox: false,
      inboxQuote: true,
    });
  });

  it('keeps the inbox opt-in off and the quote on unless storage holds real booleans', () => {
    expect(normalizeSettings({ inbox: 'true', inboxQuote: 0 })).toMatchObject({ inbox: false, inboxQuote: true });
    expect(normalizeSettings({ inbox: true, inboxQuote: false })).toMatchObject({ inbox: true, inboxQuote: false });
  });

  it('keeps good fields, replaces bad ones by their defaults and clamps numbers', () => {
    const s = normalizeSettings({
      ghostDays: 1000,
      followUpDays: 'soon',
      weeklyGoal: -4,
      topShareWarn: 0.6,
      targetShare: 2,
      toast: 'yes',
      notifications: true,
      minActiveEmployers: 4.4,
      hopeWeights: { applied: 2, screening: null, interviewing: -3, offer: 10 },
    });
    expect(s.ghostDays).toBe(180);
    expect(s.followUpDays).toBe(7);
    expect(s.weeklyGoal).toBe(0);
    expect(s.topShareWarn).toBe(0.6);
    // clamped to 0.95, then kept at or below the warning share
    expect(s.targetShare).toBe(0.6);
    expect(s.toast).toBe(true);
    expect(s.notifications).toBe(true);
    expect(s.minActiveEmployers).toBe(4);
    // screening falls back to 2, interviewing is clamped to 0.1 then raised to keep weights non-decreasing
    expect(s.hopeWeights).toEqual({ applied: 2, screening: 2, interviewing: 2, offer: 10 });
  });

  it('stores only site overrides and treats every other site as on', () => {
    const s = normalizeSettings({
      sites: JSON.parse('{"lever": false, "greenhouse": true, "Bad Id": false, "__proto__": false}'),
    });
    expect(s.sites).toEqual({ lever: false });
    expect(isSiteEnabled(s, 'lever')).toBe(false);
    expect(isSiteEnabled(s, 'greenhouse')).toBe(true);
    expect(isSiteEnabled(s, 'some-new-site')).toBe(true);
    expect(isSiteEnabled(s, 'constructor')).toBe(true);
  });
});

describe('validateSettingsPatch', () => {
  it('applies a good patch on top of the current settings', () => {
    const r = validateSettingsPatch({ ghostDays: 30, hopeWeights: { offer: 12 }, sites: { lever: false } });
    expect(r).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, ghostDays: 30, hopeWeights: { ...DEFAULT_SETTINGS.hopeWeights, offer: 12 }, sites: { lever: false } },
    });
    if (!r.ok) return;
    const back = validateSettingsPatch({ sites: { lever: true } }, r.value);
    expect(back.ok && back.value.sites).toEqual({});
  });

  it('explains out-of-range values in words instead of clamping silently', () => {
    const r = validateSettingsPatch({ ghostDays: 2, topShareWarn: 0.99, weeklyGoal: 2.5, toast: 'on', colour: 'red' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.ghostDays).toBe('Days before suggesting "ghosted" must be a whole number between 3 and 180.');
    expect(r.errors.topShareWarn).toBe('The warning share must be between 10% and 95% (0.1–0.95).');
    expect(r.errors.weeklyGoal).toMatch(/whole number/);
    expect(r.errors.toast).toBe('Must be on or off.');
    expect(r.errors.colour).toBe('Unknown setting.');
  });

  it('switches the inbox opt-in and its quote like the other booleans', () => {
    const on = validateSettingsPatch({ inbox: true, inboxQuote: false });
    expect(on).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, inbox: true, inboxQuote: false } });
    const bad = validateSettingsPatch({ inbox: 'yes', inboxQuote: 1 });
    expect(bad).toEqual({ ok: false, errors: { inbox: 'Must be on or off.', inboxQuote: 'Must be on or off.' } });
  });

  it('requires positive weights that do not decrease with stage', () => {
    const neg = validateSettingsPatch({ hopeWeights: { applied: 0 } });
    expect(!neg.ok && neg.errors['hopeWeights.applied']).toMatch(/positive number/);
    const order = validateSettingsPatch({ hopeWeights: { interviewing: 1 } });
    expect(!order.ok && order.errors['hopeWeights.interviewing']).toBe(
      'The Interviewing weight must be at least the Screening weight (2): a later stage carries more hope, not less.',
    );
  });

  it('keeps the target share at or below the warning share', () => {
    const r = validateSettingsPatch({ targetShare: 0.6 });
    expect(!r.ok && r.errors.targetShare).toBe('The target share must not be above the warning share (50%).');
    expect(validateSettingsPatch({ targetShare: 0.6, topShareWarn: 0.7 }).ok).toBe(true);
  });

  it('accepts numbers typed as text, as a form gives them', () => {
    const r = validateSettingsPatch({ weeklyGoal: '15', topShareWarn: '0.55' });
    expect(r.ok && [r.value.weeklyGoal, r.value.topShareWarn]).toEqual([15, 0.55]);
  });
});

describe('yourName (signs feedback requests)', () => {
  it('is empty by default and for anything that is not text', () => {
    expect(DEFAULT_SETTINGS.yourName).toBe('');
    expect(normalizeSettings({ yourName: 42 }).yourName).toBe('');
    expect(normalizeSettings({ yourName: null }).yourName).toBe('');
  });

  it('is kept as one trimmed line: no line break, control or bidi character can reach an email', () => {
    expect(normalizeSettings({ yourName: '  Robin   Meyer ' }).yourName).toBe('Robin Meyer');
    expect(normalizeSettings({ yourName: 'Robin\r\nBcc: x@evil.test' }).yourName).toBe('Robin Bcc: x@evil.test');
    expect(normalizeSettings({ yourName: 'Ro\u202ebin\u0000' }).yourName).toBe('Ro bin');
  });

  it('is cut to 100 characters when read, but a longer one is explained when saved', () => {
    const long = 'é'.repeat(120);
    expect(Array.from(normalizeSettings({ yourName: long }).yourName)).toHaveLength(100);
    const r = validateSettingsPatch({ yourName: long });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.yourName).toMatch(/at most 100 characters/);
  });

  it('saves a name, and saves clearing it', () => {
    const set = validateSettingsPatch({ yourName: ' Robin  Meyer ' });
    expect(set.ok && set.value.yourName).toBe('Robin Meyer');
    const cleared = validateSettingsPatch({ yourName: '' }, { ...DEFAULT_SETTINGS, yourName: 'Robin' });
    expect(cleared.ok && cleared.value.yourName).toBe('');
    expect(validateSettingsPatch({ yourName: 7 }).ok).toBe(false);
  });
});
