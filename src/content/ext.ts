/**
 * The few extension APIs the content script uses, taken from the browser itself: MV3 `chrome.*` and
 * Firefox's `browser.*` both return promises. The content script skips webextension-polyfill to stay
 * small (it runs on every job page); the background and the UI use the polyfill.
 */
import type { Message } from '../messages';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(key: string): Promise<void>;
}

export interface ContentExtensionApi {
  runtime: { sendMessage(message: Message): Promise<unknown> };
  storage: { local: StorageArea; session?: StorageArea };
}

let api: ContentExtensionApi | undefined;

/**
 * Firefox's `browser`, else Chrome's `chrome`, looked up on first use: touching the extension API
 * object makes the browser set up its bindings, which a page with nothing to report never needs.
 */
export function ext(): ContentExtensionApi | undefined {
  if (!api) {
    const g = globalThis as unknown as { browser?: ContentExtensionApi; chrome?: ContentExtensionApi };
    api = g.browser?.runtime ? g.browser : g.chrome;
  }
  return api;
}
