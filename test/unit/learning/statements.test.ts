import { describe, expect, it } from 'vitest';
import {
  dedupeStatements,
  MAX_NAME_LENGTH,
  MAX_RESPONSE_LENGTH,
  MAX_STATEMENT_CHARS,
  toXapiJson,
  validateStatement,
  validateStatements,
  type LearningStatement,
} from '../../../core/learning/statements';
import { decodeResponse, encodeResponse, isoDuration } from '../../../core/learning/xapi';

const NOW = '2026-03-10T08:00:00Z';
const good = (): Record<string, unknown> => ({
  id: '3F2504E0-4F89-41D3-9A0C-0305E82C3301',
  actor: { learnerId: 'learner-1', name: '张三' },
  verb: 'passed',
  object: { id: 'xianfa-jiben', type: 'quiz', name: '宪法 练习' },
  result: { success: true, score: { raw: 5, max: 6, scaled: 5 / 6 }, response: '', durationSeconds: 95.5 },
  context: { track: 'officials', unit: '泉城市司法局' },
  timestamp: '2026-03-10T07:59:00+08:00',
});
const errorsOf = (input: unknown) => {
  const r = validateStatement(input, NOW);
  return r.ok ? [] : r.errors;
};
const withPatch = (patch: (s: Record<string, unknown>) => void) => {
  const s = good();
  patch(s);
  return errorsOf(s);
};

describe('validateStatement', () => {
  it('accepts a well-formed statement and lower-cases its id', () => {
    const r = validateStatement(good(), NOW);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.statement.id).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
  });

  it('rejects bad ids, unknown verbs and impossible verb/object pairs', () => {
    expect(withPatch((s) => (s.id = 'not-a-uuid'))).toEqual(['id: must be a UUID (8-4-4-4-12 hex)']);
    expect(withPatch((s) => (s.id = '3f2504e0-4f89-41d3-9a0c-0305e82c330'))).toHaveLength(1);
    expect(withPatch((s) => (s.verb = 'hacked'))[0]).toMatch(/^verb: unknown verb "hacked"/);
    expect(withPatch((s) => (s.object = { id: 'xianfa-jiben', type: 'lesson' }))).toEqual([
      'verb: "passed" cannot apply to a lesson',
    ]);
    expect(withPatch((s) => (s.object = { id: 'a b', type: 'quiz' }))).toEqual(['object.id: has invalid characters']);
  });

  it('rejects timestamps that are unparseable, zone-less, far in the future or before the platform', () => {
    expect(withPatch((s) => (s.timestamp = 'yesterday'))[0]).toMatch(/^timestamp: must be an ISO 8601/);
    expect(withPatch((s) => (s.timestamp = '2026-03-10T08:00:00'))[0]).toMatch(/^timestamp: must be an ISO/);
    expect(withPatch((s) => (s.timestamp = '2026-02-30T08:00:00Z'))).toHaveLength(1);
    // 4 minutes ahead is clock skew and allowed; 6 minutes is not.
    expect(withPatch((s) => (s.timestamp = '2026-03-10T08:04:00Z'))).toEqual([]);
    expect(withPatch((s) => (s.timestamp = '2026-03-10T08:06:00Z'))).toEqual([
      'timestamp: is in the future (client clock or forgery)',
    ]);
    expect(withPatch((s) => (s.timestamp = '1999-12-31T00:00:00Z'))[0]).toMatch(/before 2020/);
  });

  it('rejects scores out of range or inconsistent with raw/max', () => {
    const score = (raw: unknown, max: unknown, scaled: unknown) =>
      withPatch((s) => ((s.result as Record<string, unknown>).score = { raw, max, scaled }));
    expect(score(7, 6, 7 / 6)).toEqual(['result.score.raw: must be between 0 and max']);
    expect(score(-1, 6, 0)).toEqual(['result.score.raw: must be between 0 and max']);
    expect(score(3, 0, 1)).toEqual(['result.score.max: must be a number in (0, 10000]']);
    expect(score(1, 6, 1)).toEqual(['result.score.scaled: must equal raw / max']);
    expect(score('5', 6, 5 / 6)).toHaveLength(1);
    expect(score(Number.NaN, 6, 0)).toHaveLength(1);
  });

  it('rejects contradictions a forged statement would contain', () => {
    expect(withPatch((s) => ((s.result as Record<string, unknown>).success = false))).toEqual([
      'result.success: "passed" with success false',
    ]);
    expect(withPatch((s) => delete s.result)).toEqual(['result.score: "passed" needs a score']);
    const answered = { ...good(), verb: 'answered', object: { id: 'q-1', type: 'question' }, result: {} };
    expect(errorsOf(answered)).toEqual(['result.success: an answer must say whether it was correct']);
  });

  it('enforces the exported size limits and refuses unknown fields', () => {
    expect(withPatch((s) => ((s.actor as Record<string, unknown>).name = '名'.repeat(MAX_NAME_LENGTH + 1)))).toEqual([
      `actor.name: longer than ${MAX_NAME_LENGTH} characters`,
    ]);
    expect(withPatch((s) => ((s.result as Record<string, unknown>).response = 'a'.repeat(MAX_RESPONSE_LENGTH + 1)))).toEqual([
      `result.response: longer than ${MAX_RESPONSE_LENGTH} characters`,
    ]);
    expect(withPatch((s) => ((s.result as Record<string, unknown>).durationSeconds = 90_000))).toHaveLength(1);
    const huge = withPatch((s) => ((s.object as Record<string, unknown>).name = 'x'.repeat(MAX_STATEMENT_CHARS)));
    expect(huge).toContain(`statement: larger than ${MAX_STATEMENT_CHARS} characters`);
    expect(withPatch((s) => (s.xp = 1_000_000))).toEqual(['xp: unknown field']);
    expect(withPatch((s) => ((s.actor as Record<string, unknown>).isAdmin = true))).toEqual(['actor.isAdmin: unknown field']);
  });

  it('never throws on garbage and reports several problems at once', () => {
    for (const junk of [null, 42, 'x', [], { id: 1 }]) expect(validateStatement(junk, NOW).ok).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorsOf(cyclic)).toEqual(['statement: not serializable']);
    expect(errorsOf({ id: 'x', verb: 'y', timestamp: 'z' }).length).toBeGreaterThanOrEqual(5);
    expect(() => validateStatement(good(), 'not a time')).toThrow(RangeError);
  });

  it('splits a batch into valid statements and indexed rejections', () => {
    const r = validateStatements([good(), { nope: true }, good()], NOW);
    expect(r.valid).toHaveLength(2);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});

describe('toXapiJson', () => {
  const s = validateStatement(good(), NOW);
  if (!s.ok) throw new Error('fixture invalid');
  const [x] = toXapiJson([s.statement], { activityBase: 'https://law.example.cn/xapi/act', homePage: 'https://law.example.cn' });

  it('emits xAPI 1.0.3 Agent, ADL verb IRI and Activity IRI under the given base', () => {
    expect(x!.version).toBe('1.0.3');
    expect(x!.actor).toEqual({ objectType: 'Agent', name: '张三', account: { homePage: 'https://law.example.cn', name: 'learner-1' } });
    expect(x!.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(x!.verb.display['en-US']).toBe('passed');
    expect(x!.object).toEqual({
      objectType: 'Activity',
      id: 'https://law.example.cn/xapi/act/quiz/xianfa-jiben',
      definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: { 'zh-CN': '宪法 练习' } },
    });
  });

  it('maps result (min 0, ISO duration) and context extensions keyed by IRIs', () => {
    expect(x!.result).toEqual({ success: true, score: { raw: 5, min: 0, max: 6, scaled: 5 / 6 }, response: '', duration: 'PT1M35.5S' });
    const ext = x!.context!.extensions!;
    expect(Object.keys(ext).every((k) => k.startsWith('https://'))).toBe(true);
    expect(Object.values(ext)).toEqual(['officials', '泉城市司法局']);
    expect(x!.timestamp).toBe('2026-03-10T07:59:00+08:00');
  });

  it('uses the default base and ADL activity types per object type', () => {
    const q: LearningStatement = { id: 'a', actor: { learnerId: 'l' }, verb: 'answered', object: { id: 'q-1', type: 'question' }, timestamp: NOW };
    const [y] = toXapiJson([q]);
    expect(y!.object.id).toBe('https://pufa.example/xapi/activities/question/q-1');
    expect(y!.object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(y!.actor.name).toBeUndefined();
    expect(y!.result).toBeUndefined();
  });

  it('formats durations and xAPI choice responses', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(3723.456)).toBe('PT1H2M3.46S');
    expect(encodeResponse(['c', 'a'])).toBe('a[,]c');
    expect(encodeResponse(true)).toBe('true');
    expect(decodeResponse('a[,]c', 'multiple')).toEqual(['a', 'c']);
    expect(decodeResponse('false', 'truefalse')).toBe(false);
    expect(decodeResponse('', 'single')).toBeNull();
  });
});

describe('dedupeStatements', () => {
  const a = validateStatement(good(), NOW);
  if (!a.ok) throw new Error('fixture invalid');
  const base = a.statement;

  it('stores an id once: a retried sync is a duplicate, even with keys in another order', () => {
    const { timestamp, ...rest } = base;
    const reordered = JSON.parse(JSON.stringify({ timestamp, ...rest })) as LearningStatement;
    expect(Object.keys(reordered)[0]).toBe('timestamp');
    const r = dedupeStatements([base, reordered]);
    expect(r.accepted).toEqual([base]);
    expect(r.duplicates).toEqual([base.id]);
    expect(r.conflicts).toEqual([]);
  });

  it('reports a different payload under a stored id as a conflict and keeps the stored one', () => {
    const forged = { ...base, result: { ...base.result, score: { raw: 6, max: 6, scaled: 1 } } };
    const r = dedupeStatements([forged, { ...base, id: base.id.toUpperCase() }], [base]);
    expect(r.accepted).toEqual([]);
    expect(r.conflicts).toEqual([{ id: base.id, kept: base, rejected: forged }]);
    expect(r.duplicates).toEqual([base.id]);
  });
});
