// The hook lives apart from errors.ts so that the background, which words refusals too, never bundles Preact.
import type { UiLanguage } from '@/utils/domain/types';
import type { StoreProblem } from '@/utils/store/problems';
import { problemDetail, problemText } from './errors';
import { useStrings } from './index';

/** A failure as a page shows it: the clerk's plain sentence, and the technical detail for support (shown folded). */
export interface ProblemMessage {
  text: string;
  detail?: string | undefined;
}

/** `problemText` in the language of the page's components. */
export function useProblemText(): (problem: StoreProblem) => string {
  const language: UiLanguage = useStrings().locale.startsWith('en') ? 'en' : 'vi';
  return (problem) => problemText(language, problem);
}

/**
 * `problemText` and `problemDetail` together: what a page's message line shows of a problem; `frame` puts the
 * sentence in a longer one (`s.importFailed`: "Không nhập được: …").
 */
export function useProblemMessage(): (problem: StoreProblem, frame?: (text: string) => string) => ProblemMessage {
  const describe = useProblemText();
  return (problem, frame = (text) => text) => ({ text: frame(describe(problem)), detail: problemDetail(problem) });
}
