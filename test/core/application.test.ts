import { describe, expect, it } from 'vitest';
import { isFurtherAlong, STATUSES, type Status } from '../../src/core/application';

describe('isFurtherAlong', () => {
  it('orders the active stages applied < screening < interviewing < offer', () => {
    expect(isFurtherAlong('screening', 'applied')).toBe(true);
    expect(isFurtherAlong('offer', 'interviewing')).toBe(true);
    expect(isFurtherAlong('applied', 'screening')).toBe(false);
    expect(isFurtherAlong('interviewing', 'offer')).toBe(false);
    expect(isFurtherAlong('interviewing', 'interviewing')).toBe(false);
  });

  it('puts every closed status after every active one', () => {
    for (const closed of ['accepted', 'rejected', 'ghosted', 'withdrawn'] as const) {
      for (const active of ['applied', 'screening', 'interviewing', 'offer'] as const) {
        expect(isFurtherAlong(closed, active)).toBe(true);
        expect(isFurtherAlong(active, closed)).toBe(false);
      }
    }
  });

  it('never moves a closed status, not even to another closed one', () => {
    const closed: Status[] = ['accepted', 'rejected', 'ghosted', 'withdrawn'];
    for (const from of closed) for (const to of STATUSES) expect(isFurtherAlong(to, from)).toBe(false);
  });
});
