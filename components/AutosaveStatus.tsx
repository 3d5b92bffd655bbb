import type { SaveState } from '@/utils/view/use-debounced-save';
import { useStrings } from './strings';

/** What the automatic save is doing, read out by screen readers; a failed save says the words are still on the page. */
export function AutosaveStatus({ state }: { state: SaveState }) {
  const s = useStrings();
  const text = { idle: '', pending: s.autosaving, saved: s.autosaved, failed: s.autosaveFailed }[state];
  return (
    <span role="status" class={state === 'failed' ? 'missing' : 'hint'}>
      {text}
    </span>
  );
}
