/** What every dashboard view needs from the shell: the data version, write bookkeeping, undo and messages. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CapturedField } from '../../core/application';

export interface DashboardApi {
  /** Bumped after every write; views that show stored data reload when it changes. */
  version: number;
  /** Reload the views without notifying (for writers that already notified, like the shared import panel). */
  refresh(): void;
  /** Show the Undo bar for a few seconds; `undo` puts things back. */
  offerUndo(message: string, undo: () => Promise<void>): void;
  /** Polite screen-reader and visible status message. */
  announce(message: string): void;
  /** Show an error to the user (a StorageFullError or ValidationError message, or a generic sentence). */
  showError(error: unknown): void;
  /** Open a record in the detail panel; with `field`, put the focus in that field's input (a "check it" mark). */
  openRecord(id: string, field?: CapturedField): void;
  closeRecord(): void;
}

/** Which field of which record the detail panel should focus; `n` counts the requests, so a repeat counts too. */
export interface FocusRequest {
  id: string;
  field: CapturedField;
  n: number;
}

export const DashboardContext = createContext<DashboardApi | null>(null);

export function useDashboard(): DashboardApi {
  const api = useContext(DashboardContext);
  if (!api) throw new Error('useDashboard outside <Dashboard>');
  return api;
}
