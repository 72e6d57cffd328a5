import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../core/security/password-policy';

describe('passwordProblem', () => {
  it('refuses fewer than 8 characters, more than 128, blanks and non-strings', () => {
    expect(passwordProblem('1234567')).toContain('至少需要 8');
    expect(passwordProblem('        ')).toContain('空格');
    expect(passwordProblem('x'.repeat(129))).toContain('128');
    expect(passwordProblem(12345678)).not.toBeNull();
  });

  it('accepts 8 characters, counting each Chinese character once', () => {
    expect(passwordProblem('12345678')).toBeNull();
    expect(passwordProblem('学法守法用法八字')).toBeNull();
    expect(passwordProblem('学法守法用法')).not.toBeNull();
    expect(passwordProblem('pufa-demo-2026')).toBeNull();
  });
});
