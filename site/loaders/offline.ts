/**
 * True when PUFA_CMS_OFFLINE=1: the loaders that read the CMS load nothing. `astro check` (in the
 * test command) syncs content collections only to generate their types, and must not need a
 * seeded database; a real build never sets it.
 */
export const cmsOffline = (): boolean => process.env.PUFA_CMS_OFFLINE === '1';
