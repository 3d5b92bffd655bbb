import { askBackground } from './send';
import { detailOf, type ClockProblem } from './problems';

export type ClockReading = { ok: true; now: string } | { ok: false; problem: ClockProblem };

/**
 * The background's clock, the one that stamps captures (an import checks a file's stamps against it, an export is
 * stamped by it). Never throws: when the background does not answer (the extension was updated or restarted under
 * this page) it says so as a problem, worded for the clerk in components/strings/errors.ts.
 */
export async function backgroundNow(): Promise<ClockReading> {
  try {
    const reply = await askBackground({ type: 'now' });
    if (typeof reply?.now === 'string' && !Number.isNaN(Date.parse(reply.now))) return { ok: true, now: reply.now };
    return { ok: false, problem: { code: 'backgroundSilent', detail: reply === undefined ? 'now: no reply' : 'now: a reply without a time' } };
  } catch (err) {
    return { ok: false, problem: { code: 'backgroundSilent', detail: detailOf(err) } };
  }
}
