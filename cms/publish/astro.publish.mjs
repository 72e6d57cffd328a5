// The site's Astro config with a cache folder of the publish loop's own (PUFA_ASTRO_CACHE_DIR):
// Astro keeps its content data store there, and another build of the same checkout running at
// the same time (a developer's `astro build`) must not empty it under this one.
import base from '../../astro.config.mjs';

export default { ...base, cacheDir: process.env.PUFA_ASTRO_CACHE_DIR ?? base.cacheDir };
