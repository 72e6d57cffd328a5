/** Password rules the server enforces for staff and learners alike (the site form says the same). */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** Why a new password is refused (Chinese, fit to show), or null when it is acceptable. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return '密码必须是文本';
  // Code points, not UTF-16 units: a Chinese character or emoji counts as one.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`;
  if (password.trim() === '') return '密码不能全是空格';
  return null;
}
