import type { Payload } from 'payload';
import { richTextToLexical } from '../../core/agency/rich-text';
import type { NarrativeSection } from '../../core/agency/report-types';
import type { RichBlock } from '../../core/agency/rich-text';
import { rubricForReport } from '../collections/Reports/rubric';
import type { DocId } from '../relation';
import { SEED_AGENCIES } from './agencies';
import { DEMO_YEAR, LIST_TEMPLATES, planCampaigns } from './agency-year';
import { seedKeyDates } from './key-dates';
import { justiceNarrative, policeNarrative, type NarrativeFacts } from './report-narratives';
import { demoHistory } from './seed-agency-year';
import { ensureDoc } from './upsert';

const lexical = (n: Record<NarrativeSection, RichBlock[]>) => ({
  basics: richTextToLexical(n.basics), practices: richTextToLexical(n.practices), problems: richTextToLexical(n.problems), plans: richTextToLexical(n.plans),
});

function factsOf(agency: string): NarrativeFacts {
  const plans = planCampaigns(seedKeyDates(DEMO_YEAR)).filter((c) => c.agency === agency);
  return {
    year: DEMO_YEAR,
    campaigns: plans.length,
    participants: plans.reduce((sum, c) => sum + c.participants, 0),
    topics: (LIST_TEMPLATES[agency] ?? []).map((i) => i.topic).slice(0, 2),
  };
}

/**
 * Two published demo reports (after the learners, so the rubric sees the officials' study):
 * 市司法局's, evaluated with the score the rubric suggests, and 市公安局's, awaiting the 评议.
 * Idempotent: an existing report is left as it is.
 */
export async function seedDemoReports(payload: Payload, agencyIds: Map<string, DocId>, log: (m: string) => void) {
  const idOf = (short: string) => agencyIds.get(SEED_AGENCIES.find((a) => a.shortName === short)!.name)!;
  const justice = idOf('市司法局');
  const { rubric } = await rubricForReport(payload, String(justice), DEMO_YEAR);
  const reports = [
    { short: '市司法局', name: '泉城市司法局', narrative: justiceNarrative(factsOf('市司法局')), evaluation: { score: rubric.score, rubric, reviewNote: '按评分细则评定。' } },
    { short: '市公安局', name: '泉城市公安局', narrative: policeNarrative(factsOf('市公安局')), evaluation: {} },
  ];
  for (const r of reports) {
    await ensureDoc(
      payload,
      'reports',
      { and: [{ agency: { equals: idOf(r.short) } }, { year: { equals: DEMO_YEAR } }] },
      {
        title: `${r.name}${DEMO_YEAR}年度普法履职报告`,
        agency: idOf(r.short),
        year: DEMO_YEAR,
        version: 1,
        status: 'published',
        // Submitted by the agency and published by the 普法办 before the 评议, as the workflow requires.
        history: demoHistory('published'),
        ...lexical(r.narrative),
        signatory: r.name,
        signedOn: `${DEMO_YEAR}-12-20T00:00:00.000Z`,
        ...r.evaluation,
      },
      { context: { seeding: true } },
    );
  }
  log(`履职报告 ${reports.length} 份（市司法局已评议：${rubric.score} 分，按评分细则）`);
}
