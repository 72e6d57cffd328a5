import type { Loader } from 'astro/loaders';
import { loadSiteLaws } from '../../cms/site-data';
import { cmsOffline } from './offline';

/** Laws and their current articles, read from the CMS through Payload's Local API (none offline). */
export function lawsLoader(): Loader {
  return {
    name: 'pufa-laws',
    load: async ({ store, logger, parseData }) => {
      if (cmsOffline()) {
        store.clear();
        logger.info('PUFA_CMS_OFFLINE：不读取 CMS，法律集合为空');
        return;
      }
      const started = performance.now();
      const laws = await loadSiteLaws();
      store.clear();
      for (const law of laws) {
        store.set({ id: law.slug, data: await parseData({ id: law.slug, data: { ...law } }) });
      }
      const articles = laws.reduce((n, l) => n + l.articles.length, 0);
      logger.info(`从 CMS 读取 ${laws.length} 部法律、${articles} 条（${Math.round(performance.now() - started)} ms）`);
    },
  };
}
