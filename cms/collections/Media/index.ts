import type { CollectionConfig } from 'payload';
import { publicPageLink } from '../../public-page';
import { adminOrEditor, publishedOrOwnAgency, reviewersOrOwnAgency } from '../../access/agency-records';
import { adminOrOwnAgency } from '../../access/rules';
import { owningAgencyField } from '../../fields/owning-agency';
import { reviewHistoryField, reviewWorkflowFields } from '../../fields/review-workflow';
import { typedJson } from '../../fields/typed-json';
import { labelledOptions, wordOptions } from '../../fields/options';
import { chaptersText, webVtt } from '../../fields/validators';
import { MEDIA_DIR } from '../../media/storage';
import { ART_FORMS } from '../../../core/vocabulary/agency';
import { AUDIENCES, AUDIENCE_TITLES } from '../../../core/vocabulary/learning';
import { PROCESSING_LABELS, PROCESSING_STATES } from '../../../core/media/types';
import { mediaFileEndpoint } from './endpoints/file';
import { mediaWorkflowEndpoints } from './endpoints/workflow';
import { captionsFromLrc } from './hooks/captions-from-lrc';
import { enforceMediaWorkflow } from './hooks/enforce-media-workflow';
import { applyProbe, probeBeforeOperation } from './hooks/probe-upload';
import { processAfterSave, removeRenditionsAfterDelete } from './hooks/process-after-save';

const system = { readOnly: true, position: 'sidebar' as const };

/**
 * Legal-education media (戏曲普法, 评书普法, 快板 …). On upload the server probes the real format
 * and duration with ffprobe (a file that is not what its name says is refused), then makes an
 * audio-only rendition, a phone-sized video and a poster after the save (cms/media/). Captions
 * are WebVTT, pasted or imported from LRC. Media follow the lists' review workflow: only
 * published items are public, files included (GET /api/media/:id/files/:name, with Range).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '普法作品', plural: '普法作品' },
  admin: {
    group: '普法宣传',
    useAsTitle: 'title',
    defaultColumns: ['title', 'artForm', 'kind', 'status', 'processingStatus', 'agency'],
    components: { edit: publicPageLink('media') },
  },
  access: { read: publishedOrOwnAgency, create: adminOrEditor, update: reviewersOrOwnAgency, delete: adminOrOwnAgency },
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: ['audio/*', 'video/*', 'image/*'],
    // Images only (campaign photos, posters); audio and video get their renditions from ffmpeg.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, withoutEnlargement: true },
    ],
    formatOptions: { format: 'webp', options: { quality: 80 } },
    adminThumbnail: ({ doc }) => {
      const poster = (doc as { renditions?: { poster?: { sizes?: { width: number }[] } } }).renditions?.poster?.sizes?.[0];
      if (poster) return `/api/media/${String(doc.id)}/files/poster-${poster.width}.webp`;
      const thumb = (doc as { sizes?: { thumbnail?: { url?: string } } }).sizes?.thumbnail?.url;
      return thumb ?? null;
    },
  },
  hooks: {
    beforeOperation: [probeBeforeOperation],
    beforeValidate: [applyProbe, captionsFromLrc],
    beforeChange: [enforceMediaWorkflow],
    afterChange: [processAfterSave],
    afterDelete: [removeRenditionsAfterDelete],
  },
  endpoints: [mediaFileEndpoint, ...mediaWorkflowEndpoints],
  fields: [
    { name: 'title', label: '作品名称', type: 'text', required: true },
    {
      name: 'slug',
      label: '网址标识',
      type: 'text',
      unique: true,
      index: true,
      validate: (value: unknown) => (value == null || value === '' || (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) ? true : '网址标识只能用小写字母、数字和连字符，如 lvju-hunyin'),
      admin: { position: 'sidebar', description: '公开页面为 /media/<标识>/；不填则用编号。' },
    },
    { name: 'artForm', label: '艺术形式', type: 'select', required: true, options: wordOptions(ART_FORMS), admin: { description: '戏曲作品请选剧种（吕剧、京剧、豫剧、黄梅戏…）。' } },
    { name: 'performers', label: '表演者', type: 'text', hasMany: true },
    { name: 'description', label: '简介', type: 'textarea' },
    { name: 'audiences', label: '适用对象', type: 'select', hasMany: true, options: labelledOptions(AUDIENCES, AUDIENCE_TITLES) },
    { name: 'relatedLaws', label: '相关法律', type: 'relationship', relationTo: 'laws', hasMany: true },
    {
      name: 'transcript',
      label: '唱词/字幕（WebVTT 或 LRC）',
      type: 'textarea',
      validate: webVtt(),
      admin: { description: '粘贴 WebVTT 字幕或 LRC 歌词（如 [00:12.50]婚姻自由记心上），也可用下方按钮导入 .lrc/.vtt 文件；LRC 保存时转为 WebVTT。视频须有字幕才能发布。', rows: 10 },
    },
    { name: 'captionsImport', type: 'ui', admin: { components: { Field: '/components/CaptionsImport#CaptionsImport' } } },
    {
      name: 'chapters',
      label: '章节（可引用法条）',
      type: 'textarea',
      validate: chaptersText(),
      admin: { description: '每行一个章节：[分:秒] 标题，可写引用，如 “[00:12.80] 禁止包办买卖婚姻 《民法典》第一千零四十二条”。', rows: 5 },
    },
    owningAgencyField(),
    ...reviewWorkflowFields('用下方按钮提交审核；审核员发布后作品及其文件才对公众可见。视频须有字幕。'),
    { name: 'kind', label: '类型', type: 'select', options: [{ label: '视频', value: 'video' }, { label: '音频', value: 'audio' }, { label: '图片', value: 'image' }], admin: system },
    { name: 'durationSeconds', label: '时长（秒，自动检测）', type: 'number', min: 0, admin: system },
    { name: 'processingStatus', label: '处理状态', type: 'select', options: labelledOptions(PROCESSING_STATES, PROCESSING_LABELS), admin: system },
    { name: 'processingNote', label: '处理说明', type: 'text', admin: system },
    typedJson({ name: 'renditions', label: '转码文件', admin: { readOnly: true, description: '低码率音频、手机版视频和封面，由系统生成。' } }, 'core/media/types', 'StoredRenditions'),
    { name: 'demo', label: '演示素材', type: 'checkbox', defaultValue: false, admin: { ...system, description: '种子数据自动生成的演示作品' } },
    reviewHistoryField(),
  ],
};
