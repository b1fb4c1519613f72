/**
 * Every new capture is confirmed outside the page too: the background remembers it in storage.session
 * (extension pages and the background only) and the toolbar badge shows "+1" until the popup has been
 * opened or two minutes have passed. The popup offers its Undo at the top. A page that removes the
 * in-page note therefore takes nothing from the user.
 */
import { LAST_CAPTURE_KEY, LAST_CAPTURE_SEEN_KEY, readLastCapture, type LastCapture } from '../messages';
import { CAPTURE_BADGE_MS, captureBadge } from './badge';

/** The alarm on which the background refreshes the badge (index.ts's reminder alarm). */
export const BADGE_REFRESH_ALARM = 'reminders';

export interface AnnounceApi {
  storage: {
    session: {
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
  };
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    create(name: string, info: { when: number }): unknown;
  };
}

/** The last capture, unless the popup has already shown it. */
export function unseenCapture(stored: unknown, seenId: unknown): LastCapture | null {
  const capture = readLastCapture(stored);
  return capture && capture.id !== seenId ? capture : null;
}

/**
 * Called by the capture handler after a NEW record is stored. Shows the "+1" at once (whatever order the
 * badge refresh runs in) and makes sure the badge is refreshed when it should go.
 */
export async function announceCapture(api: AnnounceApi, capture: LastCapture): Promise<void> {
  await api.storage.session.set({ [LAST_CAPTURE_KEY]: capture });
  await api.storage.session.remove(LAST_CAPTURE_SEEN_KEY);
  const badge = captureBadge(capture);
  await api.action.setBadgeText({ text: badge.text });
  await api.action.setBadgeBackgroundColor({ color: badge.color });
  await api.action.setTitle({ title: badge.title });
  const when = capture.at + CAPTURE_BADGE_MS;
  const existing = await api.alarms.get(BADGE_REFRESH_ALARM).catch(() => undefined);
  if (!existing || existing.scheduledTime > when) await api.alarms.create(BADGE_REFRESH_ALARM, { when });
}
