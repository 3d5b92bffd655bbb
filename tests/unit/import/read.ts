// Reads a fixture export the way Options does, with jsdom as the scratch document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readExportFile, type FileResult } from '@/utils/import/export-file';
import type { ExtractOptions } from '@/utils/extract';

export const DIR = join(__dirname, '../../fixtures/excel');
export const OPTIONS: ExtractOptions = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

export function chosenFile(name: string, bytes: Uint8Array = readFileSync(join(DIR, name))) {
  // A copy: a Buffer may be a view of a shared pool, whose `.buffer` holds other bytes too.
  return { name, size: bytes.length, arrayBuffer: async () => new Uint8Array(bytes).buffer };
}

export function readFixture(name: string, options: ExtractOptions = OPTIONS): Promise<FileResult> {
  return readExportFile(chosenFile(name), new JSDOM('').window.document, options);
}
