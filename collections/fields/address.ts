import type { Field } from 'payload'

export const addressField: Field = {
  name: 'address',
  type: 'group',
  fields: [
    { name: 'street', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text', admin: { width: '30%' } },
        { name: 'locality', type: 'text', admin: { width: '40%' } },
        { name: 'district', type: 'text', admin: { width: '30%' } },
      ],
    },
  ],
}
