import { useState } from 'preact/hooks';
import { TEMPLATE_KEYS, type TemplateKey } from '@/utils/domain/types';
import { DEFAULT_TEMPLATES, TEMPLATE_TITLES, templatePlaceholders } from '@/utils/report/templates';
import { useStrings } from './strings';

interface Props {
  value: Partial<Record<TemplateKey, string>>;
  onChange: (value: Partial<Record<TemplateKey, string>>) => void;
}

/** One text box per report template, with its placeholders and "Khôi phục mặc định". */
export function TemplateFields({ value, onChange }: Props) {
  const s = useStrings();
  // The clerk's text before the last "Khôi phục mặc định", for "Hoàn tác".
  const [restored, setRestored] = useState<{ key: TemplateKey; previous: string } | null>(null);
  const restore = (key: TemplateKey) => {
    const previous = value[key];
    setRestored(previous === undefined ? null : { key, previous });
    set(key, undefined);
  };
  const set = (key: TemplateKey, text: string | undefined) => {
    const next = { ...value };
    // Saving the default text is the same as not overriding it.
    if (text === undefined || text === DEFAULT_TEMPLATES[key]) delete next[key];
    else next[key] = text;
    onChange(next);
  };
  return (
    <fieldset>
      <legend>{s.templatesLegend}</legend>
      <p class="hint">{s.templatesHint}</p>
      {TEMPLATE_KEYS.map((key) => (
        <div key={key} class="template">
          <label>
            {s.templateLabel(TEMPLATE_TITLES[key])}
            <textarea rows={6} value={value[key] ?? DEFAULT_TEMPLATES[key]} onInput={(e) => set(key, e.currentTarget.value)} />
          </label>
          <details>
            <summary>{s.templatePlaceholders}</summary>
            <ul class="hint">
              {Object.entries(templatePlaceholders(key)).map(([name, meaning]) => (
                <li key={name}>
                  <code>{`{{${name}}}`}</code>: {meaning}
                </li>
              ))}
            </ul>
          </details>
          <button type="button" class="secondary" aria-label={s.restoreDefaultOf(TEMPLATE_TITLES[key])} onClick={() => restore(key)}>
            {s.restoreDefault}
          </button>
          {restored?.key === key && (
            <p role="status">
              {s.restoredDefault(TEMPLATE_TITLES[key])}{' '}
              <button
                type="button"
                class="secondary"
                aria-label={s.undoOf(TEMPLATE_TITLES[key])}
                onClick={() => {
                  set(key, restored.previous);
                  setRestored(null);
                }}
              >
                {s.undo}
              </button>
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
