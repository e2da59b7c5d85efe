import type { Field } from 'payload'

export const topicsField: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
}

export const departmentField: Field = {
  name: 'department',
  label: 'Responsible department',
  type: 'relationship',
  relationTo: 'departments',
  admin: { position: 'sidebar' },
}
