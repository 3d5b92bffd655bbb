import { useEffect, useState } from 'preact/hooks';

/**
 * Computes a value after the browser has painted what is already there, so
 * heavy but secondary parts (trend, whole report) never delay the first glance.
 */
export function useAfterPaint<T>(compute: () => T, deps: unknown[]): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setValue(compute()), 0);
    return () => clearTimeout(timer);
  }, deps);
  return value;
}
