/** Words of citation review: what kind of content cites, how the cited article changed, review state. */

/** Content that cites a law article. Lessons and practice quizzes are files; exam questions live in the CMS. */
export const CITING_KINDS = ['lesson', 'practice', 'exam'] as const;
/** One kind of citing content. */
export type CitingKind = (typeof CITING_KINDS)[number];
export const CITING_KIND_LABELS: Readonly<Record<CitingKind, string>> = { lesson: '课程', practice: '练习题', exam: '考试题' };

/**
 * How a cited article changed in a new version. `renumbered` is only for an article whose text is
 * unchanged but whose number moved (the citation's number is now wrong); a moved article whose
 * text also changed is `modified`.
 */
export const CITATION_CHANGES = ['modified', 'deleted', 'renumbered'] as const;
/** One flagged change. */
export type CitationChange = (typeof CITATION_CHANGES)[number];
export const CITATION_CHANGE_LABELS: Readonly<Record<CitationChange, string>> = { modified: '条文修改', deleted: '条文删除', renumbered: '条号变更' };

/** Review states: open flags keep exam questions out of the draw and show a notice on the site. */
export const REVIEW_STATES = ['open', 'reviewed'] as const;
/** One review state. */
export type ReviewState = (typeof REVIEW_STATES)[number];
export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = { open: '待复核', reviewed: '已复核' };
