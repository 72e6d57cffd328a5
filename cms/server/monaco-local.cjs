/* global module */
/**
 * Build-time loader (next.config.mjs): Payload's admin bundles @monaco-editor/loader, whose
 * default fetches Monaco from cdn.jsdelivr.net. It has no setting Payload passes through, so the
 * CDN base in that one bundled file is replaced by the path this server serves Monaco from
 * (cms/server/serve.ts, from node_modules/monaco-editor). The admin then never calls out.
 */
const CDN_BASE = /https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^/"'`]+\/min\/vs/g;

module.exports = function monacoLocal(source) {
  const { base } = this.getOptions();
  return source.replace(CDN_BASE, base);
};
