import { useEffect, useRef, useState } from 'preact/hooks';

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

/**
 * Saves the latest value `delayMs` after the clerk stops typing, and at once
 * when the form goes away (period switch), the page is hidden or closed, so
 * typed words are never lost. `save` is read at call time (the latest one).
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<void>, delayMs = 600): { schedule: (value: T) => void; flush: () => Promise<boolean>; state: SaveState } {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  const mounted = useRef(true);

  /** Saves what is pending now; false when the save failed (the state says so too). */
  const flush = async (): Promise<boolean> => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return true;
    pending.current = null;
    try {
      await saveRef.current(next.value);
      if (mounted.current && !pending.current) setState('saved');
      return true;
    } catch {
      if (mounted.current) setState('failed');
      return false;
    }
  };
  const schedule = (value: T): void => {
    pending.current = { value };
    setState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  };

  useEffect(() => {
    mounted.current = true;
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      mounted.current = false;
      void flush();
    };
  }, []);

  return { schedule, flush, state };
}
