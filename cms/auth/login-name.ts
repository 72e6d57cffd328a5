import type { Field } from 'payload';
import { loginNameProblem, normalizeLoginName } from '../../core/learning/membership';

/**
 * Overrides Payload's `username` auth field on learners: a user name or a mainland mobile number,
 * normalized (lower case, a phone number without spaces or +86) before it is checked and stored.
 */
export const loginNameField: Field = {
  name: 'username',
  label: '用户名或手机号',
  type: 'text',
  unique: true,
  index: true,
  hooks: { beforeValidate: [({ value }) => (value == null || value === '' ? value : normalizeLoginName(value))] },
  validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (value == null || value === '') return siblingData?.email ? true : '请填写用户名、手机号或电子邮箱（至少一项）';
    if (typeof value !== 'string') return '用户名必须是文本';
    return loginNameProblem(normalizeLoginName(value)) ?? true;
  },
  admin: { description: '没有邮箱的学员用用户名或大陆手机号登录（本平台不发送短信）。' },
};
