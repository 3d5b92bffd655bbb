import { describe, expect, it, vi } from 'vitest';
import { installObserver, type ObservedWindow } from '@/utils/national/observe';
import { NATIONAL_SOURCE } from '@/utils/national/message';

const ORIGIN = 'https://dichvucong.gov.vn';
const API = `${ORIGIN}/api/v1/reporting/evaluation/dossier-digitized`;
const BODY = '{"timeType":"month","year":2026,"month":1}';
const RESPONSE = '{"code":"OK","data":{"overview":null,"evaluation":[]},"message":"OK"}';

class FakeXhr extends EventTarget {
  status = 0;
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = null;
  openedWith: unknown[] = [];
  sentWith: unknown[] = [];
  open(...args: unknown[]) {
    this.openedWith = args;
  }
  send(...args: unknown[]) {
    this.sentWith = args;
    queueMicrotask(() => {
      this.status = 201;
      this.responseText = RESPONSE;
      this.response = RESPONSE;
      this.dispatchEvent(new Event('loadend'));
    });
  }
}

function setup(respond: (input: unknown) => Promise<Response> = async () => new Response(RESPONSE, { status: 201 })) {
  const posted: { message: unknown; origin: string }[] = [];
  const fetchCalls: unknown[][] = [];
  const Xhr = class extends FakeXhr {};
  const win = {
    fetch: (...args: unknown[]) => {
      fetchCalls.push(args);
      return respond(args[0]);
    },
    XMLHttpRequest: Xhr,
    location: { origin: ORIGIN, href: `${ORIGIN}/danh-gia-chat-luong-phuc-vu` },
  };
  // The copies go to the entrypoint's port (here: a list), never to the window.
  expect(installObserver(win as unknown as ObservedWindow, (message) => posted.push({ message, origin: ORIGIN }))).toBe(true);
  return { win: win as unknown as ObservedWindow & { XMLHttpRequest: typeof Xhr }, posted, fetchCalls };
}

const expected = (request: string | null) => ({
  message: { source: NATIONAL_SOURCE, endpoint: '/api/v1/reporting/evaluation/dossier-digitized', request, response: RESPONSE },
  origin: ORIGIN,
});

describe('fetch observer', () => {
  it('hands the page its own response untouched and posts a copy with the request body to its own origin', async () => {
    let original: Response | undefined;
    const { win, posted, fetchCalls } = setup(async () => (original = new Response(RESPONSE, { status: 201 })));
    const init = { method: 'POST', body: BODY, headers: { 'content-type': 'application/json' } };
    const res = await win.fetch(API, init);
    expect(res).toBe(original);
    expect(fetchCalls).toEqual([[API, init]]);
    expect(fetchCalls[0]![1]).toBe(init);
    expect(await res.json()).toEqual(JSON.parse(RESPONSE)); // the page can still read its body
    await vi.waitFor(() => expect(posted).toEqual([expected(BODY)]));
  });

  it('reads a Request object’s body from a copy, leaving the page’s Request for the real fetch', async () => {
    const { win, posted, fetchCalls } = setup(async (input) => {
      expect(await (input as Request).text()).toBe(BODY); // not consumed by the observer
      return new Response(RESPONSE, { status: 201 });
    });
    const request = new Request(API, { method: 'POST', body: BODY });
    await win.fetch(request);
    expect(fetchCalls[0]![0]).toBe(request);
    await vi.waitFor(() => expect(posted).toEqual([expected(BODY)]));
  });

  it('ignores other paths, other origins, failed responses and rest.jsp calls for other services', async () => {
    const { win, posted } = setup(async (input) =>
      new Response(RESPONSE, { status: String(input).includes('fail') ? 500 : 200 }),
    );
    await win.fetch(`${ORIGIN}/api/v1/reporting/formalities`, { method: 'POST', body: '{}' });
    await win.fetch('https://example.org/api/v1/reporting/evaluation/dossier-digitized', { method: 'POST', body: BODY });
    await win.fetch(`${ORIGIN}/jsp/rest.jsp`, { method: 'POST', body: new URLSearchParams({ params: '{"service":"tra_cuu_ho_so"}' }) });
    await win.fetch(`${API}?fail=1`, { method: 'POST', body: BODY });
    await new Promise((r) => setTimeout(r, 20));
    expect(posted).toEqual([]);
  });

  it('observes the old rest.jsp only for the 766 service, with its form body as text', async () => {
    const { win, posted } = setup(async () => new Response(RESPONSE, { status: 200 }));
    const form = new URLSearchParams({ params: '{"service":"report_tinh_766_service","p_nam":"2025"}' });
    await win.fetch('/jsp/rest.jsp', { method: 'POST', body: form });
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.message).toMatchObject({ endpoint: '/jsp/rest.jsp', request: form.toString() });
  });

  it('passes the page’s network errors through unchanged', async () => {
    const failure = new TypeError('Failed to fetch');
    const { win, posted } = setup(async () => {
      throw failure;
    });
    await expect(win.fetch(API, { method: 'POST', body: BODY })).rejects.toBe(failure);
    expect(posted).toEqual([]);
  });

  it('installs once per window', () => {
    const { win } = setup();
    const wrapped = win.fetch;
    expect(installObserver(win, () => undefined)).toBe(false);
    expect(win.fetch).toBe(wrapped);
  });
});

describe('XMLHttpRequest observer', () => {
  it('passes open/send arguments through and posts the response text after loadend', async () => {
    const { win, posted } = setup();
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', '/api/v1/reporting/evaluation/dossier-digitized', true);
    xhr.send(BODY);
    expect(xhr.openedWith).toEqual(['POST', '/api/v1/reporting/evaluation/dossier-digitized', true]);
    expect(xhr.sentWith).toEqual([BODY]);
    await vi.waitFor(() => expect(posted).toEqual([expected(BODY)]));
    expect(xhr.responseText).toBe(RESPONSE);
  });

  it('stays silent for requests that are not ours, even when the same object is reused', async () => {
    const { win, posted } = setup();
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', '/api/v1/reporting/evaluation/dossier-digitized');
    xhr.open('GET', '/api/v1/other');
    xhr.send(null);
    await new Promise((r) => setTimeout(r, 20));
    expect(posted).toEqual([]);
  });
});
