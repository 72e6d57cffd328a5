import { describe, expect, it } from 'vitest';
import { failureReason } from '../../../core/publish/build-log';

describe('failureReason', () => {
  it('a lesson citing a missing article: the headline and the file and article it names', () => {
    const log = [
      '20:14:46 ▶ site/pages/lessons/[slug].astro',
      '\u001b[31m20:14:46 [ERROR] [build] Failed to call getStaticPaths for site/pages/lessons/[slug].astro\u001b[39m',
      '课程引用有误：',
      'content/lessons/xianfa.mdx: 引用的《宪法》第二十七条在法规库中不存在',
      '  Stack trace:',
      '    at checkLessonReferences (file:///work/main/site/lib/lessons.ts:42:9)',
    ].join('\n');
    expect(failureReason(log)).toBe(
      'Failed to call getStaticPaths for site/pages/lessons/[slug].astro 课程引用有误： content/lessons/xianfa.mdx: 引用的《宪法》第二十七条在法规库中不存在',
    );
  });

  it('an error without a headline (a loader that threw): its message before the trace', () => {
    const log = [
      '20:22:11 [content] Syncing content',
      '测验文件有误：',
      'content/quizzes/xianfa.yaml:',
      '  - xianfa-03: 引用的《宪法》第二十七条在法规库中不存在',
      '  Location:',
      '    /work/main/node_modules/astro/dist/content/content-layer.js:187:5',
    ].join('\n');
    expect(failureReason(log)).toBe('测验文件有误： content/quizzes/xianfa.yaml: - xianfa-03: 引用的《宪法》第二十七条在法规库中不存在');
  });

  it('Astro’s named errors and plain output', () => {
    expect(failureReason('[ConfigNotFound] Unable to resolve `--config "x.mjs"`. Does the file exist?\n  Error reference:\n  https://docs')).toBe(
      '[ConfigNotFound] Unable to resolve `--config "x.mjs"`. Does the file exist?',
    );
    expect(failureReason('line one\nKilled\n')).toBe('Killed');
    expect(failureReason('')).toBe('构建失败');
  });
});
