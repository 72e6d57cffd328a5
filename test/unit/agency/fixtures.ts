/** Records shared by the agency tests. */
import type { Actor, Campaign, ListItem, MediaRecord } from '../../../core/agency/types';

export const NOW = new Date('2026-02-01T08:00:00Z');
export const LATER = new Date('2026-02-02T08:00:00Z');

export const editor: Actor = { id: 'u-editor', role: 'agency-editor', agencyId: 'scjg' };
export const otherEditor: Actor = { id: 'u-other', role: 'agency-editor', agencyId: 'gaj' };
export const reviewer: Actor = { id: 'u-reviewer', role: 'reviewer', agencyId: 'sfj' };
export const admin: Actor = { id: 'u-admin', role: 'admin', agencyId: 'sfj' };
export const teacher: Actor = { id: 'u-teacher', role: 'teacher', agencyId: 'yz' };

/** A list item with sensible defaults; override any facet. */
export function item(id: string, seq: number, over: Partial<ListItem> = {}): ListItem {
  return {
    id,
    seq,
    category: '民法典',
    content: { topic: `任务${seq}`, laws: ['民法典'] },
    responsibility: { leader: '王局长', person: '李科员', department: '法规科' },
    measures: { audiences: ['企业经营者'], forms: ['讲座'], keyDates: [] },
    standard: {
      target: '开展讲座不少于2场',
      deadline: '2026-06-30',
      status: '未开始',
      evidence: { campaignIds: [], mediaIds: [] },
    },
    ...over,
  };
}

/** A campaign of agency 'scjg' on one day unless overridden. */
export function campaign(id: string, startDate: string, over: Partial<Campaign> = {}): Campaign {
  return {
    id,
    theme: `活动${id}`,
    startDate,
    endDate: startDate,
    target: '社区',
    place: '泉城路街道',
    participants: 100,
    organizerAgencyIds: ['scjg'],
    mediaIds: [],
    laws: [],
    ...over,
  };
}

/** A media record of agency 'scjg'. */
export function media(id: string, date: string, artForm: string, laws: string[] = []): MediaRecord {
  return { id, title: `作品${id}`, artForm, agencyId: 'scjg', date, laws };
}
