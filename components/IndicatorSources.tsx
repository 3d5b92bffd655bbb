import { useState } from 'preact/hooks';
import { TARGET_KEYS } from '@/utils/domain/types';
import type { IndicatorRows } from '@/utils/view/popup-view';
import { SourceNote } from './SourceNote';
import { useStrings } from './strings';

/**
 * "Nguồn số liệu" of all six indicators in one disclosure, so the indicator rows stay one line each
 * and the action bar is the next stop after "Kỳ báo cáo" for the keyboard.
 */
export function IndicatorSources({ indicators }: { indicators: IndicatorRows }) {
  const s = useStrings();
  // Drawn when unfolded: formatting every source's time would cost the first screen its speed.
  const [open, setOpen] = useState(false);
  return (
    <details class="indicator-sources" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{s.dataSource}</summary>
      {open && (
      <dl>
        {TARGET_KEYS.map((key) => (
          <div key={key}>
            <dt>{indicators[key].label}</dt>
            <dd>
              <SourceNote sources={indicators[key].sources} />
            </dd>
          </div>
        ))}
      </dl>
      )}
    </details>
  );
}
