// Minimal valid documents per public collection, for access and validation tests.
let counter = 0
const unique = (prefix: string) =>
  `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 7)}`

export type PublicCollection =
  'services' | 'procedures' | 'events' | 'alerts' | 'pages' | 'topics' | 'departments' | 'districts'

export const PUBLIC_COLLECTIONS: PublicCollection[] = [
  'services',
  'procedures',
  'events',
  'alerts',
  'pages',
  'topics',
  'departments',
  'districts',
]

export function sampleDoc(collection: PublicCollection): Record<string, unknown> {
  const slug = unique(collection)
  switch (collection) {
    case 'services':
      return {
        title: `Service ${slug}`,
        slug,
        summary: 'A test service.',
        category: 'office',
        locations: [
          {
            name: 'Main office',
            address: { street: 'Plaza Mayor 1', postalCode: '46001', locality: 'Testville' },
            point: [-0.3763, 39.4699],
            openingHours: 'Mo-Fr 09:00-14:00; PH off',
          },
        ],
      }
    case 'procedures':
      return {
        title: `Procedure ${slug}`,
        slug,
        summary: 'A test procedure.',
        steps: [{ title: 'Apply' }],
        online: {
          enabled: true,
          transactionPath: '/procedures/test',
          identification: 'certificate',
        },
      }
    case 'events':
      return {
        title: `Event ${slug}`,
        slug,
        summary: 'A test event.',
        startsAt: '2030-05-01T10:00:00.000Z',
      }
    case 'alerts':
      return {
        headline: `Alert ${slug}`,
        slug,
        description: 'A test alert.',
        severity: 'Minor',
        status: 'Actual',
        onset: '2030-05-01T10:00:00.000Z',
        eventType: 'Test',
        area: { description: 'Old town' },
      }
    case 'pages':
      return { title: `Page ${slug}`, slug }
    case 'topics':
      return { title: `Topic ${slug}`, slug }
    case 'departments':
      return { title: `Department ${slug}`, slug }
    case 'districts':
      return { name: `District ${slug}`, slug, centre: [-0.3763, 39.4699], postalCodes: '46001' }
  }
}
