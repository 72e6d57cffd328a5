import { absoluteUrl, siteBase } from '../core/site-url';

/**
 * The public origin from `PUFA_SITE_URL` (default `http://localhost:$PORT`): the CMS endpoints
 * and the site build make every absolute URL with it, never from a request's Host or the bind address.
 */
export const publicSiteBase = (env: Record<string, string | undefined> = process.env): string => siteBase(env.PUFA_SITE_URL, env.PORT);

/** `path` as an absolute URL on the public site. */
export const publicUrl = (path: string, env: Record<string, string | undefined> = process.env): string => absoluteUrl(publicSiteBase(env), path);
