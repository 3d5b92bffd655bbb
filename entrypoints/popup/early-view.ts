// Imported first by main.tsx: asks extension storage for the stored first screen while the rest of the popup's
// code is still being evaluated.
import { readStoredView } from '@/utils/store/popup-view-store';

export const stored = readStoredView();
