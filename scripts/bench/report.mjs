// Medians, number formatting and the printed tables (Markdown, so they paste into the README as they are).
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const en = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const ms = (n) => (n < 10 ? `${en(n, 2)} ms` : n < 100 ? `${en(n, 1)} ms` : `${en(n)} ms`);
export const ratio = (n) => `${en(n, 2)}×`;
export const bytes = (n) => `${en(n)} B (${en(n / 1024, 1)} KB)`;

const OK = '✅ ĐẠT / OK';
const OVER = '❌ VƯỢT NGÂN SÁCH / OVER BUDGET';
const INFO = 'thông tin / info';

/** A row: what was measured, the figure, the budget, and `ok` true/false (null: for information). */
export function row(measure, result, budget = '–', ok = null) {
  return { measure, result, budget, ok };
}

export function printReport({ title, environment, rows, notes }) {
  const verdict = (ok) => (ok === null ? INFO : ok ? OK : OVER);
  const lines = [
    `## ${title}`,
    '',
    environment,
    '',
    '| Phép đo / Measure | Kết quả / Result | Ngân sách / Budget | Đánh giá / Verdict |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.result} | ${r.budget} | ${verdict(r.ok)} |`),
    '',
    ...notes.map((n) => `- ${n}`),
  ];
  console.log(lines.join('\n'));
  const over = rows.filter((r) => r.ok === false);
  console.log('');
  if (over.length === 0) console.log(`${OK}: mọi ngân sách đều đạt / every budget met.`);
  else {
    console.log(`${OVER}: ${over.length} mục / item(s):`);
    for (const r of over) console.log(`  - ${r.measure}: ${r.result} (ngân sách / budget ${r.budget})`);
  }
  return over.length;
}
