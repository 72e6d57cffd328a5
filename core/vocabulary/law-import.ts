/** Words of the background law import: how a run of the importer over the full corpus stands. */

/** A run's state (stored values). `interrupted`: the server stopped before it finished. */
export const LAW_IMPORT_STATUSES = ['running', 'finished', 'failed', 'interrupted'] as const;
/** One run's state. */
export type LawImportStatus = (typeof LAW_IMPORT_STATUSES)[number];
export const LAW_IMPORT_STATUS_LABELS: Readonly<Record<LawImportStatus, string>> = {
  running: '导入中',
  finished: '已完成',
  failed: '失败',
  interrupted: '已中断（下次启动时继续）',
};
