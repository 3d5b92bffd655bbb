/**
 * The one message protocol between content scripts, extension pages and the
 * background: each request type with the reply it gets. Types only, so content
 * scripts pay nothing for it; the background checks every request against the
 * schemas (utils/store/schemas.ts) before acting on it. Here, below every layer that
 * speaks it: content scripts (capture, national), the store and the pages.
 */
import type { PageReport, Settings } from './types';

/** 'replaced': the same page, period and unit read again within the store's replacement window, with other numbers. */
export type SaveStatus = 'stored' | 'updated' | 'replaced';

export interface SaveResult {
  status: SaveStatus;
  id: number;
}

/** The only settings a content script is given: what reading a page needs (not the signer, templates or targets). */
export type PageSettings = Pick<Settings, 'unitName' | 'cityName' | 'cutoffDay'>;

/** `error` is in the clerk's interface language (the background turns the store's code into it). */
export type CaptureReply = { ok: true; results: SaveResult[] } | { ok: false; error: string };

export interface Protocol {
  /** A content script read a page (a back office table, or the national index's JSON). */
  capture: { request: { type: 'capture'; report: PageReport }; reply: CaptureReply };
  /** A content script found a statistics page: the background injects the table reader into its frame. */
  loadReader: { request: { type: 'loadReader' }; reply: { ok: boolean } };
  /** A content script asks what it needs to read a page. */
  getPageSettings: { request: { type: 'getPageSettings' }; reply: PageSettings };
  /**
   * The background's clock: it stamps every capture, so an import checks a backup's stamps against it
   * ("not later than now"), not against the page's (which a test harness, or a wrong setting, may move).
   */
  now: { request: { type: 'now' }; reply: { now: string } };
  /** Options changed the added portal origins: re-register the table reader (extension pages only). */
  syncPortalScripts: { request: { type: 'syncPortalScripts' }; reply: { ok: boolean } };
}

export type RequestType = keyof Protocol;
export type Request<K extends RequestType = RequestType> = Protocol[K]['request'];
export type Reply<K extends RequestType> = Protocol[K]['reply'];
