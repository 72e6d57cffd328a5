import type { Payload } from 'payload';
import { openPayload } from '../../cms/local-api';
import type { StaffRole } from '../../cms/access/roles';
import type { User } from '../../cms/payload-types';
import type { DocId } from '../../cms/relation';

let shared: Promise<Payload> | undefined;

/** The test run's Payload instance (fresh database made by the integration global set-up). */
export const testPayload = (): Promise<Payload> => (shared ??= openPayload());

/** Unique suffix so tests can share one database without colliding. */
export const unique = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** A staff user as `req.user` is during a real request. */
export type TestUser = User;

/** Creates a staff user and returns it shaped as `req.user` is during a real request. */
export async function makeUser(payload: Payload, role: StaffRole, agency?: DocId): Promise<TestUser> {
  const doc = await payload.create({
    collection: 'users',
    data: { email: `${role}-${unique()}@test.local`, password: 'test-password-1', name: `测试${role}`, role, agency },
  });
  return { ...doc, collection: 'users' };
}

export async function makeAgency(payload: Payload, name = `测试单位${unique()}`) {
  return payload.create({ collection: 'agencies', data: { name, kind: '执法机关', level: '市' } });
}

/** One agency's staff and the city's: what workflow tests act as. */
export interface AgencyStaff {
  payload: Payload;
  agencyId: DocId;
  editor: TestUser;
  /** An editor of another agency. */
  otherEditor: TestUser;
  reviewer: TestUser;
  admin: TestUser;
}

/** A fresh agency with its editor, plus an outside editor, a reviewer and an admin. */
export async function agencyStaff(): Promise<AgencyStaff> {
  const payload = await testPayload();
  const agencyId = (await makeAgency(payload)).id;
  return {
    payload,
    agencyId,
    editor: await makeUser(payload, 'agency-editor', agencyId),
    otherEditor: await makeUser(payload, 'agency-editor', (await makeAgency(payload)).id),
    reviewer: await makeUser(payload, 'reviewer'),
    admin: await makeUser(payload, 'admin'),
  };
}
