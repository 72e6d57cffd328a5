import { describe, expect, it } from 'vitest';
import {
  INVITATION_ALPHABET,
  INVITATION_LENGTH,
  invitationClosed,
  invitationCodeFrom,
  loginNameProblem,
  normalizeInvitationCode,
  normalizeLoginName,
} from '../../../core/learning/membership';

describe('login names without e-mail', () => {
  it('normalizes phone numbers written with spaces, dashes or +86 to one account', () => {
    for (const raw of ['138 0013 8000', '+86 138-0013-8000', '008613800138000', ' 13800138000 ']) expect(normalizeLoginName(raw)).toBe('13800138000');
    expect(normalizeLoginName('  WangDaYe ')).toBe('wangdaye');
  });

  it('accepts mainland mobile numbers and refuses other digit strings with a Chinese reason', () => {
    expect(loginNameProblem('13800138000')).toBeNull();
    expect(loginNameProblem('19912345678')).toBeNull();
    for (const bad of ['12800138000', '1380013800', '138001380001', '02388886666']) expect(loginNameProblem(bad)).toMatch(/手机号格式不正确/);
  });

  it('accepts Chinese and Latin user names, refuses e-mail addresses, symbols and odd lengths', () => {
    expect(loginNameProblem('王大爷')).toBeNull();
    expect(loginNameProblem('li.ming_2026')).toBeNull();
    expect(loginNameProblem('a@b.cn')).toMatch(/@/);
    expect(loginNameProblem('王')).toMatch(/2–32/);
    expect(loginNameProblem('x'.repeat(33))).toMatch(/2–32/);
    expect(loginNameProblem('drop table;')).toMatch(/只能包含/);
    expect(loginNameProblem('')).toMatch(/请填写/);
  });
});

describe('unit invitation codes', () => {
  it('draws every character from the unambiguous alphabet', () => {
    let i = 0;
    const code = invitationCodeFrom((n) => i++ % n);
    expect(code).toHaveLength(INVITATION_LENGTH);
    expect([...code].every((c) => INVITATION_ALPHABET.includes(c))).toBe(true);
    expect(INVITATION_ALPHABET).not.toMatch(/[01IOL]/);
  });

  it('reads a typed code case-insensitively with spaces and dashes', () => {
    expect(normalizeInvitationCode(' k7qmx-3tap r')).toBe('K7QMX3TAPR');
    expect(normalizeInvitationCode(42)).toBe('');
  });

  it('is closed when revoked, expired or used up, and open otherwise', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const open = { expiresAt: '2026-06-02T00:00:00Z', maxUses: 2, uses: 1 };
    expect(invitationClosed(open, now)).toBeNull();
    expect(invitationClosed({ ...open, revoked: true }, now)).toBe('revoked');
    expect(invitationClosed({ ...open, expiresAt: '2026-06-01T00:00:00Z' }, now)).toBe('expired');
    expect(invitationClosed({ ...open, uses: 2 }, now)).toBe('used-up');
  });
});
