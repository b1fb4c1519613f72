import { describe, expect, it } from 'vitest';
import { readIsoDate } from '../../src/core/dates';

describe('readIsoDate: an ISO 8601 date read exactly as written', () => {
  it.each([
    ['2025-03-12', Date.UTC(2025, 2, 12)],
    ['2024-02-29T10:00:00.000Z', Date.UTC(2024, 1, 29, 10)],
    ['2025-03-12T10:00:00.5Z', Date.UTC(2025, 2, 12, 10, 0, 0, 500)],
    ['2025-03-12T10:00:00+01:00', Date.UTC(2025, 2, 12, 9)],
    ['2025-03-12T00:30-0130', Date.UTC(2025, 2, 12, 2, 0)],
  ])('%s', (value, time) => {
    expect(readIsoDate(value)).toEqual({ ok: true, time });
  });

  it('reads a date-time without an offset as local time, like Date.parse', () => {
    expect(readIsoDate('2025-07-01T08:15')).toEqual({ ok: true, time: new Date(2025, 6, 1, 8, 15).getTime() });
  });

  it.each([
    // Each of these Date.parse in Chromium rolls over into the next day or month.
    ['2026-02-30', 'no-such-day'],
    ['2025-02-29T10:00', 'no-such-day'],
    ['2100-02-29T00:00:00Z', 'no-such-day'],
    ['2025-11-31T00:00:00.000Z', 'no-such-day'],
    ['2025-13-01', 'no-such-day'],
    ['2025-00-10', 'no-such-day'],
    ['2025-01-00', 'no-such-day'],
    ['2025-01-10T24:00', 'no-such-time'],
    ['2025-01-10T10:60', 'no-such-time'],
    ['2025-01-10T10:00:60Z', 'no-such-time'],
    ['2025-01-10T10:00+24:00', 'no-such-time'],
    ['March 5, 2024', 'not-iso'],
    ['2025-1-10', 'not-iso'],
    ['2025-01-10Z', 'not-iso'],
    [' 2025-01-10', 'not-iso'],
  ])('refuses %s (%s)', (value, reason) => {
    expect(readIsoDate(value)).toEqual({ ok: false, reason });
  });
});
