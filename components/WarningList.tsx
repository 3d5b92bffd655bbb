/** The period's data warnings (identities that fail, totals that do not add up, unreadable cells). */
export function WarningList({ warnings }: { warnings: string[] }) {
  return (
    <section role="region" aria-label="Cảnh báo số liệu" class="warnings">
      <h2>Cảnh báo số liệu</h2>
      {warnings.length === 0 ? (
        <p>Không có cảnh báo cho kỳ này.</p>
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
