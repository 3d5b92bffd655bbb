import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { getSettings, savePortalOrigins } from '@/utils/store/settings';
import { parseOrigin } from '@/utils/capture/origins';
import { useLiveQuery } from './useLiveQuery';

/** Another province's back office: the clerk adds its address; the browser asks for permission on that site only. */
export function PortalOrigins({ db }: { db: ReportDb }) {
  const origins = useLiveQuery(async () => (await getSettings(db)).portalOrigins ?? [], [db]) ?? [];
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const add = async () => {
    const check = parseOrigin(input);
    if (!check.ok) return setMessage({ ok: false, text: check.error });
    // Must be the first await of the click: the browser only asks inside a user gesture.
    const granted = await browser.permissions.request({ origins: [check.pattern] });
    if (!granted) return setMessage({ ok: false, text: `Chưa được cấp quyền đọc trang ${check.origin}; chưa thêm.` });
    await savePortalOrigins(db, [...origins, check.origin]);
    await browser.runtime.sendMessage({ type: 'syncPortalScripts' });
    setInput('');
    setMessage({ ok: true, text: `Đã thêm cổng ${check.origin}. Mở lại trang thống kê trên cổng đó để tiện ích đọc số liệu.` });
  };

  const remove = async (origin: string) => {
    await savePortalOrigins(db, origins.filter((o) => o !== origin));
    await browser.runtime.sendMessage({ type: 'syncPortalScripts' });
    await browser.permissions.remove({ origins: [`${origin}/*`] });
    setMessage({ ok: true, text: `Đã gỡ cổng ${origin} và thu hồi quyền đọc trang đó.` });
  };

  return (
    <fieldset>
      <legend>Cổng của tỉnh/thành phố khác</legend>
      <p class="hint">Tiện ích đọc sẵn các trang *.haiphong.gov.vn và dichvucong.gov.vn. Nếu hệ thống một cửa của đơn vị ở địa chỉ khác, thêm địa chỉ đó tại đây.</p>
      <div class="row">
        <label>
          Địa chỉ cổng
          <input value={input} placeholder="https://motcua.tinh.gov.vn" onInput={(e) => setInput(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => void add()}>
          Thêm cổng
        </button>
      </div>
      {origins.length > 0 && (
        <ul aria-label="Cổng đã thêm">
          {origins.map((o) => (
            <li key={o}>
              {o}{' '}
              <button type="button" class="secondary" aria-label={`Gỡ cổng ${o}`} onClick={() => void remove(o)}>
                Gỡ
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
