import type { UiLanguage } from '@/utils/domain/types';
import { LANGUAGE_NAMES, useStrings } from './strings';

/** "Ngôn ngữ giao diện": the pages' language; the report itself is always Vietnamese. */
export function LanguageSelect({ value, onChange }: { value: UiLanguage | undefined; onChange: (language: UiLanguage) => void }) {
  const s = useStrings();
  return (
    <label>
      {s.uiLanguageLabel}
      <select value={value ?? 'vi'} onChange={(e) => onChange(e.currentTarget.value as UiLanguage)}>
        {(Object.keys(LANGUAGE_NAMES) as UiLanguage[]).map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
