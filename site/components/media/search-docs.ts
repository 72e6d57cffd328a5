/**
 * Search documents of published media (pure): one per work — title, art form with 戏曲 and its
 * kind, performers, description, laws — and one per transcript line, titled by the line and
 * linking to the work's page at that moment (`#t=`), so a remembered line of 唱词 finds where it
 * is sung.
 */
import type { PublicMedia } from '../../../core/media/types';
import type { SearchDoc } from '../../../core/search/types';
import { formLabel, mediaUrl } from './library';
import { formatClock, timeHash } from './player-logic';

export function mediaSearchDocs(items: readonly PublicMedia[]): SearchDoc[] {
  return items.flatMap((m): SearchDoc[] => {
    const form = formLabel(m);
    const work: SearchDoc = {
      id: m.slug,
      kind: 'media',
      title: m.title,
      text: [form, m.operaKind ? `${m.operaKind}普法 戏曲普法` : `${m.artForm}普法`, m.performers.join(' '), m.description ?? '', ...m.laws.map((l) => `《${l.slug}》`), m.agency.name].join(' '),
      url: mediaUrl(m),
      subtitle: [form, m.performers.join('、')].filter(Boolean).join(' · '),
    };
    const lines = m.captions.cues.map(
      (cue, n): SearchDoc => ({
        id: `${m.slug}/${String(n).padStart(4, '0')}`,
        kind: 'media',
        title: cue.text.replace(/\s+/g, ' '),
        text: '',
        url: `${mediaUrl(m)}${timeHash(cue.start)}`,
        subtitle: `${m.title} ${formatClock(cue.start)} 处`,
      }),
    );
    return [work, ...lines];
  });
}
