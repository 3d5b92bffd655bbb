export const SUITE_TODAY: string;
export function testToday(env?: Record<string, string | undefined>): string;
export function testNow(day?: string): Date;
