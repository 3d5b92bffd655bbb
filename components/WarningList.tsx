import { useStrings } from './strings';

/** The period's data warnings (identities that fail, totals that do not add up, unreadable cells). */
export function WarningList({ warnings }: { warnings: string[] }) {
  const s = useStrings();
  return (
    <section role="region" aria-label={s.warningsTitle} class="warnings">
      <h2>{s.warningsTitle}</h2>
      {warnings.length === 0 ? (
        <p>{s.noWarnings}</p>
      ) : (
        <ul>
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
