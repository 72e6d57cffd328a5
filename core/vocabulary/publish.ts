/** Words of the publishing loop: why a site build ran and how it went. */
import type { PublishTrigger } from '../publish/scheduler';

/** Why a build ran (stored values). */
export const BUILD_TRIGGERS = ['change', 'manual', 'daily', 'startup'] as const satisfies readonly PublishTrigger[];
export const BUILD_TRIGGER_LABELS: Readonly<Record<PublishTrigger, string>> = {
  change: '内容变更',
  manual: '手动重新发布',
  daily: '每日更新',
  startup: '启动',
};

/** A build record's state. */
export const BUILD_STATUSES = ['queued', 'building', 'succeeded', 'failed'] as const;
/** One build state. */
export type BuildStatus = (typeof BUILD_STATUSES)[number];
export const BUILD_STATUS_LABELS: Readonly<Record<BuildStatus, string>> = {
  queued: '排队中',
  building: '构建中',
  succeeded: '成功',
  failed: '失败',
};
