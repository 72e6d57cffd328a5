import type { QUESTION_TYPES } from '../vocabulary/learning';

/** Question types supported by practice quizzes and the question bank. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A law article reference: law slug (title without 中华人民共和国) + article number. */
export interface Citation {
  law: string;
  article: number;
  /** Date (YYYY-MM-DD) of the law version the citation was checked against. */
  version?: string;
}

export interface QuizOption {
  id: string;
  text: string;
}

/** The answer key: one option id, several option ids, or a boolean for true/false. */
export type AnswerKey = string | string[] | boolean;

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  options?: QuizOption[];
  answer: AnswerKey;
  explanation: string;
  cite: Citation;
  difficulty: number;
  /** Exam bank only: audiences an exam may draw it for (absent = all). */
  audiences?: readonly string[];
}

export interface QuizFile {
  id: string;
  title: string;
  questions: QuizQuestion[];
}
