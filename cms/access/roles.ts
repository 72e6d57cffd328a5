/**
 * Staff roles and small predicates over the request user.
 * Access functions in this folder are built only from these, so each rule reads as one line.
 */
export const STAFF_ROLES = ['admin', 'agency-editor', 'reviewer', 'teacher'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: '管理员（普法办）',
  'agency-editor': '单位编辑',
  reviewer: '审核员',
  teacher: '教师',
};

/** The part of a logged-in staff user that access rules look at. */
export interface StaffUser {
  id: number | string;
  collection?: string;
  role?: StaffRole | null;
  agency?: number | string | { id: number | string } | null;
}

/** True for a logged-in user of the staff (`users`) collection. */
export const isStaff = (user: unknown): user is StaffUser =>
  typeof user === 'object' && user !== null && (user as StaffUser).collection === 'users';

export const hasRole = (user: unknown, ...roles: StaffRole[]): boolean =>
  isStaff(user) && !!user.role && roles.includes(user.role);

/** The id of the agency an editor is bound to, or null. */
export const agencyIdOf = (user: unknown): number | string | null => {
  if (!isStaff(user) || user.agency == null) return null;
  return typeof user.agency === 'object' ? user.agency.id : user.agency;
};
