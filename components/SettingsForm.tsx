import { useEffect, useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { checkSettings, getSettings, saveSettings } from '@/utils/store/settings';
import { TEMPLATE_KEYS, type Settings } from '@/utils/domain/types';
import { DEFAULT_SIGNER } from '@/utils/report/letterhead';
import { TEMPLATE_TITLES, checkTemplateFor } from '@/utils/report/templates';
import { TemplateFields } from './TemplateFields';
import { FormMessage } from './FormMessage';
import { LanguageSelect } from './LanguageSelect';
import { TargetsFields } from './TargetsFields';
import { useStrings } from './strings';
import { useProblemText } from './strings/use-problem-text';
import { EXAMPLES } from './strings/examples';

export function SettingsForm({ db }: { db: ReportDb }) {
  const s = useStrings();
  const describe = useProblemText();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  useEffect(() => {
    void getSettings(db).then(setSettings);
  }, [db]);
  if (!settings) return <p>{s.loadingSettings}</p>;

  const update = (patch: Partial<Settings>) => setSettings({ ...settings, ...patch });
  const signer = settings.signer ?? DEFAULT_SIGNER;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const templateProblems = TEMPLATE_KEYS.flatMap((key) => {
      const source = settings.templates?.[key];
      return source === undefined ? [] : checkTemplateFor(key, source).map((p) => s.templateProblem(TEMPLATE_TITLES[key], p));
    });
    const problems = [...checkSettings(settings).map(describe), ...templateProblems];
    if (problems.length > 0) {
      setMessage({ ok: false, lines: problems });
      return;
    }
    await saveSettings(db, settings);
    setMessage({ ok: true, lines: [s.settingsSaved] });
  };

  return (
    <form onSubmit={onSubmit} aria-label={s.settingsName}>
      <fieldset>
        <legend>{s.unitLegend}</legend>
        <label>
          {s.unitLabel}
          <input
            value={settings.unitName}
            placeholder={EXAMPLES.unit}
            onInput={(e) => update({ unitName: e.currentTarget.value })}
          />
        </label>
        <label>
          {s.cityLabel}
          <input
            value={settings.cityName}
            placeholder={EXAMPLES.city}
            onInput={(e) => update({ cityName: e.currentTarget.value })}
          />
        </label>
        <label>
          {s.cutoffLabel}
          <input
            type="number"
            min={1}
            max={28}
            value={settings.cutoffDay}
            onInput={(e) => update({ cutoffDay: Number(e.currentTarget.value) })}
          />
        </label>
        <p class="hint">{s.cutoffHint}</p>
        <LanguageSelect value={settings.uiLanguage} onChange={(uiLanguage) => update({ uiLanguage })} />
      </fieldset>
      <TargetsFields settings={settings} update={update} thisYear={new Date().getFullYear()} />
      <fieldset>
        <legend>{s.signerLegend}</legend>
        <label>
          {s.signerRole}
          <input value={signer.role} placeholder={EXAMPLES.signerRole} onInput={(e) => update({ signer: { ...signer, role: e.currentTarget.value } })} />
        </label>
        <label>
          {s.signerTitle}
          <textarea rows={2} value={signer.title} placeholder={EXAMPLES.signerTitle} onInput={(e) => update({ signer: { ...signer, title: e.currentTarget.value } })} />
        </label>
        <label>
          {s.signerName}
          <input value={signer.name} onInput={(e) => update({ signer: { ...signer, name: e.currentTarget.value } })} />
        </label>
      </fieldset>
      <TemplateFields value={settings.templates ?? {}} onChange={(templates) => update({ templates })} />
      <button type="submit">{s.save}</button>
      <FormMessage message={message} />
    </form>
  );
}
