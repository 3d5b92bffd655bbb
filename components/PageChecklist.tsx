import { formatDateVi } from '@/utils/domain/period';
import type { PageChecklist as Checklist } from '@/utils/view/page-checklist';
import { useStrings } from './strings';

/** "Trang cần mở": the kinds of page the period still lacks, with the dates to pick and the clerk's own links. */
export function PageChecklist({ checklist }: { checklist: Checklist }) {
  const s = useStrings();
  const range = s.checklistRange(formatDateVi(checklist.from), formatDateVi(checklist.to));
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{s.checklistTitle}</h2>
      {!checklist.ended && <p class="not-ended">{s.checklistNotEnded(formatDateVi(checklist.to))}</p>}
      {checklist.missing.length === 0 ? (
        <p>{s.checklistComplete}</p>
      ) : (
        <>
          <p>{s.checklistLead(range)}</p>
          <ul>
            {checklist.missing.map(({ kind, url }) => (
              <li key={kind}>
                {url ? (
                  <a href={url} target="_blank" rel="noreferrer" aria-label={s.checklistOpen(s.kindLabels[kind])}>
                    {s.kindLabels[kind]}
                  </a>
                ) : (
                  <>
                    <strong>{s.kindLabels[kind]}</strong> ({s.checklistNoLink})
                  </>
                )}
                {' – '}
                {range}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
