// Loaded after the first screen is painted: Dexie and the database.
import { browser } from 'wxt/browser';
import { ReportDb } from '@/utils/store/db';
import { requestPersistentStorage } from '@/utils/store/persist';

export async function openDb(): Promise<ReportDb> {
  // Now that the first screen is up, tell the background a popup opened: it recomputes a view from another day.
  browser.runtime.connect({ name: 'popup' });
  const db = new ReportDb();
  await db.open();
  requestPersistentStorage();
  return db;
}
