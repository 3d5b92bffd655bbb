import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { saveSettings } from '@/utils/store/settings';
import type { Settings } from '@/utils/types';

/** First use: the two settings every report needs, right in the popup. */
export function FirstRunForm({ db, settings }: { db: ReportDb; settings: Settings }) {
  const [unitName, setUnit] = useState('');
  const [cityName, setCity] = useState(settings.cityName);
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!unitName.trim() || !cityName.trim()) return setError('Hãy nhập cả đơn vị báo cáo và tỉnh/thành phố.');
    await saveSettings(db, { ...settings, unitName, cityName });
  };
  return (
    <form class="first-run" aria-label="Bắt đầu sử dụng" onSubmit={(e) => void submit(e)}>
      <p>
        <strong>Lần đầu dùng:</strong> nhập đơn vị của anh/chị. Các chỉ tiêu và ngày chốt số liệu có thể sửa sau trong “Cài đặt”.
      </p>
      <label>
        Đơn vị báo cáo
        <input value={unitName} placeholder="xã Bình Giang" onInput={(e) => setUnit(e.currentTarget.value)} />
      </label>
      <label>
        Tỉnh/thành phố
        <input value={cityName} placeholder="thành phố Hải Phòng" onInput={(e) => setCity(e.currentTarget.value)} />
      </label>
      <button type="submit">Lưu đơn vị</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
