import { useState } from 'preact/hooks';

export type BrowserFamily = 'chrome' | 'firefox';

/**
 * Which browser's toolbar to describe. Firefox serves extension pages from moz-extension:// and says "Firefox/" in
 * its user agent; everything else Baskets runs in (Chrome, Edge, Brave, Chromium) has Chrome's extensions menu.
 */
export function browserFamily(where: { protocol: string; userAgent: string }): BrowserFamily {
  if (where.protocol === 'moz-extension:') return 'firefox';
  return /\bFirefox\/\d/.test(where.userAgent) ? 'firefox' : 'chrome';
}

function currentFamily(): BrowserFamily {
  return browserFamily({
    protocol: typeof location === 'undefined' ? '' : location.protocol,
    userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
  });
}

const NAMES: Record<BrowserFamily, string> = { chrome: 'Chrome', firefox: 'Firefox' };

/** The how-to, step by step, in each browser's own words for its buttons. */
export const PIN_STEPS: Record<BrowserFamily, string[]> = {
  chrome: [
    'Click the Extensions button, the puzzle piece at the right end of the address bar.',
    'Find Baskets in the list and click the pin next to it.',
    'The basket now stays in the toolbar: click it after you apply to see what was logged.',
  ],
  firefox: [
    'Click the Extensions button, the puzzle piece at the right end of the toolbar.',
    'Next to Baskets, click the gear and choose “Pin to Toolbar”.',
    'The basket now stays in the toolbar: click it after you apply to see what was logged.',
  ],
};

/**
 * "Pin Baskets to your toolbar": the first thing to do after install, so the popup is one click away. Shows the
 * steps for the browser it runs in, and offers the other browser's steps behind a button.
 */
export function PinStep({ family: given }: { family?: BrowserFamily }) {
  const detected = given ?? currentFamily();
  const [family, setFamily] = useState<BrowserFamily>(detected);
  const other: BrowserFamily = family === 'chrome' ? 'firefox' : 'chrome';
  return (
    <section class="card pin-step" aria-labelledby="pin-title">
      <h2 id="pin-title">Pin Baskets to your toolbar</h2>
      <p>So the popup is one click away when you have just applied. In {NAMES[family]}:</p>
      <div class="pin-body">
        <ol class="pin-steps">
          {PIN_STEPS[family].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <ToolbarIllustration family={family} />
      </div>
      <button type="button" class="btn btn-quiet btn-small" onClick={() => setFamily(other)}>
        Show the steps for {NAMES[other]}
      </button>
    </section>
  );
}

/**
 * A browser toolbar drawn in SVG (nothing loaded from the web): the address bar, the puzzle-piece Extensions
 * button highlighted, and its menu with Baskets and a pin (Chrome) or a gear (Firefox). Decorative: the steps
 * beside it say the same in words.
 */
function ToolbarIllustration({ family }: { family: BrowserFamily }) {
  return (
    <svg class="pin-illustration" viewBox="0 0 260 150" width="312" height="180" aria-hidden="true" focusable="false">
      {/* Toolbar */}
      <rect x="1" y="1" width="258" height="36" rx="8" class="pin-frame" />
      <rect x="10" y="9" width="150" height="20" rx="10" class="pin-field" />
      <path d="M20 19h60" class="pin-line" />
      {/* Extensions button: a puzzle piece, circled */}
      <circle cx="190" cy="19" r="14" class="pin-target" />
      <path d="M4 7h4.5a2.5 2.5 0 0 1 5 0H18v4.5a2.5 2.5 0 0 1 0 5V21H4z" transform="translate(178 6)" class="pin-puzzle" />
      {/* Profile dot, for a familiar toolbar */}
      <circle cx="230" cy="19" r="8" class="pin-field" />
      {/* The menu */}
      <path d="M190 37v10" class="pin-arrow" />
      <rect x="70" y="50" width="180" height="92" rx="8" class="pin-frame" />
      <path d="M84 68h70" class="pin-line" />
      {/* The Baskets row */}
      <rect x="78" y="82" width="164" height="28" rx="6" class="pin-row" />
      <rect x="86" y="88" width="16" height="16" rx="4" class="pin-logo" />
      <path d="M89 97h10l-1.5 5h-7z" class="pin-logo-basket" />
      <path d="M110 96h60" class="pin-line-strong" />
      {family === 'chrome' ? (
        // A pin
        <g class="pin-action" transform="translate(222 96)">
          <path d="M-4 -7h8l-1 5 3 3h-12l3-3z" />
          <path d="M0 1v7" class="pin-action-stroke" />
        </g>
      ) : (
        // A gear
        <g class="pin-action" transform="translate(222 96)">
          <circle r="6" />
          <circle r="2.2" class="pin-action-hole" />
          <path
            d="M0 -9v4M0 5v4M-9 0h4M5 0h4M-6.4 -6.4l2.8 2.8M3.6 3.6l2.8 2.8M-6.4 6.4l2.8 -2.8M3.6 -3.6l2.8 -2.8"
            class="pin-action-stroke"
          />
        </g>
      )}
      <path d="M84 124h50" class="pin-line" />
    </svg>
  );
}
