import type { CollectionConfig } from 'payload'

import { draftsForContributors } from './draftsForContributors'
import { editors } from './editors'
import { publishedOrStaff } from './publishedOrStaff'
import { staff } from './staff'
import { unpublishedForContributors } from './unpublishedForContributors'

/**
 * Every rule of a public, drafted collection, stated explicitly (docs/SECURITY.md):
 * the public reads published documents; contributors write drafts; editors publish.
 */
export const publicContentAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  create: draftsForContributors,
  update: draftsForContributors,
  delete: unpublishedForContributors,
  readVersions: staff,
  unlock: editors,
  admin: staff,
}
