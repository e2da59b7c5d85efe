import type { CollectionConfig, Field } from 'payload'

/**
 * The sidebar "Review" box for asking, approving or sending back. A `ui` field: nothing is
 * stored on the document (requests are their own collection).
 */
export const reviewPanelField: Field = {
  name: 'reviewPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/admin/ReviewPanel#ReviewPanel' },
  },
}

/** Adds the review box to every collection a contributor may ask to have published. */
export function withReviewPanel(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    fields: [...collection.fields, reviewPanelField],
  }))
}
