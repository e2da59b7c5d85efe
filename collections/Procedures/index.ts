import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { withPublishChecks } from '../hooks/checkBeforePublish'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { syncSearchAfterChange, syncSearchAfterDelete } from '../hooks/syncSearch'
import { internalNotesField } from '../fields/internalNotes'
import { departmentField, topicsField } from '../fields/relations'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { validateTransactionPath } from './fields/validateTransactionPath'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

const textList = (name: string, label: string, description?: string) => ({
  name,
  label,
  type: 'array' as const,
  localized: true,
  admin: { description },
  fields: [{ name: 'text', type: 'textarea' as const, required: true, maxLength: 600 }],
})

/** Procedure guides: what a citizen needs, pays and does, and where to do it online. */
export const Procedures: CollectionConfig = withPublishChecks({
  slug: 'procedures',
  labels: { singular: 'Procedure', plural: 'Procedures' },
  access: publicContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'nextReview', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: 'title',
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400 },
    topicsField,
    departmentField,
    {
      name: 'popularity',
      label: 'Monthly uses',
      type: 'number',
      min: 0,
      defaultValue: 0,
      admin: {
        position: 'sidebar',
        description:
          'From the e-office statistics; the most used procedures are the home page top tasks.',
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Who and what',
          fields: [
            { name: 'whoCanApply', type: 'textarea', localized: true, maxLength: 1000 },
            textList('requirements', 'Requirements'),
            textList('documents', 'Documents to bring'),
            {
              name: 'fees',
              type: 'array',
              labels: { singular: 'Fee', plural: 'Fees' },
              admin: { description: 'Leave empty when the procedure is free.' },
              fields: [
                { name: 'label', type: 'text', required: true, localized: true },
                {
                  name: 'amount',
                  label: 'Amount (EUR)',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 1_000_000,
                },
                { name: 'note', type: 'text', localized: true },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'deadline', type: 'text', localized: true, admin: { width: '50%' } },
                { name: 'processingTime', type: 'text', localized: true, admin: { width: '50%' } },
              ],
            },
          ],
        },
        {
          label: 'Steps',
          fields: [
            {
              name: 'steps',
              type: 'array',
              localized: true,
              minRows: 1,
              fields: [
                { name: 'title', type: 'text', required: true },
                { name: 'description', type: 'textarea' },
              ],
            },
            { name: 'body', label: 'More information', type: 'richText', localized: true },
          ],
        },
        {
          label: 'Channels',
          fields: [
            {
              name: 'online',
              type: 'group',
              fields: [
                {
                  name: 'enabled',
                  label: 'Available online',
                  type: 'checkbox',
                  defaultValue: false,
                },
                {
                  name: 'transactionPath',
                  type: 'text',
                  admin: {
                    description:
                      'Path on the electronic office (e.g. /procedures/register-certificate) or a full https URL on an allowlisted host.',
                    condition: (_, sibling) => Boolean(sibling?.enabled),
                  },
                  validate: validateTransactionPath,
                },
                {
                  name: 'identification',
                  type: 'select',
                  defaultValue: 'certificate',
                  options: [
                    { label: 'No identification', value: 'none' },
                    { label: 'Username and password', value: 'password' },
                    { label: 'Digital certificate or eID', value: 'certificate' },
                  ],
                  admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
                },
              ],
            },
            {
              name: 'inPerson',
              type: 'group',
              fields: [
                {
                  name: 'enabled',
                  label: 'Available in person',
                  type: 'checkbox',
                  defaultValue: false,
                },
                { name: 'locations', type: 'relationship', relationTo: 'services', hasMany: true },
                { name: 'appointmentRequired', type: 'checkbox', defaultValue: false },
              ],
            },
            {
              name: 'phone',
              type: 'group',
              fields: [
                { name: 'number', type: 'text', maxLength: 40 },
                { name: 'hours', type: 'text', localized: true },
              ],
            },
          ],
        },
        {
          label: 'Legal and review',
          fields: [
            {
              name: 'legalBasis',
              type: 'array',
              localized: true,
              fields: [
                { name: 'title', type: 'text', required: true },
                { name: 'url', type: 'text' },
              ],
            },
            {
              name: 'relatedProcedures',
              type: 'relationship',
              relationTo: 'procedures',
              hasMany: true,
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'lastReviewed',
                  type: 'date',
                  admin: { date: { pickerAppearance: 'dayOnly' } },
                },
                {
                  name: 'nextReview',
                  type: 'date',
                  admin: { date: { pickerAppearance: 'dayOnly' } },
                  validate: (
                    value: unknown,
                    { siblingData }: { siblingData: { lastReviewed?: string } },
                  ) => {
                    if (!value || !siblingData?.lastReviewed) return true
                    return new Date(String(value)) >= new Date(siblingData.lastReviewed)
                      ? true
                      : 'The next review date must be after the last review date.'
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    internalNotesField,
  ],
  hooks: {
    beforeChange: [rememberLiveStatus],
    afterChange: [
      revalidateAfterChange('procedures'),
      syncSearchAfterChange('procedures'),
      auditPublishing,
    ],
    afterDelete: [
      revalidateAfterDelete('procedures'),
      syncSearchAfterDelete('procedures'),
      auditDelete,
    ],
  },
})
