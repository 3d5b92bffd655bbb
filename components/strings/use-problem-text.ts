// The hook lives apart from errors.ts so that the background, which words refusals too, never bundles Preact.
import type { UiLanguage } from '@/utils/domain/types';
import type { StoreProblem } from '@/utils/store/problems';
import { problemText } from './errors';
import { useStrings } from './index';

/** `problemText` in the language of the page's components. */
export function useProblemText(): (problem: StoreProblem) => string {
  const language: UiLanguage = useStrings().locale.startsWith('en') ? 'en' : 'vi';
  return (problem) => problemText(language, problem);
}
