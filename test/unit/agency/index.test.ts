import { describe, expect, it } from 'vitest';
import * as agency from '../../../core/agency';

describe('core/agency public API', () => {
  it('exports every function the CMS and site call', () => {
    const fns = [
      'createList',
      'transition',
      'reviseList',
      'replaceItems',
      'availableActions',
      'visibleList',
      'latestList',
      'keyDatesInYear',
      'resolveRule',
      'keyDateLabel',
      'assignLeads',
      'campaignActsOnKeyDate',
      'agenciesWithoutActionOnKeyDate',
      'importListRows',
      'listToRows',
      'formatImportError',
      'parseDateCell',
      'splitMulti',
      'computeReportFigures',
      'sourceRef',
      'listRef',
      'barChartSvg',
      'monthlyChartSvg',
      'donutSvg',
      'gradeForScore',
      'evaluate',
      'validateEvaluation',
      'parseScore',
      'cityOverview',
      'isoDate',
      'addDays',
    ] as const;
    for (const name of fns) expect(typeof agency[name], name).toBe('function');
    expect(agency.LIST_TEMPLATE.length).toBeGreaterThan(10);
    expect(agency.NATIONAL_KEY_DATES.length).toBeGreaterThan(20);
    expect(agency.SIX_TARGETS).toEqual(['机关', '乡村', '社区', '学校', '企业', '单位']);
  });
});
