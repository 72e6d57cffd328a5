import { MembershipButtons as MembershipButtons_h15b } from '../../../components/MembershipButtons'
import { ResetCodeButton as ResetCodeButton_1a2cd8240dfeef9cf82d87b172920c1d } from '../../../components/ResetCodeButton'
import { CurrentPasswordField as CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2 } from '../../../components/CurrentPasswordField'
import { WorkflowActions as WorkflowActions_1d1a4b3033b283969a141ef7226af4a9 } from '../../../components/WorkflowActions'
import { RowLabel as RowLabel_1e7cbdce5a2838a4e35b012373a30412 } from '../../../components/RowLabel'
import { ImportListForm as ImportListForm_6dd20d52df830e28958eeb3ad44a59ef } from '../../../components/ImportListForm'
import { PublicPageLink as PublicPageLink_adc5fe25b24d41033e24f3c4ab8adf10 } from '../../../components/PublicPageLink'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RubricField as RubricField_3f12ee3ef8a4cb2d7db10ce92f527f38 } from '../../../collections/Reports/components/RubricField'
import { DiffCell as DiffCell_49ca68bd5b7d5e749f496039bd6386bf } from '../../../collections/CitationReviews/CitationDiff'
import { DiffField as DiffField_49ca68bd5b7d5e749f496039bd6386bf } from '../../../collections/CitationReviews/CitationDiff'
import { CaptionsImport as CaptionsImport_d5d76e75b0ef142b1da411975e6fb656 } from '../../../components/CaptionsImport'
import { PublishStatus as PublishStatus_e61aa713f90427bc433a3057c9eea946 } from '../../../components/PublishStatus'
import { CityOverview as CityOverview_1361d806327ce667d1d8065e2c42d7f4 } from '../../../components/CityOverview'
import { UnitLearning as UnitLearning_dddbd46d508fff2f3c33255fe9ea09e1 } from '../../../components/UnitLearning'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/MembershipButtons#MembershipButtons": MembershipButtons_h15b,
  "/components/ResetCodeButton#ResetCodeButton": ResetCodeButton_1a2cd8240dfeef9cf82d87b172920c1d,
  "/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_28d17a3fb57fcfdd84576cae29621dd2,
  "/components/WorkflowActions#WorkflowActions": WorkflowActions_1d1a4b3033b283969a141ef7226af4a9,
  "/components/RowLabel#RowLabel": RowLabel_1e7cbdce5a2838a4e35b012373a30412,
  "/components/ImportListForm#ImportListForm": ImportListForm_6dd20d52df830e28958eeb3ad44a59ef,
  "/components/PublicPageLink#PublicPageLink": PublicPageLink_adc5fe25b24d41033e24f3c4ab8adf10,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/Reports/components/RubricField#RubricField": RubricField_3f12ee3ef8a4cb2d7db10ce92f527f38,
  "/collections/CitationReviews/CitationDiff#DiffCell": DiffCell_49ca68bd5b7d5e749f496039bd6386bf,
  "/collections/CitationReviews/CitationDiff#DiffField": DiffField_49ca68bd5b7d5e749f496039bd6386bf,
  "/components/CaptionsImport#CaptionsImport": CaptionsImport_d5d76e75b0ef142b1da411975e6fb656,
  "/components/PublishStatus#PublishStatus": PublishStatus_e61aa713f90427bc433a3057c9eea946,
  "/components/CityOverview#CityOverview": CityOverview_1361d806327ce667d1d8065e2c42d7f4,
  "/components/UnitLearning#UnitLearning": UnitLearning_dddbd46d508fff2f3c33255fe9ea09e1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
