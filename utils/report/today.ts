/** Today's calendar date where the clerk is (the browser's local time zone), as ISO `YYYY-MM-DD`. */
export function todayIsoLocal(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
