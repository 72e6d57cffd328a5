/**
 * Helpers for the account tests: Payload's REST handler in-process (the same routing, hooks and
 * custom endpoints the server runs), requests from a chosen client address, and accounts.
 */
import { handleEndpoints, type Payload } from 'payload';
import { CLIENT_ADDRESS_HEADER } from '../../../cms/security/client-address';
import { makeAgency, testPayload, unique } from '../../helpers/payload';
import type { DocId } from '../../../cms/relation';

export type Rest = (
  method: string,
  path: string,
  options?: { body?: unknown; token?: string; address?: string },
) => Promise<{ status: number; body: Record<string, unknown>; headers: Headers; ms: number }>;

/** A REST caller bound to `payload`; errors Payload logs for expected refusals are muted. */
export function restClient(payload: Payload): Rest {
  return async (method, path, { body, token, address = '198.51.100.7' } = {}) => {
    const headers: Record<string, string> = { [CLIENT_ADDRESS_HEADER]: address };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `JWT ${token}`;
    const request = new Request(`http://localhost/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const level = payload.logger.level;
    payload.logger.level = 'silent';
    const started = performance.now();
    try {
      const res = await handleEndpoints({ config: payload.config, request });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: res.headers, ms: performance.now() - started };
    } finally {
      payload.logger.level = level;
    }
  };
}

/** The test Payload and a REST caller bound to it, for a suite's `beforeAll`. */
export async function restSetup(): Promise<{ payload: Payload; rest: Rest }> {
  const payload = await testPayload();
  return { payload, rest: restClient(payload) };
}

/** The first error message of a Payload error body (field messages first). */
export function messageOf(body: Record<string, unknown>): string {
  const first = (body.errors as Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }> | undefined)?.[0];
  return first?.data?.errors?.[0]?.message ?? first?.message ?? String(body.message ?? '');
}

export const LEARNER_PASSWORD = 'learner-pass-1';
export const STAFF_PASSWORD = 'test-password-1';

/** A learner of `unit` (a new unit when omitted). */
export async function makeLearner(payload: Payload, unit?: DocId) {
  const unitId = unit ?? (await makeAgency(payload)).id;
  const email = `acct-${unique()}@test.local`;
  const doc = await payload.create({
    collection: 'learners',
    data: { email, password: LEARNER_PASSWORD, displayName: `学员${unique().slice(-4)}`, audience: 'officials', unit: unitId, timeZone: 'Asia/Shanghai' },
  });
  return { id: doc.id, email, unit: unitId };
}

/** A staff account and a login token for it (Local API login: not rate-limited). */
export async function makeStaff(payload: Payload, role: 'admin' | 'agency-editor' | 'reviewer' | 'teacher', agency?: DocId) {
  const email = `${role}-${unique()}@test.local`;
  const doc = await payload.create({ collection: 'users', data: { email, password: STAFF_PASSWORD, name: `测试${role}`, role, agency } });
  const { token } = await payload.login({ collection: 'users', data: { email, password: STAFF_PASSWORD } });
  return { id: doc.id, email, token: token! };
}

/** A learner's login token (Local API). */
export async function learnerToken(payload: Payload, email: string, password = LEARNER_PASSWORD): Promise<string> {
  return (await payload.login({ collection: 'learners', data: { email, password } })).token!;
}
