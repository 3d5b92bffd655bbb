/**
 * Which drawing of the first screen the popup may paint at once: its copy in localStorage when that is current (no
 * storage round trip beside the stamp's), else the background's drawing in session storage when that is current,
 * else none (the popup then draws from the database, marked as refreshing). Never one made from older data or
 * another day: both carry the inputs they were made from (popup-view.ts isCurrent).
 */
import { readMirror, writeMirror } from '../store/first-screen-mirror';
import { readDataStamp, readDrawnScreen } from '../store/popup-view-store';
import { asFirstScreen, isCurrent, type FirstScreen } from './popup-view';

export async function readCurrentFirstScreen(todayIso: string): Promise<FirstScreen | undefined> {
  const stamp = readDataStamp();
  const copy = asFirstScreen(readMirror());
  if (copy && isCurrent(copy, await stamp, todayIso)) return copy;
  const [drawn, current] = await Promise.all([readDrawnScreen(), stamp]);
  const screen = asFirstScreen(drawn);
  if (!screen || !isCurrent(screen, current, todayIso)) return undefined;
  // The copy was missing or older (the background could not write it): the next popup paints without the round trip.
  writeMirror(screen);
  return screen;
}
