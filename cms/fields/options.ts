/** Select options for the CMS, built from core/vocabulary's `as const` lists. */

/** Options whose stored value is also their label (Chinese words such as 社区 or 吕剧). */
export const wordOptions = <V extends string>(values: readonly V[]) => values.map((value) => ({ label: value, value }));

/** Options from stored values and their Chinese labels. */
export const labelledOptions = <V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>) =>
  values.map((value) => ({ label: labels[value], value }));
