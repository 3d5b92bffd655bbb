import { INDICATOR_KEYS, type IndicatorSet } from '@/utils/report/indicators';
import { SourceNote } from './SourceNote';
import { useStrings } from './strings';

/**
 * "Nguồn số liệu" of all six indicators in one disclosure, so the indicator rows stay one line each
 * and the action bar is the next stop after "Kỳ báo cáo" for the keyboard.
 */
export function IndicatorSources({ indicators }: { indicators: IndicatorSet }) {
  const s = useStrings();
  return (
    <details class="indicator-sources">
      <summary>{s.dataSource}</summary>
      <dl>
        {INDICATOR_KEYS.map((key) => (
          <div key={key}>
            <dt>{indicators[key].label}</dt>
            <dd>
              <SourceNote sources={indicators[key].sources} />
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
