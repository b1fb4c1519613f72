import { beforeEach, describe, expect, it, vi } from 'vitest';

const rt = vi.hoisted(() => ({ notifyDataChanged: vi.fn(async (_status?: string) => {}) }));
vi.mock('../../src/ui/runtime', () => ({ notifyDataChanged: rt.notifyDataChanged }));

import * as data from '../../src/ui/data';
import { getApplication } from '../../src/db/index';
import { freshDb, job } from '../db/helpers';

beforeEach(async () => {
  vi.clearAllMocks();
  await freshDb();
});

describe('the UI write path', () => {
  it('tells the page and the background after each write, with the status for a status change', async () => {
    const seen: unknown[] = [];
    const off = data.onWrite((e) => seen.push(e));
    const { record } = await data.addApplication(job(), { method: 'manual', signal: 'by hand' });
    expect(rt.notifyDataChanged).toHaveBeenLastCalledWith(undefined);
    const before = await data.setStatus(record.id, 'interviewing');
    expect(before.status).toBe('interviewing');
    expect(rt.notifyDataChanged).toHaveBeenLastCalledWith('interviewing');
    await data.restoreApplications([record]);
    expect((await getApplication(record.id))?.status).toBe('applied');
    expect(seen).toEqual([{}, { status: 'interviewing' }, {}]);
    expect(rt.notifyDataChanged).toHaveBeenCalledTimes(3);
    off();
    await data.updateApplication(record.id, { notes: 'called back' });
    expect(seen).toHaveLength(3);
    expect(rt.notifyDataChanged).toHaveBeenCalledTimes(4);
  });

  it('tells nobody when the write fails, and the caller gets the error', async () => {
    const listener = vi.fn();
    data.onWrite(listener);
    await expect(data.setStatus('no-such-id', 'rejected')).rejects.toThrow();
    expect(listener).not.toHaveBeenCalled();
    expect(rt.notifyDataChanged).not.toHaveBeenCalled();
  });

  it('a listener that throws does not turn a saved write into an error', async () => {
    data.onWrite(() => {
      throw new Error('view broke');
    });
    await expect(data.addApplication(job(), { method: 'manual', signal: '' })).resolves.toMatchObject({ created: true });
    expect(rt.notifyDataChanged).toHaveBeenCalledTimes(1);
  });

  it('wraps exactly the writes it lists for the lint rule', () => {
    const functions = Object.entries(data)
      .filter(([name, v]) => typeof v === 'function' && name !== 'onWrite')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual([...data.WRITES].sort());
  });
});
