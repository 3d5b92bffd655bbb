// The popup's own code starts once its first screen is painted (entrypoints/first-paint.ts), so as not to hold up
// that frame: nothing is imported before, then app.tsx draws the first screen live in place of the painted one.
import { firstPaintDone } from '@/components/first-paint-signal';

void firstPaintDone()
  .then(() => import('./app'))
  .then((app) => app.start());
