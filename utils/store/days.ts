// A calendar day is checked by the domain (isIsoDate in utils/domain/period.ts); an instant only here.

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A real instant written as `toISOString()` writes it, so string order is time order. */
export function isCanonicalInstant(iso: string): boolean {
  if (!INSTANT.test(iso)) return false;
  const time = Date.parse(iso);
  return Number.isFinite(time) && new Date(time).toISOString() === iso;
}
