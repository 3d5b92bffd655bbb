import { useState } from 'preact/hooks';
import { NARRATIVE_KEYS, type Narrative } from '@/utils/domain/types';
import { NARRATIVE_TITLES } from '@/utils/report/narrative';
import { COMMON_PLACEHOLDERS } from '@/utils/report/templates/common-view';
import { NARRATIVE_PLACEHOLDERS } from '@/utils/report/templates/narrative-text';
import { FACT_KEYS, FACT_PLACEHOLDERS, isFactKey } from '@/utils/report/facts';
import { checkTemplate } from '@/utils/report/templates';
import { useDebouncedSave } from '@/utils/view/use-debounced-save';
import { AutosaveStatus } from './AutosaveStatus';
import { FormMessage } from './FormMessage';
import { useStrings } from './strings';

interface Props {
  /** The text to start from (saved for the period, or carried forward). */
  initial: Narrative;
  /** Saves for the form's period (the form is keyed by period, so a switch saves what was typed for the old one first). */
  onSave: (texts: Narrative) => Promise<void>;
  /** The label of the period the text was carried from, when none is saved for this one: its facts are flagged. */
  carriedFrom?: string;
}

const COMMON = Object.keys(COMMON_PLACEHOLDERS);
/** Facts may name the common placeholders; the other parts the facts too. */
const knownFor = (key: keyof Narrative): readonly string[] => (isFactKey(key) ? COMMON : NARRATIVE_PLACEHOLDERS);

/** The clerk's own parts of the report, one text box each, saved as the clerk types; placeholders like {{don_vi}} are filled in. */
export function NarrativeForm({ initial, onSave, carriedFrom }: Props) {
  const s = useStrings();
  const [texts, setTexts] = useState<Narrative>(initial);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const autosave = useDebouncedSave(onSave);
  // A template mistake is shown, never a reason to drop the clerk's words: the text is saved as typed.
  const problems = NARRATIVE_KEYS.flatMap((key) => checkTemplate(texts[key], knownFor(key)).map((p) => `${NARRATIVE_TITLES[key]}: ${s.templateProblemText(p)}`));

  const submit = async (event: Event) => {
    event.preventDefault();
    autosave.schedule(texts);
    if (!(await autosave.flush())) return setMessage({ ok: false, lines: [s.autosaveFailed] });
    setMessage(problems.length > 0 ? { ok: false, lines: problems } : { ok: true, lines: [s.narrativeSaved] });
  };
  const edit = (key: keyof Narrative, text: string) => {
    const next = { ...texts, [key]: text };
    setTexts(next);
    setMessage(null);
    autosave.schedule(next);
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={s.narrativeTitle}>
      <details>
        <summary>{s.narrativePlaceholders}</summary>
        <ul class="hint">
          {Object.entries({ ...COMMON_PLACEHOLDERS, ...FACT_PLACEHOLDERS }).map(([name, meaning]) => (
            <li key={name}>
              <code>{`{{${name}}}`}</code>: {meaning}
            </li>
          ))}
        </ul>
      </details>
      <fieldset>
        <legend>{s.factsTitle}</legend>
        <p class="hint" id="facts-hint">{s.factsHint}</p>
        {carriedFrom && <p class="missing">{s.factsCarried(carriedFrom)}</p>}
        {FACT_KEYS.map((key) => (
          <label key={key}>
            {NARRATIVE_TITLES[key]}
            <textarea rows={2} value={texts[key]} aria-invalid={texts[key].includes('…') || !texts[key].trim()} aria-describedby="facts-hint" onInput={(e) => edit(key, e.currentTarget.value)} />
          </label>
        ))}
      </fieldset>
      {NARRATIVE_KEYS.filter((key) => !isFactKey(key)).map((key) => (
        <label key={key}>
          {NARRATIVE_TITLES[key]}
          <textarea rows={key === 'direction' ? 8 : 4} value={texts[key]} onInput={(e) => edit(key, e.currentTarget.value)} />
        </label>
      ))}
      <button type="submit">{s.saveNarrative}</button>{' '}
      <AutosaveStatus state={autosave.state} />
      <FormMessage message={message ?? (problems.length > 0 ? { ok: false, lines: problems } : null)} />
    </form>
  );
}
