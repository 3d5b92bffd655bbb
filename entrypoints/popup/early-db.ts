// Imported first by main.tsx: starts opening IndexedDB while the rest of the popup's code is still being evaluated.
import { ReportDb } from '@/utils/store/db';

export const db = new ReportDb();
void db.open().catch(() => undefined); // a failed open surfaces again on the first query
