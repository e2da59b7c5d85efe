import type { CollectionConfig, Field } from 'payload'

/**
 * The "Review" box in a document's sidebar: a contributor asks for review with a message and
 * reads the editor's comment; an editor approves or sends back from the document itself.
 * A `ui` field: nothing is stored on the document (the requests are their own collection).
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
