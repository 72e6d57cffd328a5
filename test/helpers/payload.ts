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
