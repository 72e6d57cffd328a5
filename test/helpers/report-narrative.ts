import { lexicalParagraphs } from '../../core/agency/rich-text';

/** All four narrative sections written (as the admin's editor stores them): a report that may be submitted. */
export const fullNarrative = (note = '测试') => ({
  basics: lexicalParagraphs(`${note}：基本情况。`),
  practices: lexicalParagraphs(`${note}：主要做法和成效。`),
  problems: lexicalParagraphs(`${note}：存在的问题和不足。`),
  plans: lexicalParagraphs(`${note}：下一步工作打算。`),
});
