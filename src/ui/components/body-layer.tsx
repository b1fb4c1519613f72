import { render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Renders `children` in a layer of its own at the end of <body>, so a modal dialog is never painted under a
 * sticky or positioned ancestor's neighbours (the dashboard's detail panel is sticky: a stacking context that the
 * table's sticky header paints over). A plain second render root instead of preact/compat's createPortal, whose
 * global React-compatibility hooks (onChange on inputs, among others) would change every other component.
 * The layer has no access to the surrounding context: pass what it needs as props.
 */
export function BodyLayer({ children }: { children: ComponentChildren }) {
  const [host] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    document.body.appendChild(host);
    return () => {
      render(null, host);
      host.remove();
    };
  }, []);
  useLayoutEffect(() => {
    render(<>{children}</>, host);
  });
  return null;
}
