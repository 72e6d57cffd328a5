import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content';

/** Props of a page built once per entry of collection `C`. */
export interface EntryProps<C extends CollectionKey> {
  entry: CollectionEntry<C>;
}

/** `getStaticPaths` for one page per entry of `collection`: the route's `param` is the entry's id. */
export async function entryPages<C extends CollectionKey>(collection: C, param: string) {
  const entries: CollectionEntry<C>[] = await getCollection(collection);
  return entries.map((entry) => ({ params: { [param]: entry.id }, props: { entry } }));
}
