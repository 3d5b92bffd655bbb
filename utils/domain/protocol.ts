/**
 * The one message protocol between content scripts, extension pages and the
 * background: each request type with the reply it gets. Types only, so content
 * scripts pay nothing for it; the background checks every request against the
 * schemas (utils/store/schemas.ts) before acting on it. Here, below every layer that
 * speaks it: content scripts (capture, national), the store and the pages.
 */
import type { FieldKey, PageReport, Settings } from './types';

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

export interface Protocol extends TeachProtocol {
  /** A content script read a page (a back office table, or the national index's JSON). */
  capture: { request: { type: 'capture'; report: PageReport }; reply: CaptureReply };
  /** A content script found a statistics page: the background injects the table reader into its frame. */
  /** A content script asks what it needs to read a page. */
  /** `reader`: also inject the table reader into the sender's frame (first read of a frame), in the same round trip. */
  getPageSettings: { request: { type: 'getPageSettings'; reader?: true }; reply: PageSettings & { rules?: TaughtEntry[] } };
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

// --- Teach mode ("Chỉ cách đọc bảng này", issue 11) ---

/** A header key (normalised header path) and the field taught for it (null = "Không dùng"). */
export type TaughtEntry = [key: string, field: FieldKey | null];

/** One numeric column of a table the clerk may teach: header path as shown, what the engine reads, a few of its numbers. */
export interface TeachColumnView {
  header: string[];
  /** What the extraction reads it as now (with the rules already taught); null = nothing. */
  field: FieldKey | null;
  /** What the synonym table alone reads it as (no taught rule). */
  engine: FieldKey | null;
  /** Up to 3 of the column's numbers as shown (never a row label, never a long digit run). */
  samples: string[];
}

/** The table a content script offers for teaching; the origin is the sender's, added by the background. */
export interface TeachTableView {
  columns: TeachColumnView[];
}

export type TeachSaveReply = { ok: true; saved: number; reread: string[] | null } | { ok: false };

/** Requests of teach mode; the table travels content script → background → teach page, never in an address. */
export interface TeachProtocol {
  /** Content script: the clerk pressed "Chỉ cách đọc bảng này"; the background keeps the table and opens the teach page. */
  teachOpen: { request: { type: 'teachOpen'; table: TeachTableView }; reply: { ok: boolean } };
  /** Teach page: the table kept under its token. */
  teachGet: { request: { type: 'teachGet'; token: string }; reply: { ok: true; origin: string; table: TeachTableView } | { ok: false } };
  /** Teach page: "Lưu cách đọc" with one choice per column (same order); the tab then reads the page again. */
  teachSave: { request: { type: 'teachSave'; token: string; fields: (FieldKey | null)[] }; reply: TeachSaveReply };
  /** Background → the content script of the taught tab: read the page again now; replies with the notice's lines. */
  reread: { request: { type: 'reread' }; reply: { lines: string[] } };
}
