/**
 * Section 3.2 "Kết quả giải quyết TTHC": the dossier counts sentence and the
 * six indicator lines. With the seed's numbers it reproduces the seed text
 * exactly (tests/unit/report/fixtures/seed-section32.txt).
 */
import { templateSection } from './from-template';

export const section32 = templateSection('3.2', 'Kết quả giải quyết TTHC', 'section32', true);
