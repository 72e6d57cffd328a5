/**
 * Which agencies owe a 普法责任清单 and an annual 履职报告: those of the configured kinds.
 * By default the 执法机关, 人民团体 and 企事业单位; schools and residents'/villagers' committees
 * take part in campaigns but keep no list of their own, so the city's figures leave them out.
 * Set with PUFA_LIST_AGENCY_KINDS (comma-separated kinds), read in cms/agency/list-duty.ts.
 */

/** Every agency kind the CMS stores (the `agencies.kind` options). */
export const AGENCY_KIND_VALUES = ['执法机关', '人民团体', '企事业', '学校', '村居'] as const;
export type AgencyKind = (typeof AGENCY_KIND_VALUES)[number];

/** Kinds that owe a list when nothing is configured. */
export const DEFAULT_LIST_KINDS: readonly AgencyKind[] = ['执法机关', '人民团体', '企事业'];

/**
 * The kinds named in a setting (`执法机关,人民团体`; 、，; and spaces also separate), or the
 * default when it is empty. An unknown kind throws with a Chinese message naming it, so a typo
 * is not silently a city with no agencies.
 */
export function parseListKinds(raw: string | undefined, setting = 'PUFA_LIST_AGENCY_KINDS'): readonly AgencyKind[] {
  const names = (raw ?? '').split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return DEFAULT_LIST_KINDS;
  const unknown = names.filter((n) => !(AGENCY_KIND_VALUES as readonly string[]).includes(n));
  if (unknown.length) {
    throw new Error(`${setting} 中的单位类别“${unknown.join('、')}”无法识别，可选：${AGENCY_KIND_VALUES.join('、')}`);
  }
  return [...new Set(names)] as AgencyKind[];
}

/** Whether an agency of `kind` owes a list under `kinds`. */
export const owesList = (kind: string | null | undefined, kinds: readonly string[]): boolean => !!kind && kinds.includes(kind);
