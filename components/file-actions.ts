import { backgroundNow, type ClockReading } from '@/utils/store/background-clock';
import { detailOf, type StoreProblem } from '@/utils/store/problems';
import type { ProblemMessage } from './strings/use-problem-text';

/** An action's line for the clerk; `detail`: a failure's technical part, shown folded (FormMessage). */
export type Outcome = { ok: boolean; text: string; detail?: string | undefined };

/**
 * The file the clerk chose (the input is cleared so the same file can be chosen again) with the background's
 * clock, which stamped what the file holds, or why that clock could not be read; null when nothing was chosen.
 */
export async function chosenFile(input: HTMLInputElement): Promise<({ file: File } & ClockReading) | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  return { file, ...(await backgroundNow()) };
}

/** Runs a file action; a throw becomes the clerk's message for `code` (every failure is shown). */
export async function outcomeOf(
  action: () => Promise<Outcome | null>,
  code: 'exportFailed' | 'importFailed',
  describe: (problem: StoreProblem) => ProblemMessage,
): Promise<Outcome | null> {
  try {
    return await action();
  } catch (err) {
    return { ok: false, ...describe({ code, detail: detailOf(err) }) };
  }
}
