/**
 * The structured text every report section produces; clipboard.ts turns it
 * into text/plain and Word-ready text/html. Texts are plain (never HTML):
 * escaping happens only when rendering.
 */
export type Block =
  /** "3.2. Kết quả giải quyết TTHC" – bold in Word. */
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  /** A "- …" line of the report; `text` has no leading dash, the renderer adds "- ". */
  | { kind: 'bullet'; text: string }
  /** `head` may be empty (no header row). */
  | { kind: 'table'; head: string[]; rows: string[][] };
