// `npm test` needs Debian's Chromium (browser tests), Firefox ESR (Firefox smoke test) and LibreOffice + poppler (Word-fidelity test).
import { CHROMIUM, ensureDebianPackages } from './lib/chromium.mjs';

ensureDebianPackages([
  [CHROMIUM, 'chromium'],
  ['firefox-esr', 'firefox-esr'],
  ['soffice', 'libreoffice-writer-nogui'],
  ['pdftoppm', 'poppler-utils'],
]);
