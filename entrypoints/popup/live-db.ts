// Loaded after the first screen is painted: Dexie and the database.
import { ReportDb } from '@/utils/store/db';
import { requestPersistentStorage } from '@/utils/store/persist';

export async function openDb(): Promise<ReportDb> {
  const db = new ReportDb();
  await db.open();
  requestPersistentStorage();
  return db;
}
