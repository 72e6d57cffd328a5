/** Words of the learning side: learner audiences (study tracks) and question kinds. */

/** Learner audiences; each is also a study track of the lessons. */
export const AUDIENCES = ['officials', 'students', 'village'] as const;
/** One learner audience. */
export type Audience = (typeof AUDIENCES)[number];
/** Chinese titles of the audiences (admin, certificates, exam settings, site). */
export const AUDIENCE_TITLES: Readonly<Record<Audience, string>> = {
  officials: '国家工作人员',
  students: '青少年学生',
  village: '法律明白人',
};

/** Question types. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse'] as const;
/** Chinese names of the question types. */
export const QUESTION_TYPE_LABELS: Readonly<Record<(typeof QUESTION_TYPES)[number], string>> = { single: '单选题', multiple: '多选题', truefalse: '判断题' };

/** True for a known audience id (stored text may be anything). */
export const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);
