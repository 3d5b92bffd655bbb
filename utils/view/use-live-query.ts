import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/**
 * Re-renders whenever the Dexie query's result changes (also when the background writes).
 * It subscribes in a layout effect, so the query starts right after render; `afterPaint`
 * (fixed per call site) waits for the next frame instead, for reads the first screen does not need.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], afterPaint = false): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const useSubscription = afterPaint ? useEffect : useLayoutEffect;
  useSubscription(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error(e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
