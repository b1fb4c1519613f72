import { useEffect } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  /** e.g. "Undo" */
  actionLabel?: string;
  onAction?: () => void;
  /** Errors are announced assertively. */
  tone?: 'info' | 'error';
}

/**
 * A live region that is always in the page (so screen readers announce changes) and shows one message
 * at a time, optionally with an action such as Undo. A message with an action (Undo) stays until the next
 * message replaces it or the user dismisses it: an undo that vanishes after a few seconds is no undo.
 * Plain messages disappear after `timeoutMs`.
 */
export function Toast({
  message,
  onDismiss,
  timeoutMs = 8000,
}: {
  message: ToastMessage | null;
  onDismiss: () => void;
  timeoutMs?: number;
}) {
  useEffect(() => {
    if (!message || timeoutMs <= 0 || message.onAction) return;
    const t = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(t);
  }, [message, timeoutMs]);

  const body = message && (
    <div class="toast">
      <span>{message.text}</span>
      <span class="row">
        {message.actionLabel && message.onAction && (
          <button
            type="button"
            class="btn btn-small"
            onClick={() => {
              message.onAction?.();
              onDismiss();
            }}
          >
            {message.actionLabel}
          </button>
        )}
        <button type="button" class="btn btn-small" aria-label="Dismiss message" onClick={onDismiss}>
          ×
        </button>
      </span>
    </div>
  );
  const isError = message?.tone === 'error';
  // Two regions that never change role, so screen readers keep listening to both.
  return (
    <>
      <div class="toast-region" role="status" aria-live="polite">
        {!isError && body}
      </div>
      <div class="toast-region" aria-live="assertive">
        {isError && body}
      </div>
    </>
  );
}
