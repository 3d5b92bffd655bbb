/**
 * What can go wrong in the store, as codes with parameters, never sentences:
 * components/strings/errors.ts turns them into the interface language.
 */

/** Why a backup file was refused, or what failed while reading or writing it. */
export type BackupProblem =
  | { code: 'backupTooLarge'; maxMb: number }
  | { code: 'backupNotJson' }
  | { code: 'backupNotOurs' }
  | { code: 'backupNewerVersion' }
  | { code: 'backupBadSettings'; path: string }
  | { code: 'backupMissingCaptures' }
  | { code: 'backupBadCapture'; index: number; path: string }
  | { code: 'backupBadManual'; index: number; path: string }
  | { code: 'backupBadNarrative'; index: number; path: string }
  | BadRule
  | { code: 'importFailed'; detail: string }
  | { code: 'exportFailed'; detail: string }
  | { code: 'deleteFailed'; detail: string };

/** Why a capture sent by a content script was not stored. */
export type CaptureProblem =
  | { code: 'captureInvalid'; path: string }
  | { code: 'captureWrongPage' }
  | { code: 'captureFailed'; detail: string };

/** What the clerk must fix before the Options form is saved. */
export type SettingsProblem =
  | { code: 'unitMissing' }
  | { code: 'cityMissing' }
  | { code: 'cutoffInvalid' }
  /** `year` absent: the default targets; `value` null: not a number. */
  | { code: 'targetInvalid'; year?: string; value: number | null }
  | { code: 'textTooLong'; max: number };

/** Teach mode: a taught rule in a backup or a rules file that is not valid. */
export type BadRule = { code: 'rulesBadRule'; index: number; path: string };

/** Why a rules file ("Nhập cách đọc bảng") was refused; size and JSON problems use the backup's codes. */
export type RulesProblem = { code: 'backupTooLarge'; maxMb: number } | { code: 'backupNotJson' } | { code: 'rulesNotOurs' } | BadRule;

/** An extension page asked the background for its clock and got no answer. */
export type ClockProblem = { code: 'backgroundSilent'; detail: string };

export type StoreProblem = BackupProblem | CaptureProblem | SettingsProblem | RulesProblem | ClockProblem;

/** An error's message for the `detail` parameters (IndexedDB, quota, …): never page or file content. */
export const detailOf = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 300);
