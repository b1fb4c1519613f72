import { describe, expect, it } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { analyzeSpread, isPlanBSnoozed, snoozePlanB, PLANB_SNOOZE_MS } from '../../src/core/spread';
import { AMBER, CAPTURE_BADGE_MS, TEAL, badgeFor, planBNotice } from '../../src/background/badge';
import { BADGE_REFRESH_ALARM, announceCapture, unseenCapture } from '../../src/background/announce';
import { LAST_CAPTURE_SEEN_KEY, readLastCapture } from '../../src/messages';
import { LAST_CAPTURE_KEY, type LastCapture } from '../../src/messages';

let n = 0;
function app(company: string, status: Status): Application {
  n++;
  const at = '2026-11-20T10:00:00.000Z';
  return {
    id: `id${n}`,
    company,
    companyKey: company.toLowerCase(),
    title: `Role ${n}`,
    location: '',
    url: '',
    source: 'manual',
    appliedAt: at,
    status,
    history: [{ status, at }],
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: 'test' },
    createdAt: at,
    updatedAt: at,
    dedupeKey: `id:id${n}`,
  };
}

const concentrated = [app('Acme', 'interviewing'), app('Acme', 'applied'), app('Beta', 'applied')];
const spreadOut = [...concentrated, ...['C', 'D', 'E', 'F', 'G', 'H'].map((c) => app(c, 'screening'))];

describe('toolbar badge', () => {
  it('is an amber "!" while hope is concentrated, with the warning as its title', () => {
    const spread = analyzeSpread(concentrated);
    expect(badgeFor(spread, 0)).toEqual({ text: '!', color: AMBER, title: `Baskets — ${spread.summary}` });
  });

  it("speaks the note's words, never the jargon", () => {
    const spread = analyzeSpread(concentrated);
    expect(badgeFor(spread, 0).title).toBe(`Baskets — ${spread.note!.headline} ${spread.note!.suggestion}`);
    expect(badgeFor(spread, 0).title).not.toContain('as if');
  });

  it('keeps quiet about Plan B while the note is snoozed, and warns again when the state gets worse', () => {
    const now = Date.parse('2026-12-07T09:00:00Z');
    const spread = analyzeSpread(concentrated);
    const snooze = snoozePlanB(spread, now);
    const snoozed = isPlanBSnoozed(spread, snooze, now + 60_000);
    expect(snoozed).toBe(true);
    expect(badgeFor(spread, 0, null, now + 60_000, snoozed)).toEqual({ text: '', color: TEAL, title: 'Baskets' });
    // The waiting count still shows.
    expect(badgeFor(spread, 2, null, now + 60_000, snoozed).text).toBe('2');
    // Three days later: back.
    expect(isPlanBSnoozed(spread, snooze, now + PLANB_SNOOZE_MS)).toBe(false);
    // Worse: every active application at Acme.
    const worse = analyzeSpread([app('Acme', 'interviewing'), app('Acme', 'applied')]);
    const worseSnoozed = isPlanBSnoozed(worse, snooze, now + 60_000);
    expect(badgeFor(worse, 0, null, now + 60_000, worseSnoozed).text).toBe('!');
  });

  it('otherwise counts what waits for the user, or shows nothing', () => {
    const spread = analyzeSpread(spreadOut);
    expect(spread.level).toBe('ok');
    expect(badgeFor(spread, 3).text).toBe('3');
    expect(badgeFor(spread, 120).text).toBe('99+');
    expect(badgeFor(spread, 0).text).toBe('');
  });

  it('asks the waiting inbox suggestion’s question in the title, counted with the rest', () => {
    const spread = analyzeSpread(spreadOut);
    const s = { kind: 'rejection', company: 'Acme', title: 'Data Analyst' } as const;
    expect(badgeFor(spread, 1, null, Date.now(), false, s)).toEqual({
      text: '1',
      color: TEAL,
      title: 'From your inbox: Acme has answered about Data Analyst. Record a rejection?',
    });
    expect(badgeFor(spread, 3, null, Date.now(), false, { ...s, kind: 'interview' }).title).toBe(
      'From your inbox: Acme has answered about Data Analyst. Record an interview? And 2 more things need your answer.',
    );
    // The Plan-B warning still comes first.
    expect(badgeFor(analyzeSpread(concentrated), 1, null, Date.now(), false, s).text).toBe('!');
  });
});

describe('the "+1" after a capture', () => {
  const at = Date.parse('2026-12-06T22:00:00Z');
  const capture: LastCapture = { id: 'r1', at, company: 'Acme', title: 'Data Analyst', source: 'greenhouse' };

  it('shows "+1" with what was saved for two minutes, over the Plan-B warning and the waiting count', () => {
    const warn = analyzeSpread(concentrated);
    const plusOne = { text: '+1', color: TEAL, title: 'Baskets — saved Data Analyst at Acme. Open to undo.' };
    expect(badgeFor(warn, 4, capture, at)).toEqual(plusOne);
    expect(badgeFor(analyzeSpread(spreadOut), 4, capture, at + CAPTURE_BADGE_MS - 1)).toEqual(plusOne);
    // Then the normal badge again.
    expect(badgeFor(warn, 4, capture, at + CAPTURE_BADGE_MS).text).toBe('!');
    expect(badgeFor(analyzeSpread(spreadOut), 4, capture, at + CAPTURE_BADGE_MS).text).toBe('4');
    expect(badgeFor(analyzeSpread(spreadOut), 0, null, at).text).toBe('');
  });

  it('names only what is known, and ignores a capture dated in the future', () => {
    const spread = analyzeSpread(spreadOut);
    expect(badgeFor(spread, 0, { ...capture, title: '' }, at).title).toBe('Baskets — saved Acme. Open to undo.');
    expect(badgeFor(spread, 0, { ...capture, at: at + 60_000 }, at).text).toBe('');
  });

  it('ends once the popup has shown the capture', () => {
    expect(unseenCapture(capture, undefined)).toEqual(capture);
    expect(unseenCapture(capture, 'r1')).toBeNull();
    expect(unseenCapture(capture, 'r0')).toEqual(capture);
    expect(readLastCapture({ ...capture, at: 'now' })).toBeNull();
    expect(readLastCapture(null)).toBeNull();
    expect(readLastCapture({ ...capture, extra: 1 })).toEqual(capture);
  });

  it('announceCapture stores the capture, shows "+1" at once and wakes the badge when it should go', async () => {
    const session = new Map<string, unknown>([[LAST_CAPTURE_SEEN_KEY, 'older']]);
    const badge: Record<string, string> = {};
    const alarms = new Map<string, number>([[BADGE_REFRESH_ALARM, at + 10 * 60_000]]);
    const api = {
      storage: {
        session: {
          set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
          remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => session.delete(k)),
        },
      },
      action: {
        setBadgeText: async ({ text }: { text: string }) => void (badge.text = text),
        setBadgeBackgroundColor: async ({ color }: { color: string }) => void (badge.color = color),
        setTitle: async ({ title }: { title: string }) => void (badge.title = title),
      },
      alarms: {
        get: async (name: string) => (alarms.has(name) ? { scheduledTime: alarms.get(name)! } : undefined),
        create: (name: string, { when }: { when: number }) => void alarms.set(name, when),
      },
    };
    await announceCapture(api, capture);
    expect(session.get(LAST_CAPTURE_KEY)).toEqual(capture);
    expect(session.has(LAST_CAPTURE_SEEN_KEY)).toBe(false);
    expect(badge).toEqual({ text: '+1', color: TEAL, title: 'Baskets — saved Data Analyst at Acme. Open to undo.' });
    expect(alarms.get(BADGE_REFRESH_ALARM)).toBe(at + CAPTURE_BADGE_MS);
    // An earlier refresh (a reminder due sooner) is kept.
    alarms.set(BADGE_REFRESH_ALARM, at + 30_000);
    await announceCapture(api, { ...capture, id: 'r2' });
    expect(alarms.get(BADGE_REFRESH_ALARM)).toBe(at + 30_000);
  });
});

describe('Plan-B notification', () => {
  it('fires once per warning state, only when opted in', () => {
    const warn = analyzeSpread(concentrated);
    const first = planBNotice(warn, undefined, true);
    expect(first.show).toBe(true);
    expect(planBNotice(warn, first.key, true).show).toBe(false);
    expect(planBNotice(warn, undefined, false).show).toBe(false);
    const calm = planBNotice(analyzeSpread(spreadOut), first.key, true);
    expect(calm).toEqual({ key: '', show: false });
    // Concentrated again after a calm spell: a new crossing, told again.
    expect(planBNotice(warn, calm.key, true).show).toBe(true);
  });

  it('stays quiet while snoozed and can still tell the state once the snooze ends', () => {
    const warn = analyzeSpread(concentrated);
    const snoozed = planBNotice(warn, '', true, true);
    expect(snoozed).toEqual({ key: '', show: false });
    expect(planBNotice(warn, snoozed.key, true, false).show).toBe(true);
    // A calm state is remembered as calm even while a snooze is stored.
    expect(planBNotice(analyzeSpread(spreadOut), 'warn:x@acme', true, true)).toEqual({ key: '', show: false });
  });
});
