/**
 * "查看公开页面" beside a record's save button: opens the page where the public sees the record
 * (core/public-pages.ts decides which, and whether it has one yet — lists and reports only once
 * published). Server component; the collection comes from the config's serverProps.
 */
import type { Payload, TypedUser } from 'payload';
import { type PublicPageCollection, publicPageOfRecord } from '../public-page';

interface Props {
  id?: number | string;
  payload: Payload;
  user?: TypedUser | null;
  collection: PublicPageCollection;
}

export async function PublicPageLink({ id, payload, user, collection }: Props) {
  if (id == null) return null;
  const url = await publicPageOfRecord(payload, collection, id, user ?? null);
  if (!url) return null;
  return (
    <a className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} href={url} target="_blank" rel="noopener" data-testid="public-page-link">
      查看公开页面
    </a>
  );
}
