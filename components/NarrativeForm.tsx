import { useState } from 'preact/hooks';
import { NARRATIVE_KEYS, type Narrative } from '@/utils/domain/types';
import { NARRATIVE_TITLES } from '@/utils/report/narrative';
import { COMMON_PLACEHOLDERS } from '@/utils/report/templates/common-view';
import { checkTemplate } from '@/utils/report/templates';
import { FormMessage } from './FormMessage';
import { useStrings } from './strings';

interface Props {
  /** The text to start from (saved for the period, or carried forward). */
  initial: Narrative;
  onSave: (texts: Narrative) => Promise<void>;
}

const KNOWN = Object.keys(COMMON_PLACEHOLDERS);

/** The clerk's own parts of the report, one text box each; placeholders like {{don_vi}} are filled in. */
export function NarrativeForm({ initial, onSave }: Props) {
  const s = useStrings();
  const [texts, setTexts] = useState<Narrative>(initial);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems = NARRATIVE_KEYS.flatMap((key) => checkTemplate(texts[key], KNOWN).map((p) => `${NARRATIVE_TITLES[key]}: ${s.templateProblemText(p)}`));
    if (problems.length > 0) {
      setMessage({ ok: false, lines: problems });
      return;
    }
    await onSave(texts);
    setMessage({ ok: true, lines: [s.narrativeSaved] });
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={s.narrativeTitle}>
      <details>
        <summary>{s.narrativePlaceholders}</summary>
        <ul class="hint">
          {Object.entries(COMMON_PLACEHOLDERS).map(([name, meaning]) => (
            <li key={name}>
              <code>{`{{${name}}}`}</code>: {meaning}
            </li>
          ))}
        </ul>
      </details>
      {NARRATIVE_KEYS.map((key) => (
        <label key={key}>
          {NARRATIVE_TITLES[key]}
          <textarea rows={key === 'direction' ? 8 : 4} value={texts[key]} onInput={(e) => setTexts({ ...texts, [key]: e.currentTarget.value })} />
        </label>
      ))}
      <button type="submit">{s.saveNarrative}</button>
      <FormMessage message={message} />
    </form>
  );
}
