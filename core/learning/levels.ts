/** One level: the XP needed to reach it and its title. */
export interface Level {
  level: number;
  minXp: number;
  title: string;
}

/**
 * The level table. Gaps grow roughly ×2 so early levels come fast (a lesson is 50 XP, a new
 * correct answer 10 XP) and later ones mark sustained study.
 */
export const LEVELS: readonly Level[] = [
  { level: 1, minXp: 0, title: '普法新人' },
  { level: 2, minXp: 100, title: '学法能手' },
  { level: 3, minXp: 300, title: '知法达人' },
  { level: 4, minXp: 700, title: '守法标兵' },
  { level: 5, minXp: 1500, title: '用法先锋' },
  { level: 6, minXp: 3000, title: '法治先锋' },
  { level: 7, minXp: 6000, title: '普法名家' },
];

/** A learner's level and how far they are towards the next one. */
export interface LevelProgress {
  level: number;
  title: string;
  minXp: number;
  /** XP at which the next level starts; null at the top level. */
  nextLevelXp: number | null;
  /** XP earned within this level. */
  xpIntoLevel: number;
  /** XP still needed for the next level; 0 at the top. */
  xpToNext: number;
  /** 0–1 progress within this level; 1 at the top level. */
  progress: number;
}

/** The level for an XP total: the highest level whose minXp ≤ xp (negative or NaN xp → level 1). */
export function levelForXp(xp: number): LevelProgress {
  const total = Number.isFinite(xp) && xp > 0 ? xp : 0;
  let index = 0;
  while (index + 1 < LEVELS.length && LEVELS[index + 1]!.minXp <= total) index++;
  const current = LEVELS[index]!;
  const next = LEVELS[index + 1];
  const xpIntoLevel = total - current.minXp;
  return {
    level: current.level,
    title: current.title,
    minXp: current.minXp,
    nextLevelXp: next?.minXp ?? null,
    xpIntoLevel,
    xpToNext: next ? next.minXp - total : 0,
    progress: next ? xpIntoLevel / (next.minXp - current.minXp) : 1,
  };
}
