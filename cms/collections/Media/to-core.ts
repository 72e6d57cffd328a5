import type { MediaState } from '../../../core/media/workflow';
import type { Media } from '../../payload-types';
import { relationKey } from '../../relation';

/** The workflow view of a stored media item, with `change` (a pending update) applied over it. */
export function mediaStateOf(doc: Partial<Media>, change: Partial<Media> = {}): MediaState {
  const merged = { ...doc, ...change };
  return {
    agencyId: relationKey(merged.agency),
    status: doc.status ?? 'draft',
    history: Array.isArray(doc.history) ? doc.history : [],
    kind: merged.kind ?? null,
    hasCaptions: typeof merged.transcript === 'string' && merged.transcript.trim() !== '',
    processing: merged.processingStatus ?? null,
  };
}
