/**
 * "Remind me in 3 days" for the Plan-B note: one storage.local key (PLANB_SNOOZE_KEY) shared by the popup,
 * the dashboard and the background (badge and notification). Whether a snooze applies is decided in
 * core/spread (isPlanBSnoozed); this module only stores it and follows changes from other surfaces.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Storage } from 'webextension-polyfill';
import { PLANB_SNOOZE_KEY } from '../messages';
import { isPlanBSnoozed, readPlanBSnooze, snoozePlanB, type PlanBSnooze, type SpreadResult } from '../core/spread';

/**
 * The extension's storage, loaded on first use: component tests that mock only ui/runtime can still render
 * a view with the note (the read fails there, and the note shows as not snoozed).
 */
async function storage(): Promise<Storage.Static> {
  return (await import('webextension-polyfill')).default.storage;
}

export async function loadPlanBSnooze(): Promise<PlanBSnooze | null> {
  const got = await (await storage()).local.get(PLANB_SNOOZE_KEY);
  return readPlanBSnooze(got[PLANB_SNOOZE_KEY]);
}

/** Snoozes the note for the state `spread` is in now. The background refreshes the badge when the key changes. */
export async function savePlanBSnooze(spread: SpreadResult, now: number = Date.now()): Promise<PlanBSnooze> {
  const snooze = snoozePlanB(spread, now);
  await (await storage()).local.set({ [PLANB_SNOOZE_KEY]: snooze });
  return snooze;
}

export async function clearPlanBSnooze(): Promise<void> {
  await (await storage()).local.remove(PLANB_SNOOZE_KEY);
}

export interface PlanBSnoozeState {
  /** False until the stored snooze has been read, so a snoozed note never flashes up. */
  ready: boolean;
  /** The note for `spread` is snoozed now. */
  snoozed: boolean;
  /** When a snooze that applies ends (epoch ms). */
  until?: number;
  snooze(): Promise<void>;
  unsnooze(): Promise<void>;
}

/** The snooze for a surface that shows the note; follows changes made in another surface. */
export function usePlanBSnooze(spread: SpreadResult | null, now: () => number = Date.now): PlanBSnoozeState {
  const [stored, setStored] = useState<PlanBSnooze | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    let area: Storage.Static | undefined;
    const onChanged = (changes: Record<string, Storage.StorageChange>, name: string) => {
      if (live && name === 'local' && changes[PLANB_SNOOZE_KEY]) setStored(readPlanBSnooze(changes[PLANB_SNOOZE_KEY].newValue));
    };
    storage()
      .then(async (s) => {
        if (!live) return;
        area = s;
        s.onChanged.addListener(onChanged);
        const got = await loadPlanBSnooze();
        if (live) setStored(got);
      })
      .catch(() => undefined)
      .finally(() => live && setReady(true));
    return () => {
      live = false;
      area?.onChanged.removeListener(onChanged);
    };
  }, []);

  const snooze = useCallback(async () => {
    if (spread) setStored(await savePlanBSnooze(spread, now()));
  }, [spread, now]);
  const unsnooze = useCallback(async () => {
    await clearPlanBSnooze();
    setStored(null);
  }, []);

  const snoozed = !!spread && isPlanBSnoozed(spread, stored, now());
  const state: PlanBSnoozeState = { ready, snoozed, snooze, unsnooze };
  if (snoozed && stored) state.until = stored.until;
  return state;
}
