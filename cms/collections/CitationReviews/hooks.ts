import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload';
import { isStaff } from '../../access/roles';
import { forgetBankCaches } from '../../learning/catalog';
import type { CitationReview } from '../../payload-types';
import { relationId } from '../../relation';

/** Marking a flag 已复核 records who and when; reopening it clears both. */
export const recordReviewer: CollectionBeforeChangeHook<CitationReview> = ({ data, originalDoc, req }) => {
  if (data.status === 'reviewed' && originalDoc?.status !== 'reviewed') {
    data.reviewedBy = isStaff(req.user) ? req.user.id : null;
    data.reviewedAt = new Date().toISOString();
  } else if (data.status === 'open') {
    data.reviewedBy = null;
    data.reviewedAt = null;
  }
  return data;
};

/**
 * A reviewed question stored in the CMS is re-pinned to the new version (and, when its article
 * moved, to the new number). Lessons and practice quizzes are files: the review itself records
 * the accepted version, which the build and the next flagging read. Any change to a flag may
 * change which exam questions can be drawn, so the bank caches are dropped.
 */
export const repinReviewedQuestion: CollectionAfterChangeHook<CitationReview> = async ({ doc, previousDoc, req }) => {
  const question = relationId(doc.question);
  if (doc.sourceKind === 'exam' && question != null && doc.status === 'reviewed' && previousDoc?.status !== 'reviewed') {
    await req.payload.update({
      collection: 'questions',
      id: question,
      data: { citeVersion: doc.newVersion, ...(doc.newArticle ? { citeArticle: doc.newArticle } : {}) },
      req,
      depth: 0,
      overrideAccess: true,
    });
  }
  forgetBankCaches();
  return doc;
};
