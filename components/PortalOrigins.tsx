import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { getSettings, savePortalOrigins } from '@/utils/store/settings';
import { parseOrigin } from '@/utils/domain/origins';
import { askBackground } from '@/utils/store/send';
import { useLiveQuery } from '@/utils/view/use-live-query';
import { useStrings } from './strings';
import { EXAMPLES } from './strings/examples';

/** Another province's back office: the clerk adds its address; the browser asks for permission on that site only. */
export function PortalOrigins({ db }: { db: ReportDb }) {
  const s = useStrings();
  const origins = useLiveQuery(async () => (await getSettings(db)).portalOrigins ?? [], [db]) ?? [];
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const add = async () => {
    const check = parseOrigin(input);
    if (!check.ok) return setMessage({ ok: false, text: s.originProblem(check.problem) });
    // Must be the first await of the click: the browser only asks inside a user gesture.
    const granted = await browser.permissions.request({ origins: [check.pattern] });
    if (!granted) return setMessage({ ok: false, text: s.portalDenied(check.origin) });
    await savePortalOrigins(db, [...origins, check.origin]);
    await askBackground({ type: 'syncPortalScripts' });
    setInput('');
    setMessage({ ok: true, text: s.portalAddedText(check.origin) });
  };

  const remove = async (origin: string) => {
    await savePortalOrigins(db, origins.filter((o) => o !== origin));
    await askBackground({ type: 'syncPortalScripts' });
    await browser.permissions.remove({ origins: [`${origin}/*`] });
    setMessage({ ok: true, text: s.portalRemoved(origin) });
  };

  return (
    <fieldset>
      <legend>{s.portalsLegend}</legend>
      <p class="hint">{s.portalsHint}</p>
      <div class="row">
        <label>
          {s.portalAddress}
          <input value={input} placeholder={EXAMPLES.portal} onInput={(e) => setInput(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => void add()}>
          {s.addPortal}
        </button>
      </div>
      {origins.length > 0 && (
        <ul aria-label={s.portalsAdded}>
          {origins.map((o) => (
            <li key={o}>
              {o}{' '}
              <button type="button" class="secondary" aria-label={s.removePortalOf(o)} onClick={() => void remove(o)}>
                {s.removePortal}
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
