/**
 * The one message the main-world observer posts to the isolated bridge, and
 * the strict check the bridge applies before reading it. Raw text only: all
 * parsing happens in the isolated world.
 */
import { evaluationEndpoint, OLD_REST_PATH } from './endpoints';

export const NATIONAL_SOURCE = 'bao-cao-cchc-766';

export interface NationalMessage {
  source: typeof NATIONAL_SOURCE;
  /** Path of the request, e.g. "/api/v1/reporting/evaluation/dossier-digitized". */
  endpoint: string;
  /** The request body as text (JSON, or form-encoded for rest.jsp); null when it was not text. */
  request: string | null;
  /** The response body as text. */
  response: string;
}

/** Far above any real response (≈170 kB for a province of 160 units), far below harm. */
export const MAX_RESPONSE_CHARS = 20_000_000;
export const MAX_REQUEST_CHARS = 100_000;

const KEYS = ['endpoint', 'request', 'response', 'source'];

export function isNationalMessage(x: unknown): x is NationalMessage {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const keys = Object.keys(x).sort();
  if (keys.length !== KEYS.length || keys.some((k, i) => k !== KEYS[i])) return false;
  const { source, endpoint, request, response } = x as Record<string, unknown>;
  if (source !== NATIONAL_SOURCE || typeof endpoint !== 'string') return false;
  if (!evaluationEndpoint(endpoint) && endpoint !== OLD_REST_PATH) return false;
  if (request !== null && (typeof request !== 'string' || request.length > MAX_REQUEST_CHARS)) return false;
  return typeof response === 'string' && response.length <= MAX_RESPONSE_CHARS;
}

/** What the bridge needs from a `message` event (a MessageEvent satisfies it). */
export interface MessageLike {
  source: unknown;
  origin: string;
  data: unknown;
}

/**
 * Accepts only a message this very window posted to itself, from its own
 * origin, with the exact shape; anything else (other frames, other origins,
 * other scripts' messages) gives null.
 */
export function acceptNationalMessage(event: MessageLike, self: { location: { origin: string } }): NationalMessage | null {
  if (event.source !== self || event.origin !== self.location.origin) return null;
  return isNationalMessage(event.data) ? event.data : null;
}
