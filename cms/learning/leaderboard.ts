import type { Payload, Where } from 'payload';
import { publicBoardName } from '../../core/learning/board-name';
import { rankLearners, type LeaderboardLearner } from '../../core/learning/leaderboard';
import type { LeaderboardReply } from '../../core/learning/replies';
import type { Audience } from '../../core/vocabulary/learning';
import type { DocId } from '../relation';
import { docsByLearner, learnerStateFrom, storedStatements } from './learner-records';
import { ttlCache } from './ttl-cache';

export type LeaderboardScope = LeaderboardReply['scope'];
export type LeaderboardPeriod = LeaderboardReply['period'];

/** Standings are reused for a minute: the board is a game, not a ledger. */
const standings = ttlCache<{ learners: LeaderboardLearner[]; unitName: string | null; computedAt: string }>(60_000);

/** Forget cached standings (a learner opted in or out, or tests need fresh figures). */
export const clearLeaderboardCache = (): void => standings.clear();

/**
 * A public ranking of opted-in learners of one audience (officials, students, village) — the
 * whole city or one unit, this week or all time. Each audience has its own board: a student never
 * meets an official there. Only the public board name (a student's: a nickname, never their name;
 * see core/learning/board-name.ts) and XP appear; XP is recomputed from stored statements with the
 * same rules as the dashboard. The audience defaults to the viewer's, else officials.
 */
export async function leaderboard(
  payload: Payload,
  query: {
    scope: LeaderboardScope;
    period: LeaderboardPeriod;
    audience?: Audience;
    unit?: DocId | null;
    viewer?: { id: DocId; audience?: string | null; leaderboardOptIn?: boolean | null } | null;
    now?: Date;
  },
): Promise<LeaderboardReply> {
  const audience = query.audience ?? ((query.viewer?.audience as Audience | undefined) || 'officials');
  const unit = query.scope === 'unit' ? query.unit : null;
  if (query.scope === 'unit' && unit == null) throw new Error('a unit leaderboard needs a unit');
  const { learners, unitName, computedAt } = await standings.get(`${audience}:${query.scope}:${unit ?? ''}`, async () => ({
    computedAt: new Date().toISOString(),
    learners: await optedInLearners(payload, audience, unit ?? null),
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
    audience,
    scope: query.scope,
    period: query.period,
    unitName,
    rows,
    viewer,
    viewerOptedIn: query.viewer ? !!query.viewer.leaderboardOptIn : null,
    computedAt,
  };
}

/** Every opted-in learner of an audience (of one unit, or all) with their game state. */
async function optedInLearners(payload: Payload, audience: Audience, unit: DocId | null): Promise<LeaderboardLearner[]> {
  const filters: Where[] = [{ leaderboardOptIn: { equals: true } }, { audience: { equals: audience } }];
  // A unit's board shows only its confirmed members (an invitation code or the unit's approval).
  if (unit != null) filters.push({ unit: { equals: unit } }, { membership: { equals: 'confirmed' } });
  const learners = (await payload.find({ collection: 'learners', where: { and: filters }, pagination: false, depth: 0, overrideAccess: true })).docs;
  const records = await docsByLearner(payload, 'learning-records', learners.map((l) => l.id));
  return Promise.all(
    learners.map(async (l) => ({
      state: await learnerStateFrom(payload, l, storedStatements(records.get(String(l.id)) ?? [])),
      profile: { optIn: true, displayName: publicBoardName(l) },
    })),
  );
}
