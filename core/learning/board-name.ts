/**
 * The name a learner shows on the public leaderboards. Students are minors: their boards show a
 * nickname of the generated form (a word from NICKNAME_WORDS and four digits) and nothing else,
 * whatever is stored; officials and village learners may choose any name, their display name by default.
 */
import type { Audience } from '../vocabulary/learning';

/** Words a nickname starts with; none of them can be part of a person's name. */
export const NICKNAME_WORDS = ['学习达人', '普法小星', '知法少年', '守法先锋', '明理学子', '法治新苗'] as const;

const NICKNAME = new RegExp(`^(${NICKNAME_WORDS.join('|')})\\d{4}$`);

/** True for a name of the generated nickname form, e.g. 学习达人0427. */
export const isNickname = (name: string): boolean => NICKNAME.test(name);

/** The nickname built from a number (a learner id or a random draw): stable for the same number. */
export function nicknameFor(seed: string | number): string {
  // FNV-1a over the seed's text: ids 1, 2, 3 get unrelated nicknames.
  let h = 0x811c9dc5;
  for (const c of String(seed)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `${NICKNAME_WORDS[h % NICKNAME_WORDS.length]}${String(h % 10_000).padStart(4, '0')}`;
}

/** What a learner record holds that decides their public name. */
export interface BoardNameSource {
  id: string | number;
  audience: Audience | string;
  displayName: string;
  boardName?: string | null;
}

/**
 * The one name a leaderboard may show for a learner: a student's chosen nickname if it has the
 * nickname form, else their generated one (never their display name); others' chosen board name,
 * else their display name.
 */
export function publicBoardName(l: BoardNameSource): string {
  const chosen = l.boardName?.trim();
  if (l.audience === 'students') return chosen && isNickname(chosen) ? chosen : nicknameFor(l.id);
  return chosen || l.displayName;
}

/** Why a board name cannot be saved for this audience, or null when it can. */
export function boardNameProblem(name: string, audience: string | undefined): string | null {
  const n = name.trim();
  if (audience === 'students' && !isNickname(n)) return `学生只能使用系统生成的昵称（如 ${nicknameFor(427)}），请点“换一个”选择`;
  if (n.length < 2 || n.length > 20) return '排行榜名称应为 2–20 个字';
  return null;
}
