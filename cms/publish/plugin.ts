/**
 * Adds the publish hooks (hook.ts) to every collection whose records reach public pages, and
 * hands the server's Payload instance to the publish loop at init. One place lists what is
 * public, so no collection file has to know about publishing.
 */
import type { Config, Plugin } from 'payload';
import { always, type PublicChange, practicePoolOnly, publishedOnly, publishHooks } from './hook';
import { attachPayload } from './registry';

/** Collections read by the site build (cms/site-data*.ts, the search index) and which changes count. */
export const PUBLIC_COLLECTIONS: Readonly<Record<string, PublicChange>> = {
  'responsibility-lists': publishedOnly,
  reports: publishedOnly,
  campaigns: always,
  media: publishedOnly,
  'key-dates': always,
  agencies: always,
  laws: always,
  'law-versions': always,
  'law-articles': always,
  'search-aliases': always,
  questions: practicePoolOnly,
};

/** The Payload plugin. */
export const publishOnChange: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => {
    const isPublic = PUBLIC_COLLECTIONS[collection.slug];
    if (!isPublic) return collection;
    const hooks = publishHooks(isPublic);
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
      },
    };
  }),
  onInit: async (payload) => {
    await config.onInit?.(payload);
    attachPayload(payload);
  },
});
