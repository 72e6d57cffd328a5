import { ImportListForm as ImportListForm_6dd20d52df830e28958eeb3ad44a59ef } from '../../../components/ImportListForm'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/ImportListForm#ImportListForm": ImportListForm_6dd20d52df830e28958eeb3ad44a59ef,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
