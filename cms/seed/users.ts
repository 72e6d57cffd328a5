import type { User } from '../payload-types';

/** Demo staff, one or more per role. The password is for local demos only (see README). */
export const DEMO_PASSWORD = 'pufa-demo-2026';

/** A demo staff account; its agency by name. */
export type SeedUser = Pick<User, 'email' | 'name' | 'role'> & { agency?: string };

export const SEED_USERS: SeedUser[] = [
  { email: 'admin@pufa.local', name: '王普法（普法办）', role: 'admin', agency: '泉城市司法局' },
  { email: 'reviewer@pufa.local', name: '李审核', role: 'reviewer', agency: '泉城市司法局' },
  { email: 'scjg@pufa.local', name: '张编辑（市场监管）', role: 'agency-editor', agency: '泉城市市场监督管理局' },
  { email: 'gaj@pufa.local', name: '赵编辑（公安）', role: 'agency-editor', agency: '泉城市公安局' },
  { email: 'teacher@pufa.local', name: '陈老师', role: 'teacher', agency: '泉城市第一中学' },
];
