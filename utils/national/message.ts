/**
 * The messages the main-world observer sends to the isolated bridge (on the
 * port it hands over at document_start), and the strict checks the bridge
 * applies before reading them. Raw text only: all parsing happens in the
 * isolated world.
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

/** The observer's one window message: it carries the port all data then travels on. */
export const NATIONAL_PORT = 'bao-cao-cchc-766-port';

/** What the bridge needs from a `message` event (a MessageEvent satisfies it). */
export interface PortEventLike {
  source: unknown;
  origin: string;
  data: unknown;
  ports: readonly MessagePort[];
}

/**
 * The observer's port, from the first window message of this very window, own origin,
 * exact shape and one port; null for anything else. The observer posts it at
 * document_start, before any page script runs, so the first one is the observer's; the
 * bridge takes only that one, and reads data only from that port, never from the window
 * (any script on the page can post to the window, none can post on the port).
 */
export function acceptNationalPort(event: PortEventLike, self: { location: { origin: string } }): MessagePort | null {
  if (event.source !== self || event.origin !== self.location.origin || event.ports.length !== 1) return null;
  const { data } = event;
  if (typeof data !== 'object' || data === null || Object.keys(data).join() !== 'source') return null;
  return (data as { source: unknown }).source === NATIONAL_PORT ? (event.ports[0] ?? null) : null;
}
