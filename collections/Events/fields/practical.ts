import type { Field } from 'payload'

/** What a visitor needs to go: the venue, the price, registration, the organiser, access. */
export const practicalFields: Field[] = [
  {
    name: 'venue',
    type: 'group',
    fields: [
      {
        name: 'service',
        label: 'Venue in the directory',
        type: 'relationship',
        relationTo: 'services',
      },
      { name: 'name', type: 'text', localized: true },
      { name: 'address', type: 'text' },
      { name: 'point', type: 'point' },
    ],
  },
  {
    name: 'price',
    type: 'group',
    fields: [
      { name: 'isFree', label: 'Free entry', type: 'checkbox', defaultValue: false },
      {
        type: 'row',
        fields: [
          {
            name: 'amount',
            label: 'From (amount)',
            type: 'number',
            min: 0,
            admin: { width: '30%' },
          },
          {
            name: 'currency',
            type: 'text',
            defaultValue: 'EUR',
            maxLength: 3,
            admin: { width: '20%' },
          },
          {
            name: 'details',
            label: 'Price details',
            type: 'text',
            localized: true,
            maxLength: 200,
            admin: { width: '50%' },
          },
        ],
      },
    ],
  },
  { name: 'registrationUrl', label: 'Registration or tickets (URL)', type: 'text' },
  {
    name: 'organiser',
    type: 'group',
    fields: [
      { name: 'department', type: 'relationship', relationTo: 'departments' },
      { name: 'name', type: 'text', localized: true, maxLength: 160 },
      { name: 'url', type: 'text' },
    ],
  },
  {
    name: 'accessibility',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'wheelchair',
            label: 'Step-free / wheelchair access',
            type: 'checkbox',
            defaultValue: false,
          },
          { name: 'signLanguage', label: 'Sign language', type: 'checkbox', defaultValue: false },
          { name: 'hearingLoop', label: 'Hearing loop', type: 'checkbox', defaultValue: false },
        ],
      },
      { name: 'notes', type: 'textarea', localized: true, maxLength: 500 },
    ],
  },
]
