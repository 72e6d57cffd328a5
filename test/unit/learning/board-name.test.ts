import { describe, expect, it } from 'vitest';
import { boardNameProblem, isNickname, nicknameFor, publicBoardName } from '../../../core/learning/board-name';

describe('public board names', () => {
  it('a generated nickname is stable per seed, of the nickname form, and differs between seeds', () => {
    expect(nicknameFor(42)).toBe(nicknameFor('42'));
    expect(isNickname(nicknameFor(42))).toBe(true);
    expect(new Set([1, 2, 3, 4, 5].map(nicknameFor)).size).toBeGreaterThan(3);
  });

  it('a student shows only a nickname: their chosen one if it has the form, never their name', () => {
    const base = { id: 7, audience: 'students', displayName: '李小明' };
    expect(publicBoardName(base)).toBe(nicknameFor(7));
    expect(publicBoardName({ ...base, boardName: '李小明' })).toBe(nicknameFor(7));
    expect(publicBoardName({ ...base, boardName: '学习达人李小明' })).toBe(nicknameFor(7));
    expect(publicBoardName({ ...base, boardName: '知法少年0427' })).toBe('知法少年0427');
  });

  it('others show their chosen board name, else their display name', () => {
    expect(publicBoardName({ id: 1, audience: 'officials', displayName: '王某' })).toBe('王某');
    expect(publicBoardName({ id: 1, audience: 'village', displayName: '王某', boardName: ' 老王 ' })).toBe('老王');
  });

  it('refuses a student’s free name and an official’s one-character name', () => {
    expect(boardNameProblem('李小明', 'students')).toMatch(/昵称/);
    expect(boardNameProblem('守法先锋1234', 'students')).toBeNull();
    expect(boardNameProblem('王', 'officials')).toMatch(/2–20/);
    expect(boardNameProblem('王科长', 'officials')).toBeNull();
  });
});
