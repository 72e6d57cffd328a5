import type { PayloadRequest, Where } from 'payload';
import type { Agency } from '../payload-types';
import { relationId } from '../relation';

/** Every stored version of one agency × year of a reviewed record (lists, reports), any status. */
export async function versionsOf<S extends 'reports' | 'responsibility-lists'>(
  req: PayloadRequest,
  collection: S,
  of: { agency?: Agency['id'] | Agency | null; year: number },
) {
  const where: Where = { and: [{ agency: { equals: relationId(of.agency) ?? null } }, { year: { equals: of.year } }] };
  return (await req.payload.find({ collection, where, pagination: false, depth: 0, req })).docs;
}

/** The record the route's `:id` names, read with the caller's access; null when missing or not visible. */
export const visibleRecord = <S extends 'reports' | 'responsibility-lists' | 'media'>(req: PayloadRequest, collection: S) =>
  req.payload.findByID({ collection, id: req.routeParams?.id as string, depth: 0, overrideAccess: false, user: req.user, req }).catch(() => null);
