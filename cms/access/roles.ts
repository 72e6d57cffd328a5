import type { Agency, User } from '../payload-types';
import { relationId } from '../relation';

/**
 * Staff roles and small predicates over the request user.
 * Access functions in this folder are built only from these, so each rule reads as one line.
 */
export const STAFF_ROLES = ['admin', 'agency-editor', 'reviewer', 'teacher'] as const satisfies readonly User['role'][];
export type StaffRole = User['role'];

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: '管理员（普法办）',
  'agency-editor': '单位编辑',
  reviewer: '审核员',
  teacher: '教师',
};

/** True for a logged-in user of the staff (`users`) collection. */
export const isStaff = (user: unknown): user is User =>
  typeof user === 'object' && user !== null && (user as { collection?: unknown }).collection === 'users';

export const hasRole = (user: unknown, ...roles: StaffRole[]): boolean =>
  isStaff(user) && !!user.role && roles.includes(user.role);

/** The id of the agency an editor is bound to, or null. */
export const agencyIdOf = (user: unknown): Agency['id'] | null =>
  isStaff(user) ? (relationId(user.agency) ?? null) : null;
