import { useEffect, useState } from 'preact/hooks';
import type { Application } from '../../core/application';
import { errorMessage } from '../components/format';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/** Run a read after the view has painted, again whenever `version` changes; stale answers are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    // Let the shell paint first: heavy reads (all records) never delay the first frame.
    const timer = setTimeout(() => {
      load()
        .then((value) => {
          if (!cancelled) setResult({ state: 'ready', value });
        })
        .catch((e: unknown) => {
          if (!cancelled) setResult({ state: 'error', message: errorMessage(e, 'Your data could not be read.') });
        });
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, deps);
  return result;
}

export type Records = Application[];
