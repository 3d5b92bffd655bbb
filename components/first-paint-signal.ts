/** Where the popup's first-paint script (entrypoints/first-paint.ts) leaves the promise of its paint being done. */
export const FIRST_PAINT_KEY = 'popupFirstPaint';

/** Resolves once the first-paint script has painted (or found nothing current to paint); at once if it never ran. */
export function firstPaintDone(): Promise<void> {
  const done = (globalThis as Record<string, unknown>)[FIRST_PAINT_KEY];
  return done instanceof Promise ? done.then(() => undefined) : Promise.resolve();
}
