/**
 * The in-page confirmation after a capture: "Saved: <title> at <company>", with Undo and Open.
 * It lives in a closed shadow root (the page can neither style nor read it), is announced politely,
 * reachable from the keyboard, and hides itself. All text is set with textContent, never parsed as HTML.
 */

export interface ToastActions {
  undo(): Promise<boolean>;
  open(): void;
}

const CSS = `
:host { all: initial; }
.toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: min(420px, calc(100vw - 32px));
  display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #f8fafc; background: #0b3f3a;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); border: 1px solid #14b8a6; }
.msg { flex: 1 1 200px; overflow-wrap: anywhere; }
button { font: inherit; font-weight: 600; cursor: pointer; border-radius: 6px; padding: 4px 10px;
  border: 1px solid #99f6e4; background: transparent; color: #f0fdfa; }
button:hover { background: #115e56; }
button:focus-visible { outline: 3px solid #fbbf24; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) { .toast { animation: in .18s ease-out; } }
@keyframes in { from { transform: translateY(8px); opacity: 0; } }
`;

export function showToast(doc: Document, text: string, actions: ToastActions, hideAfterMs = 8000): () => void {
  const host = doc.createElement('baskets-toast');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = doc.createElement('style');
  sheet.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  const msg = doc.createElement('span');
  msg.className = 'msg';
  msg.textContent = text;
  const undo = doc.createElement('button');
  undo.type = 'button';
  undo.textContent = 'Undo';
  const open = doc.createElement('button');
  open.type = 'button';
  open.textContent = 'Open';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Dismiss');
  box.append(msg, undo, open, close);
  root.append(sheet, box);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const remove = () => {
    if (timer) clearTimeout(timer);
    host.remove();
  };
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(remove, hideAfterMs);
  };
  // Hold still while the user reads or tabs through it.
  box.addEventListener('mouseenter', () => timer && clearTimeout(timer));
  box.addEventListener('mouseleave', arm);
  box.addEventListener('focusin', () => timer && clearTimeout(timer));
  box.addEventListener('focusout', arm);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') remove();
  });
  undo.addEventListener('click', async () => {
    undo.disabled = true;
    const ok = await actions.undo().catch(() => false);
    msg.textContent = ok ? 'Removed from Baskets.' : 'Could not undo; open Baskets to remove it.';
    undo.remove();
    arm();
  });
  open.addEventListener('click', () => {
    actions.open();
    remove();
  });
  close.addEventListener('click', remove);
  (doc.body ?? doc.documentElement).append(host);
  arm();
  return remove;
}
