import { useEffect, useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { checkSettings, getSettings, saveSettings } from '@/utils/store/settings';
import { TEMPLATE_KEYS, type Settings, type Targets } from '@/utils/types';
import { DEFAULT_SIGNER } from '@/utils/report/letterhead';
import { TEMPLATE_TITLES, checkTemplateFor } from '@/utils/report/templates';
import { TemplateFields } from './TemplateFields';
import { FormMessage } from './FormMessage';

export const TARGET_LABELS: Record<keyof Targets, string> = {
  online: 'Chỉ tiêu: Tỷ lệ nộp hồ sơ trực tuyến (%)',
  onTime: 'Chỉ tiêu: Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (%)',
  digitized: 'Chỉ tiêu: Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)',
  reused: 'Chỉ tiêu: Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%)',
  paknSatisfied: 'Chỉ tiêu: Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị (%)',
  payment: 'Chỉ tiêu: Tỷ lệ hồ sơ thanh toán trực tuyến (%)',
};

/** Accepts "95,5" as well as "95.5". */
function parseNumberInput(text: string): number {
  return Number(text.trim().replace(',', '.'));
}

export function SettingsForm({ db }: { db: ReportDb }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  useEffect(() => {
    void getSettings(db).then(setSettings);
  }, [db]);
  if (!settings) return <p>Đang tải cài đặt…</p>;

  const update = (patch: Partial<Settings>) => setSettings({ ...settings, ...patch });
  const signer = settings.signer ?? DEFAULT_SIGNER;
  const updateTarget = (key: keyof Targets, text: string) =>
    update({ targets: { ...settings.targets, [key]: parseNumberInput(text) } });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const templateProblems = TEMPLATE_KEYS.flatMap((key) => {
      const source = settings.templates?.[key];
      return source === undefined ? [] : checkTemplateFor(key, source).map((p) => `Mẫu “${TEMPLATE_TITLES[key]}”: ${p}`);
    });
    const problems = [...checkSettings(settings), ...templateProblems];
    if (problems.length > 0) {
      setMessage({ ok: false, lines: problems });
      return;
    }
    await saveSettings(db, settings);
    setMessage({ ok: true, lines: ['Đã lưu cài đặt.'] });
  };

  return (
    <form onSubmit={onSubmit} aria-label="Cài đặt báo cáo">
      <fieldset>
        <legend>Đơn vị</legend>
        <label>
          Đơn vị báo cáo
          <input
            value={settings.unitName}
            placeholder="xã Bình Giang"
            onInput={(e) => update({ unitName: e.currentTarget.value })}
          />
        </label>
        <label>
          Tỉnh/thành phố
          <input
            value={settings.cityName}
            placeholder="thành phố Hải Phòng"
            onInput={(e) => update({ cityName: e.currentTarget.value })}
          />
        </label>
        <label>
          Ngày chốt số liệu
          <input
            type="number"
            min={1}
            max={28}
            value={settings.cutoffDay}
            onInput={(e) => update({ cutoffDay: Number(e.currentTarget.value) })}
          />
        </label>
        <p class="hint">Kỳ báo cáo tháng tính từ ngày chốt của tháng trước đến ngày liền trước ngày chốt của tháng báo cáo (Nghị định 09/2019/NĐ-CP: ngày 15).</p>
      </fieldset>
      <fieldset>
        <legend>Chỉ tiêu thành phố giao</legend>
        {(Object.keys(TARGET_LABELS) as (keyof Targets)[]).map((key) => (
          <label key={key}>
            {TARGET_LABELS[key]}
            <input
              inputMode="decimal"
              value={String(settings.targets[key]).replace('.', ',')}
              onChange={(e) => updateTarget(key, e.currentTarget.value)}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Người ký báo cáo</legend>
        <label>
          Thẩm quyền ký
          <input value={signer.role} placeholder="TM. ỦY BAN NHÂN DÂN" onInput={(e) => update({ signer: { ...signer, role: e.currentTarget.value } })} />
        </label>
        <label>
          Chức vụ người ký (mỗi dòng một dòng trong báo cáo)
          <textarea rows={2} value={signer.title} placeholder={'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'} onInput={(e) => update({ signer: { ...signer, title: e.currentTarget.value } })} />
        </label>
        <label>
          Họ tên người ký
          <input value={signer.name} onInput={(e) => update({ signer: { ...signer, name: e.currentTarget.value } })} />
        </label>
      </fieldset>
      <TemplateFields value={settings.templates ?? {}} onChange={(templates) => update({ templates })} />
      <button type="submit">Lưu</button>
      <FormMessage message={message} />
    </form>
  );
}
