import { describe, expect, it } from 'vitest'

import { distinctLineLabels } from '@/lib/transit/lineLabels'

const timetable = {
  agencies: [
    { id: 'emt', name: 'EMT', url: '', timezone: 'Europe/Madrid', lang: 'es' },
    { id: 'mv', name: 'MetroBus', url: '', timezone: 'Europe/Madrid', lang: 'es' },
  ],
  routes: [
    ['a651', 'emt'],
    ['b651', 'mv'],
    ['c652', 'mv'],
    ['d652', 'mv'],
    ['e7', 'emt'],
  ].map(([id, agency]) => ({
    id,
    agency,
    shortName: '',
    longName: '',
    desc: '',
    type: 3,
    color: '',
    textColor: '',
    sortOrder: null,
  })),
}

describe('distinctLineLabels', () => {
  it('tells repeated line names apart by agency, then by route id, and leaves others alone', () => {
    const labels = distinctLineLabels(
      [
        { id: 1, name: '651', routeId: 'a651' },
        { id: 2, name: '651', routeId: 'b651' },
        { id: 3, name: '652', routeId: 'c652' },
        { id: 4, name: '652', routeId: 'd652' },
        { id: 5, name: '7', routeId: 'e7' },
      ],
      timetable,
    ).map((l) => l.label)
    expect(labels).toEqual([
      '651 (EMT)',
      '651 (MetroBus)',
      '652 (MetroBus, c652)',
      '652 (MetroBus, d652)',
      '7',
    ])
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('falls back on the route id when no timetable is in service', () => {
    const labels = distinctLineLabels([
      { id: 1, name: '651', routeId: 'a651' },
      { id: 2, name: '651', routeId: 'b651' },
    ]).map((l) => l.label)
    expect(labels).toEqual(['651 (a651)', '651 (b651)'])
  })
})
