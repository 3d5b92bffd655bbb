import { scriptIdOf } from '../domain/origins';

/** The part of `browser.scripting` used here, so the sync can be tested without a browser. */
export interface ScriptingApi {
  getRegisteredContentScripts(): Promise<{ id: string }[]>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; allFrames: boolean; persistAcrossSessions: boolean }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/** The built content script that reads statistics tables (WXT names it after entrypoints/portal.content). */
const PORTAL_SCRIPT = 'content-scripts/portal.js';
const PREFIX = 'portal-';

/** Makes the registered content scripts match `origins` exactly: adds the new ones, removes the dropped ones. */
export async function syncPortalScripts(scripting: ScriptingApi, origins: readonly string[]): Promise<{ added: string[]; removed: string[] }> {
  const wanted = new Map(origins.map((o) => [scriptIdOf(o), o]));
  const ours = (await scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  const removed = ours.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (removed.length > 0) await scripting.unregisterContentScripts({ ids: removed });
  const have = new Set(ours.map((s) => s.id));
  const add = [...wanted].filter(([id]) => !have.has(id));
  if (add.length > 0) {
    await scripting.registerContentScripts(
      add.map(([id, origin]) => ({ id, matches: [`${origin}/*`], js: [PORTAL_SCRIPT], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true })),
    );
  }
  return { added: add.map(([id]) => id), removed };
}
