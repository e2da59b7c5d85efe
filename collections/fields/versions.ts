import type { CollectionConfig } from 'payload'

/**
 * Drafts, version history and scheduled publish/unpublish (run by the jobs queue) for
 * every public collection.
 */
export const draftVersions: CollectionConfig['versions'] = {
  drafts: { autosave: false, schedulePublish: true, validate: true },
  maxPerDoc: 50,
}
