import type { AgencyYearData, SiteCampaign } from '../../cms/site-data-agency';
import type { Campaign, ListItem, ReportInput, SixTarget } from '../../core/agency/types';
import { placeStoredKeyDate } from '../../core/agency/key-dates';

/**
 * The report's input for one agency × year, from the published records the site can see.
 * Drafts never reach the site, so an unpublished list shows as missing in the report.
 */
export function reportInputFor(data: AgencyYearData, agencyId: string, year: number, asOf: string): ReportInput {
  const slug = (id: string) => data.lawSlugs[id] ?? id;
  return {
    agencyId,
    year,
    asOf,
    learning: data.learning[`${agencyId}#${year}`],
    lists: data.lists
      .filter((l) => l.agencyId === agencyId && l.year === year)
      .map((l) => ({
        agencyId,
        year,
        version: l.version,
        status: 'published',
        history: [],
        items: l.items.map(
          (i, n): ListItem => ({
            id: `${l.id}-${n + 1}`,
            seq: n + 1,
            category: i.category || '其他',
            content: { topic: i.topic, laws: i.laws.map(slug) },
            responsibility: { leader: i.leader, person: i.person, department: i.department },
            measures: { audiences: i.audiences, forms: i.forms, keyDates: i.keyDates },
            standard: {
              target: i.target,
              deadline: i.deadline,
              status: i.progress as ListItem['standard']['status'],
              evidence: { campaignIds: i.evidenceCampaigns, mediaIds: i.evidenceMedia },
            },
          }),
        ),
      })),
    campaigns: data.campaigns.map((c) => coreCampaign(c, slug)),
    media: data.media.map((m) => ({ id: m.id, title: m.title, artForm: m.artForm, agencyId: m.agencyId, date: m.createdAt, laws: [] })),
    keyDates: data.keyDates.flatMap((k) => placeStoredKeyDate(k, year) ?? []),
  };
}

/** A published campaign in the shape the core rules take (law ids turned into slugs by `slug`). */
export function coreCampaign(c: SiteCampaign, slug: (lawId: string) => string = (id) => id): Campaign {
  return {
    id: c.id,
    theme: c.theme,
    startDate: c.startDate,
    endDate: c.endDate,
    keyDateId: c.keyDateId || null,
    target: c.target as SixTarget,
    place: c.place,
    participants: c.participants,
    organizerAgencyIds: [c.agencyId],
    mediaIds: c.mediaIds,
    laws: c.laws.map(slug),
  };
}
