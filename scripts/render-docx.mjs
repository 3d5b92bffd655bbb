// Renders a report .docx to PDF and PNG pages so a person can look at it:
//   node scripts/render-docx.mjs [report.docx] [outdir]
// Without arguments it renders the sample that the LibreOffice test writes
// (`npx vitest run tests/unit/report/libreoffice.test.ts` → .tmp/report/bao-cao-mau.docx).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { convertWithLibreOffice, findSoffice } from './lib/soffice.mjs';

const input = path.resolve(process.argv[2] ?? '.tmp/report/bao-cao-mau.docx');
const outDir = path.resolve(process.argv[3] ?? path.dirname(input));

if (!findSoffice()) {
  console.error('Không tìm thấy LibreOffice (soffice). Cài: apt-get install -y libreoffice-writer-nogui poppler-utils');
  process.exit(1);
}
if (!fs.existsSync(input)) {
  console.error(`Không có tệp ${input}. Tạo tệp mẫu: npx vitest run tests/unit/report/libreoffice.test.ts`);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
const pdf = convertWithLibreOffice(input, 'pdf', outDir);
const prefix = path.join(outDir, path.parse(input).name);
const png = spawnSync('pdftoppm', ['-png', '-r', '100', pdf, prefix], { encoding: 'utf8' });
if (png.status !== 0) {
  console.error(`pdftoppm không chạy được (cài poppler-utils): ${png.stderr || png.error}`);
  process.exit(1);
}
const pages = fs.readdirSync(outDir).filter((f) => f.startsWith(path.parse(input).name) && f.endsWith('.png'));
console.log(`PDF: ${pdf}`);
for (const page of pages.sort()) console.log(`PNG: ${path.join(outDir, page)}`);
