import { TEMPLATE_KEYS, type TemplateKey } from '@/utils/types';
import { DEFAULT_TEMPLATES, TEMPLATE_TITLES, templatePlaceholders } from '@/utils/report/templates';

interface Props {
  value: Partial<Record<TemplateKey, string>>;
  onChange: (value: Partial<Record<TemplateKey, string>>) => void;
}

/** One text box per report template, with its placeholders and "Khôi phục mặc định". */
export function TemplateFields({ value, onChange }: Props) {
  const set = (key: TemplateKey, text: string | undefined) => {
    const next = { ...value };
    // Saving the default text is the same as not overriding it.
    if (text === undefined || text === DEFAULT_TEMPLATES[key]) delete next[key];
    else next[key] = text;
    onChange(next);
  };
  return (
    <fieldset>
      <legend>Mẫu lời văn báo cáo</legend>
      <p class="hint">Chỗ trong dấu {'{{ }}'} được điền tự động từ số liệu của kỳ báo cáo.</p>
      {TEMPLATE_KEYS.map((key) => (
        <div key={key} class="template">
          <label>
            {`Mẫu: ${TEMPLATE_TITLES[key]}`}
            <textarea rows={6} value={value[key] ?? DEFAULT_TEMPLATES[key]} onInput={(e) => set(key, e.currentTarget.value)} />
          </label>
          <details>
            <summary>Chỗ điền tự động</summary>
            <ul class="hint">
              {Object.entries(templatePlaceholders(key)).map(([name, meaning]) => (
                <li key={name}>
                  <code>{`{{${name}}}`}</code>: {meaning}
                </li>
              ))}
            </ul>
          </details>
          <button type="button" class="secondary" aria-label={`Khôi phục mặc định: ${TEMPLATE_TITLES[key]}`} onClick={() => set(key, undefined)}>
            Khôi phục mặc định
          </button>
        </div>
      ))}
    </fieldset>
  );
}
