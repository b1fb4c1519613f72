import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { STATUSES, STATUS_LABELS, type Status } from '../../core/application';

export interface StatusMenuProps {
  value: Status;
  /** What the status belongs to, e.g. "Data Analyst at Acme": the button is named "Applied: change the status of …". */
  subject: string;
  /** Called only on an explicit choice (click, Enter or Space on an item), never on an arrow key. */
  onChoose: (status: Status) => void;
  disabled?: boolean;
  /** Extra class on the wrapper. */
  class?: string;
}

/**
 * One status per row: the chip is a button that opens a menu of statuses. Arrow keys only move through the
 * menu; a status changes on an explicit choice, so a stray key press never saves anything (a native select
 * saves on ArrowDown in Chromium). Escape or Tab closes the menu without a change and gives focus back.
 */
export function StatusMenu({ value, subject, onChoose, disabled, class: cls }: StatusMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [up, setUp] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const wrap = useRef<HTMLSpanElement>(null);
  const id = useId();

  function openAt(index: number) {
    if (disabled) return;
    setActive(Math.max(0, Math.min(STATUSES.length - 1, index)));
    setOpen(true);
  }

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  function choose(status: Status) {
    close(true);
    if (status !== value) onChoose(status);
  }

  // Open upwards when the list would run past the bottom of the window (the popup is only 560 px tall).
  useLayoutEffect(() => {
    if (!open || !button.current || !menu.current) return;
    const b = button.current.getBoundingClientRect();
    const h = menu.current.offsetHeight;
    setUp(b.bottom + h + 8 > window.innerHeight && b.top - h - 8 > 0);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const item = menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]')[active];
    item?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: Event) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [open]);

  const label = STATUS_LABELS[value];
  return (
    <span class={`status-menu${cls ? ` ${cls}` : ''}`} ref={wrap}>
      <button
        ref={button}
        type="button"
        class={`chip chip-${value} status-menu-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={`${label}: change the status of ${subject}`}
        disabled={disabled}
        onClick={() => (open ? close(true) : openAt(STATUSES.indexOf(value)))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            // Opens the menu; it never changes the status by itself.
            e.preventDefault();
            openAt(STATUSES.indexOf(value));
          }
        }}
      >
        {label}
        <span class="status-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={`Status of ${subject}`}
          class={`status-menu-list${up ? ' status-menu-up' : ''}`}
          onKeyDown={(e) => {
            const last = STATUSES.length - 1;
            if (e.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
            else if (e.key === 'ArrowUp') setActive((i) => (i <= 0 ? last : i - 1));
            else if (e.key === 'Home') setActive(0);
            else if (e.key === 'End') setActive(last);
            else if (e.key === 'Escape') close(true);
            else if (e.key === 'Tab') {
              close(false);
              return;
            } else if (e.key.length === 1 && /\S/.test(e.key)) {
              // Type-ahead: the next status starting with the letter.
              const k = e.key.toLowerCase();
              const from = active + 1;
              const order = [...STATUSES.slice(from), ...STATUSES.slice(0, from)];
              const hit = order.find((s) => STATUS_LABELS[s].toLowerCase().startsWith(k));
              if (hit) setActive(STATUSES.indexOf(hit));
            } else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        >
          {STATUSES.map((s, i) => (
            <li
              key={s}
              role="menuitemradio"
              aria-checked={s === value}
              tabIndex={i === active ? 0 : -1}
              class="status-menu-item"
              onClick={() => choose(s)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  e.stopPropagation();
                  choose(s);
                }
              }}
            >
              <span class={`status-dot chip-${s}`} aria-hidden="true" />
              {STATUS_LABELS[s]}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
