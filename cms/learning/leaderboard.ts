import type { Payload, Where } from 'payload';
import { applyStatements } from '../../core/learning/gamification';
import { rankLearners, type LeaderboardLearner, type LeaderboardRow } from '../../core/learning/leaderboard';
import { emptyLearnerState } from '../../core/learning/state';
import type { LearningStatement } from '../../core/learning/statements';
import { answerKeys, lessonCatalog } from './catalog';
import { docsByLearner, type Id } from './learner-records';

export type LeaderboardScope = 'city' | 'unit';
export type LeaderboardPeriod = 'week' | 'all-time';

export interface LeaderboardReply {
  scope: LeaderboardScope;
  period: LeaderboardPeriod;
  /** The unit's name for a unit board. */
  unitName: string | null;
  rows: LeaderboardRow[];
  /** The viewer's own row when they are on the board (even below the cut-off). */
  viewer: LeaderboardRow | null;
  /** Whether the viewer has opted in; null for anonymous viewers. */
  viewerOptedIn: boolean | null;
  /** When the standings were computed (they are cached briefly). */
  computedAt: string;
}

/** How long computed standings are reused: the board is a game, not a ledger. */
const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; learners: Promise<LeaderboardLearner[]> }>();

/** Forget cached standings (a learner opted in or out, or tests need fresh figures). */
export function clearLeaderboardCache(): void {
  cache.clear();
}

/**
 * A public ranking of opted-in learners — the whole city or one unit, this week or all time.
 * Only the display name a learner chose and their XP appear; XP is recomputed from their
 * stored statements with the same rules as their dashboard.
 */
export async function leaderboard(
  payload: Payload,
  query: { scope: LeaderboardScope; period: LeaderboardPeriod; unit?: Id | null; viewer?: { id: Id; leaderboardOptIn?: boolean | null } | null; now?: Date },
): Promise<LeaderboardReply> {
  const unit = query.scope === 'unit' ? query.unit : null;
  if (query.scope === 'unit' && unit == null) throw new Error('a unit leaderboard needs a unit');
  const key = `${query.scope}:${unit ?? ''}`;
  let entry = cache.get(key);
  if (!entry || Date.now() - entry.at > CACHE_MS) {
    entry = { at: Date.now(), learners: optedInLearners(payload, unit ?? null) };
    cache.set(key, entry);
    entry.learners.catch(() => cache.delete(key));
  }
  const learners = await entry.learners;
  const now = query.now ?? new Date();
  const { rows, viewer } = rankLearners(learners, {
    scope: 'all',
    period: query.period,
    now: now.getTime(),
    limit: 50,
    viewerId: query.viewer ? String(query.viewer.id) : undefined,
  });
  const unitName = unit == null ? null : ((await payload.findByID({ collection: 'agencies', id: unit, depth: 0, overrideAccess: true, disableErrors: true }))?.name ?? null);
  return {
    scope: query.scope,
    period: query.period,
    unitName,
    rows,
    viewer,
    viewerOptedIn: query.viewer ? !!query.viewer.leaderboardOptIn : null,
    computedAt: new Date(entry.at).toISOString(),
  };
}

/** Every opted-in learner (of one unit, or all) with their game state. */
async function optedInLearners(payload: Payload, unit: Id | null): Promise<LeaderboardLearner[]> {
  const where: Where = unit == null ? { leaderboardOptIn: { equals: true } } : { and: [{ leaderboardOptIn: { equals: true } }, { unit: { equals: unit } }] };
  const learners = (await payload.find({ collection: 'learners', where, pagination: false, depth: 0, overrideAccess: true })).docs;
  const records = await docsByLearner(payload, 'learning-records', learners.map((l) => l.id));
  const { lessons, tracks } = await lessonCatalog();
  const keys = await answerKeys(payload);
  return learners.map((l) => {
    const { state } = applyStatements(emptyLearnerState(String(l.id)), (records.get(String(l.id)) ?? []).map((r) => r.statement as LearningStatement), {
      timeZone: l.timeZone || 'Asia/Shanghai',
      lessonCatalog: lessons,
      tracks,
      answerKeys: keys,
    });
    return { state, profile: { optIn: true, displayName: l.displayName } };
  });
}
