/**
 * Runs in the page's own world (document_start): wraps `fetch` and
 * `XMLHttpRequest` to read copies of the national index's responses, and
 * hands them, with the request body, to `send` (the entrypoint's private
 * port to the isolated bridge).
 * It never changes a request or a response and never sends a request itself;
 * any failure of its own is swallowed so the page works as if it were absent.
 */
import { evaluationEndpoint, isObservedRequest, OLD_REST_PATH } from './endpoints';
import { MAX_REQUEST_CHARS, MAX_RESPONSE_CHARS, NATIONAL_SOURCE, type NationalMessage } from './message';

export interface ObservedWindow {
  fetch: typeof fetch;
  XMLHttpRequest: { prototype: XMLHttpRequest };
  location: { origin: string; href: string };
}

/** Where the copies go (never the window: any script there could read or forge them). */
export type SendCopy = (message: NationalMessage) => void;

const INSTALLED = Symbol.for('bao-cao-cchc-766-observer');

/** The path of a same-origin URL that may be one of ours (rest.jsp still needs its body checked). */
function candidatePath(url: string, win: ObservedWindow): string | null {
  const u = new URL(url, win.location.href);
  if (u.origin !== win.location.origin) return null;
  return evaluationEndpoint(u.pathname) || u.pathname === OLD_REST_PATH ? u.pathname : null;
}

/** A request body as text, without consuming it; null when it is not text-like. */
export function bodyText(body: unknown): string | null {
  let text: string | null = null;
  if (typeof body === 'string') text = body;
  else if (body instanceof URLSearchParams) text = body.toString();
  else if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const form = new URLSearchParams();
    body.forEach((value, key) => typeof value === 'string' && form.append(key, value));
    text = form.toString();
  }
  return text !== null && text.length <= MAX_REQUEST_CHARS ? text : null;
}

function post(copy: SendCopy, endpoint: string, request: string | null, response: string): void {
  if (response.length > MAX_RESPONSE_CHARS) return;
  copy({ source: NATIONAL_SOURCE, endpoint, request, response });
}

function wrapFetch(win: ObservedWindow, copy: SendCopy): void {
  const original = win.fetch;
  win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>): Promise<Response> {
    let watch: { path: string; body: Promise<string | null> } | null = null;
    try {
      const [input, init] = args;
      const path = candidatePath(input instanceof Request ? input.url : String(input), win);
      if (path !== null) {
        // Copy a Request's body before the real fetch reads it; init.body wins over it, as in fetch itself.
        const body =
          init?.body != null
            ? Promise.resolve(bodyText(init.body))
            : input instanceof Request
              ? input.clone().text().then(bodyText, () => null)
              : Promise.resolve(null);
        watch = { path, body };
      }
    } catch {
      watch = null;
    }
    const result = Reflect.apply(original, this, args) as Promise<Response>;
    if (watch) {
      const { path, body } = watch;
      // Registered before the page's own handlers, so the copy is taken before the page reads the body.
      result.then(
        (res) => {
          if (!res.ok) return;
          const clone = res.clone();
          void Promise.all([body, clone.text()]).then(
            ([request, text]) => isObservedRequest(path, request) && post(copy, path, request, text),
            () => undefined,
          );
        },
        () => undefined,
      );
    }
    return result;
  };
}

function xhrText(xhr: XMLHttpRequest): string | null {
  if (xhr.status < 200 || xhr.status >= 300) return null;
  if (xhr.responseType === '' || xhr.responseType === 'text') return xhr.responseText;
  if (xhr.responseType === 'json') return xhr.response === null ? null : JSON.stringify(xhr.response);
  return null;
}

function wrapXhr(win: ObservedWindow, copy: SendCopy): void {
  const proto = win.XMLHttpRequest.prototype;
  const paths = new WeakMap<XMLHttpRequest, string>();
  const open = proto.open;
  const send = proto.send;
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]): void {
    try {
      const path = candidatePath(String(args[1]), win);
      if (path === null) paths.delete(this);
      else paths.set(this, path);
    } catch {
      paths.delete(this);
    }
    Reflect.apply(open, this, args);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, ...args: unknown[]): void {
    try {
      const path = paths.get(this);
      const request = bodyText(args[0]);
      if (path !== undefined && isObservedRequest(path, request)) {
        this.addEventListener('loadend', () => {
          try {
            const text = xhrText(this);
            if (text !== null) post(copy, path, request, text);
          } catch {
            // never disturb the page
          }
        });
      }
    } catch {
      // never disturb the page
    }
    Reflect.apply(send, this, args);
  } as typeof proto.send;
}

/** Installs the observer once per window; false when it was already there. */
export function installObserver(win: ObservedWindow, copy: SendCopy): boolean {
  const marked = win as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return false;
  Object.defineProperty(win, INSTALLED, { value: true });
  wrapFetch(win, copy);
  wrapXhr(win, copy);
  return true;
}
