/** Test helper: parse HTML with jsdom (closer to a browser than happy-dom for computed styles). */
import { JSDOM } from 'jsdom';

export function htmlDoc(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>${body}</body></html>`).window.document;
}
