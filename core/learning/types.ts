/** One lesson as the learning rules need it (from content/lessons front matter). */
export interface LessonInfo {
  /** Lesson slug, e.g. xianfa-jiben. */
  id: string;
  /** Id of the lesson's practice quiz; mastering it completes the lesson. */
  quizId: string;
  /** The practice questions of that quiz; mastery is decided from graded answers to these. */
  questionIds: readonly string[];
  /** Track ids the lesson belongs to (officials, students, village). */
  tracks: readonly string[];
  /** Law slugs the lesson covers (宪法, 民法典 …). */
  laws: readonly string[];
  /** 学时 credited when the quiz is mastered. */
  hours: number;
  /** Scaled pass mark 0–1 for this lesson's quiz; overrides the caller's default. */
  passMark?: number;
}

/** All lessons the rules know about. */
export type LessonCatalog = readonly LessonInfo[];

/** A track (audience) with its display title, for per-track badges. */
export interface TrackInfo {
  id: string;
  title: string;
}
