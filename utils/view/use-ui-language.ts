import type { UiLanguage } from '../domain/types';
import type { ReportDb } from '../store/db';
import { getSettings } from '../store/settings';
import { useLiveQuery } from './use-live-query';

/** The pages' language ("Ngôn ngữ giao diện"), live: a page switches as soon as it is saved. Undefined while loading. */
export function useUiLanguage(db: ReportDb): UiLanguage | undefined {
  return useLiveQuery(async () => (await getSettings(db)).uiLanguage ?? 'vi', [db]);
}
