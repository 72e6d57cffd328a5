/**
 * What `npm start` does about the public site before it serves. A first start (or one without the
 * publishing loop) builds the site before serving it. A later start serves the site the previous
 * run left and lets the publishing loop rebuild it in the background: once the whole corpus is
 * imported, a build before serving held `npm start` for about three minutes.
 */
export type SiteAtStart = 'build-before-serving' | 'serve-then-rebuild';

export function siteAtStart(options: { hasEarlierSite: boolean; publishing: boolean; dev: boolean }): SiteAtStart {
  return options.hasEarlierSite && options.publishing && !options.dev ? 'serve-then-rebuild' : 'build-before-serving';
}
