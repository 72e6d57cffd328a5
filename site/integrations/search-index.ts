/**
 * Astro integration: after the pages are built, writes the split search index into
 * `<outDir>/search/` (see core/search/build-index.ts). Segments whose documents did not change
 * since the last build are copied from Astro's cache folder.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../../core/search/build-index';
import { loadSearchAliases } from './search-aliases';
import { searchSources } from './search-sources';

export function searchIndex(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'pufa-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = new URL('pufa-search/', config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { aliases, missing } = await loadSearchAliases();
          for (const m of missing) logger.warn(`检索同义词指向的条文在现行版本中不存在，已略过：${m}`);
          const { segments } = await writeSearchIndex(searchSources(), fileURLToPath(new URL('search/', dir)), {
            cacheDir: cacheDir && fileURLToPath(cacheDir),
            aliases,
          });
          for (const s of segments) {
            logger.info(
              `${s.name}：${s.docs} 篇文档，${s.files} 个文件，${(s.bytes / 2 ** 20).toFixed(1)} MB（gzip）` +
                `${s.cached ? '，沿用缓存' : ''}，${Math.round(s.ms)} ms`,
            );
          }
          logger.info(`检索同义词 ${aliases.length} 条`);
          logger.info(`搜索索引完成，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
        } catch (error) {
          throw new Error(`搜索索引构建失败：${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}
