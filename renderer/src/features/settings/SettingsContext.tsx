import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain/settings';
import { api, ApiError } from '../../api';

export interface SettingsContextValue {
  settings: Settings;
  /** True once settings:get answered (or failed, then the defaults stand). */
  loaded: boolean;
  loadError: ApiError | null;
  /**
   * Applies the patch at once (so a language switch is immediate), then stores it with
   * settings:set; on failure the previous value comes back and the error is thrown.
   */
  update: (patch: Partial<Settings>) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const current = useRef(settings);
  current.current = settings;

  useEffect(() => {
    let live = true;
    api.call('settings:get', {}).then(
      (s) => {
        if (!live) return;
        setSettings(s);
        setLoaded(true);
      },
      (error: unknown) => {
        if (!live) return;
        setLoadError(error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }, 'settings:get'));
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback(async (patch: Partial<Settings>) => {
    const before = current.current;
    setSettings({ ...before, ...patch });
    try {
      const saved = await api.call('settings:set', patch);
      setSettings(saved);
      return saved;
    } catch (error) {
      setSettings((now) => {
        // Put back only the fields this patch changed.
        const restored = { ...now };
        for (const key of Object.keys(patch) as (keyof Settings)[]) {
          (restored as Record<string, unknown>)[key] = before[key];
        }
        return restored;
      });
      throw error;
    }
  }, []);

  const value = useMemo(() => ({ settings, loaded, loadError, update }), [settings, loaded, loadError, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const ctx = useContext(SettingsContext);
  if (!ctx) throw new Error('useSettings outside SettingsProvider');
  return ctx;
}
