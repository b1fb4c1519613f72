/**
 * A component whose code loads when it is first needed (or earlier, with `preload`), so a page's first
 * script stays small: the popup's closing step and next-step form are not on its first paint. Renders
 * nothing until the code is there; the load is one local file from the extension itself.
 */
import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> {
  (props: P): VNode | null;
  /** Starts loading now (once); resolves when the component can render. */
  preload(): Promise<void>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (err: unknown) => {
        // A failed load may be retried by the next render.
        pending = undefined;
        console.warn('Baskets: a part of this page could not be loaded', err);
      },
    ));
  function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      void preload().then(() => {
        if (live && loaded) setComponent(() => loaded);
      });
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  }
  Lazy.preload = preload;
  return Lazy;
}
