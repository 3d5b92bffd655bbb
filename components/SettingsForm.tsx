import { useEffect, useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { checkSettings, dataYears, getSettings, saveSettings } from '@/utils/store/settings';
import { TEMPLATE_KEYS, type Settings } from '@/utils/domain/types';
import { DEFAULT_SIGNER, parentBodyLine } from '@/utils/report/letterhead';
import { TEMPLATE_TITLES, checkTemplateFor } from '@/utils/report/templates';
import { checkDraft, draftOf, type FieldProblem, type SettingsDraft } from '@/utils/view/settings-form';
import { TemplateFields } from './TemplateFields';
import { FieldMessage, FormMessage, fieldState } from './FormMessage';
import { LanguageSelect } from './LanguageSelect';
import { NameField } from './NameField';
import { TargetsFields } from './TargetsFields';
import { useStrings } from './strings';
import { useProblemText } from './strings/use-problem-text';
import { EXAMPLES } from './strings/examples';

export function SettingsForm({ db }: { db: ReportDb }) {
  const s = useStrings();
  const describe = useProblemText();
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [years, setYears] = useState<number[]>([]);
  // Fields are checked as the clerk types once a save was tried, so a fixed field loses its mark at once.
  const [tried, setTried] = useState(false);
  // A field the clerk has left is checked at once, before any save.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  useEffect(() => {
    void getSettings(db).then(async (settings) => {
      setDraft(draftOf(settings));
      setYears(await dataYears(db, settings.cutoffDay));
    });
  }, [db]);
  if (!draft) return <p>{s.loadingSettings}</p>;

  const settings = draft.settings;
  const update = (patch: Partial<Settings>) => setDraft({ ...draft, settings: { ...settings, ...patch } });
  const signer = settings.signer ?? DEFAULT_SIGNER;
  const problems = checkDraft(draft).problems.filter((p) => tried || touched.has(p.field));
  const leave = (field: string) => !touched.has(field) && setTouched(new Set([...touched, field]));
  const textOf = (p: FieldProblem): string => s.settingsFieldProblem(p, 'target' in p ? s.targetLabels[p.target] : '');
  const problemOf = (field: string): string | undefined => {
    const p = problems.find((x) => x.field === field);
    return p && textOf(p);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    const checked = checkDraft(draft);
    const templateProblems = TEMPLATE_KEYS.flatMap((key) => {
      const source = settings.templates?.[key];
      return source === undefined ? [] : checkTemplateFor(key, source).map((p) => s.templateProblem(TEMPLATE_TITLES[key], p));
    });
    if (!checked.settings || templateProblems.length > 0) {
      const fields = checked.problems.length > 0 ? [s.settingsNotSaved(checked.problems.length)] : [];
      setMessage({ ok: false, lines: [...fields, ...templateProblems] });
      return;
    }
    const storeProblems = checkSettings(checked.settings).map(describe);
    if (storeProblems.length > 0) {
      setMessage({ ok: false, lines: storeProblems });
      return;
    }
    await saveSettings(db, checked.settings);
    setDraft(draftOf(checked.settings));
    setMessage({ ok: true, lines: [s.settingsSaved] });
  };

  const nameField = (field: 'unitName' | 'cityName', label: string, placeholder: string) => (
    <NameField
      id={field}
      label={label}
      placeholder={placeholder}
      value={settings[field]}
      problem={problems.find((p) => p.field === field)}
      onInput={(value) => update({ [field]: value })}
      onBlur={() => leave(field)}
    />
  );
  const cutoffProblem = problemOf('cutoffDay');

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label={s.settingsName} noValidate>
      <fieldset>
        <legend>{s.unitLegend}</legend>
        {nameField('unitName', s.unitLabel, EXAMPLES.unit)}
        {nameField('cityName', s.cityLabel, EXAMPLES.city)}
        <label>
          {s.parentBodyLabel}
          <input
            value={settings.parentBody ?? parentBodyLine(settings)}
            aria-describedby="parent-body-hint"
            onInput={(e) => update({ parentBody: e.currentTarget.value })}
          />
        </label>
        <p class="hint" id="parent-body-hint">
          {s.parentBodyHint}
        </p>
        <label>
          {s.cutoffLabel}
          <input inputMode="numeric" {...fieldState('cutoffDay', cutoffProblem)} value={draft.cutoffText} onInput={(e) => setDraft({ ...draft, cutoffText: e.currentTarget.value })} onBlur={() => leave('cutoffDay')} />
        </label>
        <FieldMessage id="cutoffDay-error" text={cutoffProblem} />
        <p class="hint">{s.cutoffHint}</p>
        <LanguageSelect value={settings.uiLanguage} onChange={(uiLanguage) => update({ uiLanguage })} />
      </fieldset>
      <TargetsFields
        texts={draft.targetTexts}
        onChange={(targetTexts) => setDraft({ ...draft, targetTexts })}
        thisYear={new Date().getFullYear()}
        dataYears={years}
        problemOf={problemOf}
        onLeave={leave}
      />
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
      {/* Sticky: the one "Lưu" stays in view on a long page, its outcome beside it. */}
      <div class="savebar">
        <button type="submit">{s.save}</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
