import { describe, expect, it } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { analyzeSpread } from '../../src/core/spread';
import { AMBER, badgeFor, planBNotice } from '../../src/background/badge';

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

  it('otherwise counts what waits for the user, or shows nothing', () => {
    const spread = analyzeSpread(spreadOut);
    expect(spread.level).toBe('ok');
    expect(badgeFor(spread, 3).text).toBe('3');
    expect(badgeFor(spread, 120).text).toBe('99+');
    expect(badgeFor(spread, 0).text).toBe('');
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
});
