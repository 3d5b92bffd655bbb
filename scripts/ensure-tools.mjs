// `npm test` needs Debian's Chromium (browser tests) and LibreOffice + poppler (Word-fidelity test).
import { CHROMIUM, ensureDebianPackages } from './lib/chromium.mjs';

ensureDebianPackages([
  [CHROMIUM, 'chromium'],
  ['soffice', 'libreoffice-writer-nogui'],
  ['pdftoppm', 'poppler-utils'],
]);
