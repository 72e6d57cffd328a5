/** Exam vocabulary shared by the CMS (settings options) and the site (start screen). */

/** Which attempt's result stands. */
export const COUNTING_ATTEMPTS = ['best', 'last'] as const;
export type CountingAttemptValue = (typeof COUNTING_ATTEMPTS)[number];

export const COUNTING_ATTEMPT_LABELS: Readonly<Record<CountingAttemptValue, string>> = { best: '最高分', last: '最后一次' };

/** What the start screen says happens when time runs out (the page submits what is answered). */
export const ON_TIMEOUT_TEXT = '时间到时系统自动交卷，已作答的题目计分，未作答的不得分；若届时已离开考试页面，本次考试仍计入已用次数。';
