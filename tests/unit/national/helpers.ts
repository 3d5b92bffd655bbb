import fs from 'node:fs';
import path from 'node:path';
import { EVALUATION_PREFIX, type EvaluationEndpoint } from '@/utils/national/endpoints';
import { NATIONAL_SOURCE, type NationalMessage } from '@/utils/national/message';

export const ROOT_ID = '019c3a10-5d20-7c41-9a31-0000000000a1';
export const JANUARY = { timeType: 'month', year: 2026, month: 1, rootDepartmentId: ROOT_ID, currentPage: 1, pageSize: 200 };
export const JANUARY_DATES = { fromDate: '2026-01-01', toDate: '2026-01-31', rootDepartmentId: ROOT_ID, currentPage: 1, pageSize: 200 };

/** Raw text of a file in tests/fixtures/national. */
export function fixtureText(name: string): string {
  return fs.readFileSync(path.resolve('tests/fixtures/national', name), 'utf8');
}

export function message(endpoint: EvaluationEndpoint, request: object | string | null, response: string): NationalMessage {
  return {
    source: NATIONAL_SOURCE,
    endpoint: `${EVALUATION_PREFIX}${endpoint}`,
    request: request === null || typeof request === 'string' ? request : JSON.stringify(request),
    response,
  };
}

/** The fixture response of an endpoint for January 2026, as the page requests it. */
export function januaryMessage(endpoint: EvaluationEndpoint): NationalMessage {
  const request = endpoint === 'handling-satisfaction' ? JANUARY_DATES : JANUARY;
  return message(endpoint, request, fixtureText(`${endpoint}.month-2026-01.json`));
}

/** Edits a fixture's JSON before it is "received". */
export function editedResponse(name: string, edit: (json: any) => void): string {
  const json = JSON.parse(fixtureText(name));
  edit(json);
  return JSON.stringify(json);
}
