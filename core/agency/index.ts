/**
 * Public API of the agencies' 普法 year: responsibility lists and their review workflow,
 * the key-date calendar, spreadsheet import/export, annual report figures, static SVG
 * charts and evaluation. Pure functions over plain records; no framework imports, no I/O.
 */
export type * from './types';
export { ITEM_STATUSES, LIST_STATUSES, LIST_STATUS_LABELS, SIX_TARGETS } from './types';
export { NARRATIVE_SECTIONS } from './report-types';
export { addDays, dateParts, daysInMonth, isIsoDate, isoDate, rangesOverlap, weekday } from './dates';
export {
  ACTION_LABELS,
  availableActions,
  createList,
  latestList,
  replaceItems,
  reviseList,
  transition,
  visibleList,
} from './workflow';
export type { TransitionResult } from './workflow';
export {
  NATIONAL_KEY_DATES,
  agenciesWithoutActionOnKeyDate,
  assignLeads,
  campaignActsOnKeyDate,
  keyDateLabel,
  keyDatesInYear,
  resolveRule,
} from './key-dates';
export { LIST_TEMPLATE, columnForHeader, normalizeHeader } from './list-template';
export type { ColumnKey, TemplateColumn } from './list-template';
export { joinMulti, lawMatcher, parseDateCell, parseStatusCell, splitMulti } from './list-cells';
export type { LawRef } from './list-cells';
export {
  MAX_CELL_LENGTH,
  MAX_IMPORT_ERRORS,
  MAX_IMPORT_ROWS,
  formatImportError,
  importListRows,
  listToRows,
} from './list-import';
export type { ImportError, ImportOptions, ImportResult } from './list-import';
export { DEFAULT_KEY_DATE_WINDOW, computeReportFigures, listRef, sourceRef } from './report';
export { barChartSvg, donutSvg, monthlyChartSvg } from './svg-charts';
export type { ChartDatum, ChartOptions } from './svg-charts';
export { CHART_FONT_STACK, escapeXml } from './svg-util';
export {
  GRADES,
  GRADE_THRESHOLDS,
  MAX_SCORE,
  evaluate,
  gradeForScore,
  parseScore,
  scoreError,
  validateEvaluation,
} from './evaluation';
export type { Evaluation, Grade } from './evaluation';
export { cityOverview } from './city-overview';
export type { CityOverview, OverviewRow } from './city-overview';
