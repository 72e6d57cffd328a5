import type { Payload, Where } from 'payload';
import { rankLearners, type LeaderboardLearner } from '../../core/learning/leaderboard';
import type { LeaderboardReply } from '../../core/learning/replies';
import type { DocId } from '../relation';
import { docsByLearner, learnerStateFrom } from './learner-records';
import { ttlCache } from './ttl-cache';

export type LeaderboardScope = LeaderboardReply['scope'];
export type LeaderboardPeriod = LeaderboardReply['period'];


/** Standings are reused for a minute: the board is a game, not a ledger. */
const standings = ttlCache<{ learners: LeaderboardLearner[]; unitName: string | null; computedAt: string }>(60_000);

/** Forget cached standings (a learner opted in or out, or tests need fresh figures). */
export const clearLeaderboardCache = (): void => standings.clear();

/**
 * A public ranking of opted-in learners — the whole city or one unit, this week or all time.
 * Only the display name a learner chose and their XP appear; XP is recomputed from their
 * stored statements with the same rules as their dashboard.
 */
export async function leaderboard(
  payload: Payload,
  query: { scope: LeaderboardScope; period: LeaderboardPeriod; unit?: DocId | null; viewer?: { id: DocId; leaderboardOptIn?: boolean | null } | null; now?: Date },
): Promise<LeaderboardReply> {
  const unit = query.scope === 'unit' ? query.unit : null;
  if (query.scope === 'unit' && unit == null) throw new Error('a unit leaderboard needs a unit');
  const { learners, unitName, computedAt } = await standings.get(`${query.scope}:${unit ?? ''}`, async () => ({
    computedAt: new Date().toISOString(),
    learners: await optedInLearners(payload, unit ?? null),
    unitName: unit == null ? null : ((await payload.findByID({ collection: 'agencies', id: unit, depth: 0, overrideAccess: true, disableErrors: true }))?.name ?? null),
  }));
  const now = query.now ?? new Date();
  const { rows, viewer } = rankLearners(learners, {
    scope: 'all',
    period: query.period,
    now: now.getTime(),
    limit: 50,
    viewerId: query.viewer ? String(query.viewer.id) : undefined,
  });
  return {
    scope: query.scope,
    period: query.period,
    unitName,
    rows,
    viewer,
    viewerOptedIn: query.viewer ? !!query.viewer.leaderboardOptIn : null,
    computedAt,
  };
}

/** Every opted-in learner (of one unit, or all) with their game state. */
async function optedInLearners(payload: Payload, unit: DocId | null): Promise<LeaderboardLearner[]> {
  const where: Where = unit == null ? { leaderboardOptIn: { equals: true } } : { and: [{ leaderboardOptIn: { equals: true } }, { unit: { equals: unit } }] };
  const learners = (await payload.find({ collection: 'learners', where, pagination: false, depth: 0, overrideAccess: true })).docs;
  const records = await docsByLearner(payload, 'learning-records', learners.map((l) => l.id));
  return Promise.all(
    learners.map(async (l) => ({
      state: await learnerStateFrom(payload, l, (records.get(String(l.id)) ?? []).map((r) => r.statement)),
      profile: { optIn: true, displayName: l.displayName },
    })),
  );
}
