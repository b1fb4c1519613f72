import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { loadSettings, onSettingsChanged } from '../runtime';

/** The user's settings, live: a change on the options page takes effect here without a reload. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let cancelled = false;
    loadSettings()
      .then((s) => {
        if (!cancelled) setSettings(s);
      })
      .catch(() => undefined);
    const off = onSettingsChanged((s) => setSettings(s));
    return () => {
      cancelled = true;
      off();
    };
  }, []);
  return settings;
}
