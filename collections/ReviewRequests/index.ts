import type { Access, CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { roleOf } from '@/lib/auth/roles'
import { staff } from '../access/staff'
import {
  REVIEW_DECISIONS,
  REVIEW_REQUESTS,
  REVIEW_STATUSES,
  REVIEWABLE_COLLECTIONS,
} from '@/lib/review/reviewable'
import { auditDelete } from '@/lib/audit/hooks'
import { carryOutReview } from './hooks/carryOutReview'
import { decisionsOnlyByEditors } from './hooks/decisionsOnlyByEditors'
import { prepareReviewRequest } from './hooks/prepareReviewRequest'

/** Editors read every request; a contributor only their own (to see the editor's comment). */
const ownOrEditors: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'editor' || role === 'admin') return true
  if (role === 'contributor') return { requestedBy: { equals: req.user!.id } }
  return false
}

/**
 * A contributor's request to publish a draft: its own collection, so drafts carry only content
 * and who decides is one access rule; the server fills in who asked and decided.
 */
export const ReviewRequests: CollectionConfig = {
  slug: REVIEW_REQUESTS,
  labels: {
    singular: { en: 'Review request', es: 'Solicitud de revisión' },
    plural: { en: 'Review requests', es: 'Solicitudes de revisión' },
  },
  access: {
    read: ownOrEditors,
    create: staff,
    update: editors,
    delete: editors,
    unlock: editors,
    admin: staff,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'requesterLabel', 'createdAt', 'decidedAt'],
    description: 'Drafts waiting for an editor: approve (publish now or at a time) or send back.',
    group: 'Workflow',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  hooks: {
    beforeOperation: [decisionsOnlyByEditors],
    beforeChange: [prepareReviewRequest],
    afterChange: [carryOutReview],
    afterDelete: [auditDelete],
  },
  fields: [
    {
      name: 'doc',
      label: 'Document',
      type: 'relationship',
      relationTo: [...REVIEWABLE_COLLECTIONS],
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'title', type: 'text', admin: { readOnly: true } },
    { name: 'message', type: 'textarea', required: true, maxLength: 2000 },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: REVIEW_STATUSES.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'decision',
      type: 'select',
      options: REVIEW_DECISIONS.map((value) => ({ label: value, value })),
      admin: {
        position: 'sidebar',
        description: 'When approving: publish now, or schedule at the time below.',
      },
    },
    {
      name: 'publishAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'comment',
      label: 'Editor’s comment',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'Required when sending back; the contributor reads it.' },
    },
    // Filled in by the server (prepareReviewRequest), never taken from the request's data.
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { readOnly: true, hidden: true },
    },
    { name: 'requesterLabel', label: 'Requested by', type: 'text', admin: { readOnly: true } },
    {
      name: 'versionId',
      label: 'Version reviewed',
      type: 'text',
      admin: { readOnly: true, description: 'The draft version the request is about.' },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, hidden: true },
    },
    { name: 'deciderLabel', label: 'Decided by', type: 'text', admin: { readOnly: true } },
    { name: 'decidedAt', type: 'date', admin: { readOnly: true } },
  ],
}
