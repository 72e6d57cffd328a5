import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload';
import { APIError } from 'payload';
import { adminOrUnitEditorOfLearner } from '../../access/exam-accommodations';
import { ownOrUnitRecords } from '../../access/learners';
import { agencyIdOf, hasRole } from '../../access/roles';
import type { ExamAccommodation } from '../../payload-types';
import { relationId } from '../../relation';

/**
 * The learner's unit is copied from the learner (never taken from the request), and who granted
 * it is the requesting staff member; an editor may grant only to learners of their own unit.
 */
const stampUnitAndGrantor: CollectionBeforeChangeHook<ExamAccommodation> = async ({ data, req, originalDoc }) => {
  const learnerId = relationId(data.learner ?? originalDoc?.learner);
  const learner = learnerId != null ? await req.payload.findByID({ collection: 'learners', id: learnerId, depth: 0, overrideAccess: true }).catch(() => null) : null;
  if (!learner) throw new APIError('学员不存在', 400);
  const unit = relationId(learner.unit) ?? null;
  // Access already limits editors to their unit's records; this stops one naming another unit's learner.
  if (hasRole(req.user, 'agency-editor') && (unit == null || unit !== agencyIdOf(req.user))) throw new APIError('只能为本单位的学员安排考试延时', 403);
  return { ...data, unit, grantedBy: hasRole(req.user, 'admin', 'agency-editor') ? req.user!.id : data.grantedBy };
};

/**
 * Extra time for one learner's exam in one year (an accommodation, WCAG 2.2.1): more minutes or
 * no time limit, with the reason; granted by an admin or the learner's unit editor. The server
 * enforces the deadline with it; the learner sees it on the start screen.
 */
export const ExamAccommodations: CollectionConfig = {
  slug: 'exam-accommodations',
  labels: { singular: '考试延时安排', plural: '考试延时安排' },
  admin: { group: '学习与考试', useAsTitle: 'reason', defaultColumns: ['learner', 'year', 'extraMinutes', 'noTimeLimit', 'grantedBy', 'createdAt'] },
  access: { read: ownOrUnitRecords('learner'), create: adminOrUnitEditorOfLearner, update: adminOrUnitEditorOfLearner, delete: adminOrUnitEditorOfLearner },
  indexes: [{ fields: ['year', 'learner'], unique: true }],
  hooks: { beforeChange: [stampUnitAndGrantor] },
  fields: [
    { type: 'row', fields: [
      { name: 'learner', label: '学员', type: 'relationship', relationTo: 'learners', required: true, index: true },
      { name: 'year', label: '年度', type: 'number', required: true },
    ] },
    { type: 'row', fields: [
      { name: 'extraMinutes', label: '延长时间（分钟）', type: 'number', min: 0, max: 600, defaultValue: 0 },
      { name: 'noTimeLimit', label: '不限时', type: 'checkbox', defaultValue: false },
    ] },
    { name: 'reason', label: '理由', type: 'textarea', required: true },
    { name: 'unit', label: '单位', type: 'relationship', relationTo: 'agencies', index: true, admin: { readOnly: true, description: '按学员所在单位自动填写' } },
    { name: 'grantedBy', label: '批准人', type: 'relationship', relationTo: 'users', admin: { readOnly: true, description: '保存时自动记录' } },
  ],
};
