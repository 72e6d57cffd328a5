import {
  BoldFeature,
  FixedToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical';
import type { Field } from 'payload';
import { NARRATIVE_SECTIONS } from '../../../core/agency/report-types';

// Only what a 履职报告 needs and what every export (public page, .docx, PDF) renders:
// paragraphs, bold, italic, bulleted and numbered lists (core/agency/rich-text.ts).
const narrativeEditor = lexicalEditor({
  features: () => [ParagraphFeature(), BoldFeature(), ItalicFeature(), UnorderedListFeature(), OrderedListFeature(), FixedToolbarFeature()],
});

/** The four narrative sections as rich-text fields, in the order the report prints them. */
export const narrativeFields = (): Field[] =>
  NARRATIVE_SECTIONS.map(({ key, heading, hint }) => ({
    name: key,
    label: heading,
    type: 'richText' as const,
    editor: narrativeEditor,
    admin: { description: `${hint}。提交审核前必须填写。` },
  }));

/** 落款: the signing unit and the date, printed right-aligned under the report. */
export const signatureFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'signatory', label: '落款单位', type: 'text', admin: { description: '留空则用本单位全称。', width: '50%' } },
      { name: 'signedOn', label: '落款日期', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' }, description: '留空则用提交审核的日期。', width: '50%' } },
    ],
  },
];
