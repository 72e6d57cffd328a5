/**
 * Query understanding (browser-safe): lunr's query parser reads the syntax,
 * our tokenizer turns each clause into parts and the grams to look up.
 *
 * Syntax (lunr 2.3.9's): words separated by spaces must all occur; `-词`
 * excludes documents containing 词; `title:词` / `标题:词` looks in titles
 * only, `body:词` / `正文:词` in body text only. lunr's OR default is not used:
 * every clause that is not prohibited is required. Wildcards (`*`) and edit
 * distances (`~1`) are accepted and ignored: substring matching already finds
 * 民法 inside 民法典 (a `*` inside a word separates words). Input lunr cannot
 * parse (`原则:合法`, where lunr sees a field name) is read as plain words
 * separated by spaces.
 *
 * Punctuation inside a word makes it a phrase (see tokenize.phraseParts): a
 * pasted 合法、正当、必要 finds the documents holding exactly that, not every
 * document holding 合法, 正当 and 必要 somewhere. Words separated by spaces
 * stay separate requirements.
 */
import lunr from 'lunr';
import { type CoverGram, normalize, phraseParts } from './tokenize';

export type PartField = 'any' | 'title' | 'body';

export interface PlannedPart {
  /** Normalized part that must occur verbatim: a run of letters/digits, or a phrase with its punctuation. */
  text: string;
  /** Grams to intersect, with their offsets in the part (see tokenize.coverOf). */
  grams: CoverGram[];
  field: PartField;
}

export interface QueryPlan {
  required: PlannedPart[];
  prohibited: PlannedPart[];
}

const FIELDS = ['title', 'body'];
const ALIASES: Record<string, string> = { 标题: 'title', 正文: 'body' };

/** The clause fields read here (lunr 2.3.9; `presence` is missing from @types/lunr). */
interface Clause {
  term: string;
  fields?: string[];
  presence?: lunr.Query.presence;
}
interface LunrQueryParser {
  parse(): { clauses: Clause[] };
}
const QueryParser = (lunr as unknown as { QueryParser: new (text: string, query: lunr.Query) => LunrQueryParser }).QueryParser;

function parseWithLunr(text: string): Clause[] {
  const withFields = text.replace(/(^|\s)(标题|正文)(?=:)/g, (_m, space: string, alias: string) => space + ALIASES[alias]);
  try {
    return new QueryParser(withFields, new lunr.Query(FIELDS)).parse().clauses;
  } catch (error) {
    if ((error as Error).name !== 'QueryParseError') throw error;
    return text.split(/\s+/).map((term) => ({ term, fields: FIELDS, presence: lunr.Query.presence.REQUIRED }));
  }
}

/** Parse a user query into required and prohibited parts. Empty plan when nothing is searchable. */
export function planQuery(query: string): QueryPlan {
  const plan: QueryPlan = { required: [], prohibited: [] };
  const seen = new Set<string>();
  for (const clause of parseWithLunr(normalize(query))) {
    const fields = clause.fields ?? FIELDS;
    const field: PartField = fields.length !== 1 ? 'any' : fields[0] === 'title' ? 'title' : 'body';
    const prohibited = clause.presence === lunr.Query.presence.PROHIBITED;
    for (const { text, grams } of clause.term.split('*').flatMap(phraseParts)) {
      const key = `${prohibited ? '-' : '+'}${field}:${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (prohibited ? plan.prohibited : plan.required).push({ text, grams, field });
    }
  }
  return plan;
}

/** True when a required part is a phrase (holds punctuation between its runs). */
export const hasPhrase = (plan: QueryPlan): boolean => plan.required.some((p) => /[^\p{L}\p{N}]/u.test(p.text));

/** Every gram a plan needs, deduplicated. */
export function gramsOf(plan: QueryPlan): string[] {
  return [...new Set([...plan.required, ...plan.prohibited].flatMap((p) => p.grams.map((g) => g.gram)))];
}
