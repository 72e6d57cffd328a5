import type { Response } from '../quiz/grade';
import type { QuestionType } from '../quiz/types';
import type { LearningStatement, ObjectType, Verb } from './statements';

/** Where the xAPI identifiers point. Both are parameters so staging and production differ. */
export interface XapiOptions {
  /** Base of activity IRIs; …/quiz/<id> is appended. Default https://pufa.example/xapi/activities/ */
  activityBase?: string;
  /** The account system learners belong to (Agent.account.homePage). Default https://pufa.example */
  homePage?: string;
  /** Base of context extension IRIs. Default https://pufa.example/xapi/extensions/ */
  extensionBase?: string;
}

/** An xAPI 1.0.3 statement as JSON (only the parts Pufa emits). */
export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name?: Record<string, string> };
  };
  result?: {
    success?: boolean;
    score?: { raw: number; min: number; max: number; scaled: number };
    response?: string;
    duration?: string;
  };
  context?: { platform: string; language: string; extensions?: Record<string, string> };
  timestamp: string;
  version: '1.0.3';
}

const VERB_DISPLAY: Record<Verb, string> = {
  answered: '作答',
  completed: '完成',
  passed: '通过',
  failed: '未通过',
  attempted: '开始',
  experienced: '学习',
};

// ADL activity types from the xAPI vocabulary (http://adlnet.gov/expapi/activities/...).
const ACTIVITY_TYPE: Record<ObjectType, string> = {
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  exam: 'http://adlnet.gov/expapi/activities/assessment',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
};

const slash = (s: string) => (s.endsWith('/') ? s : `${s}/`);

/** ISO 8601 duration for xAPI (PT1H2M3.5S), hundredths of a second at most. */
export function isoDuration(seconds: number): string {
  const cs = Math.round(seconds * 100);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
  return `PT${parts}`;
}

/**
 * Convert learning statements to xAPI 1.0.3 JSON: Agent identified by account {homePage, name =
 * learnerId}, ADL verb IRIs, Activity ids `<activityBase><type>/<id>`, score with min 0,
 * ISO 8601 durations, track/unit as context extensions. Pure; input order is kept.
 */
export function toXapiJson(statements: readonly LearningStatement[], options: XapiOptions = {}): XapiStatement[] {
  const activityBase = slash(options.activityBase ?? 'https://pufa.example/xapi/activities/');
  const homePage = options.homePage ?? 'https://pufa.example';
  const extensionBase = slash(options.extensionBase ?? 'https://pufa.example/xapi/extensions/');
  return statements.map((s) => {
    const out: XapiStatement = {
      id: s.id,
      actor: {
        objectType: 'Agent',
        ...(s.actor.name ? { name: s.actor.name } : {}),
        account: { homePage, name: s.actor.learnerId },
      },
      verb: { id: `http://adlnet.gov/expapi/verbs/${s.verb}`, display: { 'en-US': s.verb, 'zh-CN': VERB_DISPLAY[s.verb] } },
      object: {
        objectType: 'Activity',
        id: `${activityBase}${s.object.type}/${encodeURIComponent(s.object.id)}`,
        definition: {
          type: ACTIVITY_TYPE[s.object.type],
          ...(s.object.name ? { name: { 'zh-CN': s.object.name } } : {}),
        },
      },
      timestamp: s.timestamp,
      version: '1.0.3',
    };
    const r = s.result;
    if (r) {
      out.result = {
        ...(r.success !== undefined ? { success: r.success } : {}),
        ...(r.score ? { score: { raw: r.score.raw, min: 0, max: r.score.max, scaled: r.score.scaled } } : {}),
        ...(r.response !== undefined ? { response: r.response } : {}),
        ...(r.durationSeconds !== undefined ? { duration: isoDuration(r.durationSeconds) } : {}),
      };
    }
    const ext: Record<string, string> = {};
    if (s.context?.track) ext[`${extensionBase}track`] = s.context.track;
    if (s.context?.unit) ext[`${extensionBase}unit`] = s.context.unit;
    out.context = { platform: 'Pufa', language: 'zh-CN', ...(Object.keys(ext).length ? { extensions: ext } : {}) };
    return out;
  });
}

/** A quiz response in xAPI's choice/true-false pattern: "a", "a[,]c" (sorted), "true". */
export function encodeResponse(response: Response): string {
  if (typeof response === 'boolean') return String(response);
  if (Array.isArray(response)) return [...response].sort().join('[,]');
  return response ?? '';
}

/** The inverse of encodeResponse for a question type; empty text means unanswered (null). */
export function decodeResponse(text: string, type: QuestionType): Response {
  if (text === '') return null;
  if (type === 'truefalse') return text === 'true' ? true : text === 'false' ? false : text;
  return type === 'multiple' ? text.split('[,]') : text;
}
