/**
 * Where each kind of record appears on the public site: the one set of URL rules the site's
 * pages link with and the admin's "查看公开页面" link opens. Paths are site-relative.
 */
import type { ListStatus } from './vocabulary/agency';
import { lawUrl } from './quiz/citation';

/** A responsibility list's page for an agency (its URL key, the short name) and year. */
export const listUrl = (agencyKey: string, year: number) => `/lists/${encodeURIComponent(agencyKey)}/${year}/`;
/** An annual report's page for an agency and year. */
export const reportUrl = (agencyKey: string, year: number) => `/reports/${encodeURIComponent(agencyKey)}/${year}/`;
/** An annual report's .docx or .pdf file, beside its page. */
export const reportFileUrl = (agencyKey: string, year: number, format: 'docx' | 'pdf') => `${reportUrl(agencyKey, year)}report.${format}`;
/** The 普法办's city-wide annual report for a year. */
export const cityReportUrl = (year: number) => `/reports/city/${year}/`;
/** `2026-03` → /campaigns/2026/03/ (one page per month keeps each page small). */
export const campaignMonthUrl = (month: string) => `/campaigns/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
/** A campaign's anchor on its month's page; `startDate` is 'YYYY-MM-DD'. */
export const campaignUrl = (c: { id: string; startDate: string }) => `${campaignMonthUrl(c.startDate.slice(0, 7))}#c-${c.id}`;
/** The key-date calendar. */
export const CALENDAR_URL = '/calendar/';

/** A stored record as far as its public page depends on it. */
export type PublicRecord =
  | { kind: 'responsibility-lists' | 'reports'; status: ListStatus; agencyKey: string; year: number }
  | { kind: 'campaigns'; id: string; startDate: string }
  | { kind: 'laws'; slug: string }
  | { kind: 'media'; status: ListStatus; key: string; isImage: boolean; url: string | null }
  | { kind: 'key-dates' };

/**
 * The page where the public sees `record`, or null when it has none yet: lists and reports only
 * once published (a newer published version shows on the same page), a campaign without a start
 * date nowhere, audio and video at /media/<slug>/ once published, an image as its uploaded file.
 */
export function publicPageOf(record: PublicRecord): string | null {
  switch (record.kind) {
    case 'responsibility-lists':
      return record.status === 'published' ? listUrl(record.agencyKey, record.year) : null;
    case 'reports':
      return record.status === 'published' ? reportUrl(record.agencyKey, record.year) : null;
    case 'campaigns':
      return /^\d{4}-\d{2}-\d{2}$/.test(record.startDate) ? campaignUrl(record) : null;
    case 'laws':
      return record.slug ? lawUrl(record.slug) : null;
    case 'media':
      if (record.isImage) return record.url || null;
      return record.status === 'published' && record.key ? `/media/${encodeURIComponent(record.key)}/` : null;
    case 'key-dates':
      return CALENDAR_URL;
  }
}
