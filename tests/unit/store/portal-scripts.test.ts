import { describe, expect, it } from 'vitest';
import { syncPortalScripts, type ScriptingApi } from '@/utils/store/portal-scripts';

/** An in-memory registry with the scripting API's behaviour (ids are unique; unknown ids are an error). */
function registry(initial: string[] = []): ScriptingApi & { ids: () => string[]; matches: Map<string, string[]> } {
  const matches = new Map<string, string[]>(initial.map((id) => [id, []]));
  return {
    matches,
    ids: () => [...matches.keys()].sort(),
    getRegisteredContentScripts: async () => [...matches.keys()].map((id) => ({ id })),
    registerContentScripts: async (scripts) => {
      for (const s of scripts) {
        if (matches.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        matches.set(s.id, s.matches);
      }
    },
    unregisterContentScripts: async ({ ids }) => {
      for (const id of ids) if (!matches.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    },
  };
}

describe('syncPortalScripts', () => {
  it('registers one script per added origin with its match pattern', async () => {
    const r = registry();
    await syncPortalScripts(r, ['https://motcua.thanhhoa.gov.vn', 'http://igate.angiang.gov.vn']);
    expect(r.ids()).toHaveLength(2);
    expect([...r.matches.values()].flat().sort()).toEqual(['http://igate.angiang.gov.vn/*', 'https://motcua.thanhhoa.gov.vn/*']);
  });

  it('is idempotent and removes dropped origins, leaving other scripts alone', async () => {
    const r = registry(['someone-else']);
    await syncPortalScripts(r, ['https://a.gov.vn', 'https://b.gov.vn']);
    const again = await syncPortalScripts(r, ['https://a.gov.vn', 'https://b.gov.vn']);
    expect(again).toEqual({ added: [], removed: [] });
    const after = await syncPortalScripts(r, ['https://b.gov.vn']);
    expect(after.removed).toHaveLength(1);
    expect(r.ids()).toHaveLength(2);
    expect(r.ids()).toContain('someone-else');
    await syncPortalScripts(r, []);
    expect(r.ids()).toEqual(['someone-else']);
  });
});
