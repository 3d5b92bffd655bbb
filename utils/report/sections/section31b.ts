/**
 * Section 3.1 b): the TTHC catalogue counts. It has no heading of its own:
 * in the report it follows "3.1. …" and the clerk's a) paragraph.
 */
import { templateSection } from './from-template';

export const section31b = templateSection('3.1b', 'Về niêm yết, công khai TTHC', 'section31b', false);
