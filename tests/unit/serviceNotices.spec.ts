import { describe, expect, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'
import {
  isNoticeInForce,
  noticeCrossings,
  noticeDatesProblem,
  noticeDay,
  statusInForce,
  storedDay,
  withStatusInForce,
} from '@/lib/services/noticeDates'
import { mentionsDay, noticeDatesParts } from '@/lib/services/noticeText'

// A service notice applies from the first moment of its `from` day to the last of its `until`
// day, days of the city (Madrid here), whatever the UTC date or a daylight-saving change.
const MADRID = 'Europe/Madrid'
const at = (iso: string) => new Date(iso)
const closed = (from: string | null, until: string | null) => ({
  state: 'closed' as const,
  message: 'Closed for works.',
  from,
  until,
})

describe('a service notice in force', () => {
  it('applies on its first and last days in the city, not the UTC days around them', () => {
    const notice = closed('2026-12-03T12:00:00.000Z', '2026-12-11T12:00:00.000Z')
    // 2 December 23:59:59 in Madrid (UTC+1): the day before.
    expect(isNoticeInForce(notice, at('2026-12-02T22:59:59Z'), MADRID)).toBe(false)
    // 3 December 00:00 in Madrid, still 2 December in UTC.
    expect(isNoticeInForce(notice, at('2026-12-02T23:00:00Z'), MADRID)).toBe(true)
    expect(isNoticeInForce(notice, at('2026-12-11T22:59:59Z'), MADRID)).toBe(true)
    // 12 December 00:00 in Madrid, still 11 December in UTC: over.
    expect(isNoticeInForce(notice, at('2026-12-11T23:00:00Z'), MADRID)).toBe(false)
    // The same instants in UTC's eyes.
    expect(isNoticeInForce(notice, at('2026-12-11T23:00:00Z'), 'UTC')).toBe(true)
    expect(isNoticeInForce(notice, at('2026-12-02T23:00:00Z'), 'UTC')).toBe(false)
  })

  it('ends at the midnight after its last day across a daylight-saving change', () => {
    // Clocks go forward on 29 March 2026 (the day has 23 hours), back on 25 October (25).
    const spring = closed(null, '2026-03-29T12:00:00.000Z')
    expect(isNoticeInForce(spring, at('2026-03-29T21:59:59Z'), MADRID)).toBe(true)
    expect(isNoticeInForce(spring, at('2026-03-29T22:00:00Z'), MADRID)).toBe(false)
    expect(noticeCrossings(spring, at('2026-03-01T00:00:00Z'), MADRID)).toEqual([
      at('2026-03-29T22:00:00Z'),
    ])
    const autumn = closed('2026-10-25T12:00:00.000Z', '2026-10-25T12:00:00.000Z')
    expect(isNoticeInForce(autumn, at('2026-10-24T21:59:59Z'), MADRID)).toBe(false)
    expect(isNoticeInForce(autumn, at('2026-10-24T22:00:00Z'), MADRID)).toBe(true)
    expect(isNoticeInForce(autumn, at('2026-10-25T22:59:59Z'), MADRID)).toBe(true)
    expect(isNoticeInForce(autumn, at('2026-10-25T23:00:00Z'), MADRID)).toBe(false)
    expect(noticeCrossings(autumn, at('2026-10-01T00:00:00Z'), MADRID)).toEqual([
      at('2026-10-24T22:00:00Z'),
      at('2026-10-25T23:00:00Z'),
    ])
  })

  it('reads a stored day as that day in a zone far from UTC', () => {
    // Kiritimati is UTC+14: 12:00 UTC on the 3rd is already the 4th there, yet the day is the 3rd.
    const notice = closed('2026-12-03T12:00:00.000Z', null)
    expect(noticeCrossings(notice, at('2026-12-01T00:00:00Z'), 'Pacific/Kiritimati')).toEqual([
      at('2026-12-02T10:00:00Z'),
    ])
    expect(noticeCrossings(notice, at('2026-12-01T00:00:00Z'), 'Pacific/Pago_Pago')).toEqual([
      at('2026-12-03T11:00:00Z'),
    ])
  })

  it('applies with no dates, or one of them, and never for a normal service', () => {
    const now = at('2026-12-03T09:00:00Z')
    expect(isNoticeInForce(closed(null, null), now, MADRID)).toBe(true)
    expect(isNoticeInForce({ state: 'limited' }, now, MADRID)).toBe(true)
    expect(isNoticeInForce(closed('', ''), now, MADRID)).toBe(true)
    expect(isNoticeInForce(closed(null, '2026-12-03'), now, MADRID)).toBe(true)
    expect(isNoticeInForce(closed(null, '2026-12-02'), now, MADRID)).toBe(false)
    expect(isNoticeInForce(closed('2026-12-04', null), now, MADRID)).toBe(false)
    expect(isNoticeInForce({ ...closed(null, null), state: 'normal' }, now, MADRID)).toBe(false)
    expect(noticeCrossings(closed(null, null), now, MADRID)).toEqual([])
    expect(
      noticeCrossings({ ...closed(null, '2027-01-01'), state: 'normal' }, now, MADRID),
    ).toEqual([])
    // Only crossings still to come.
    expect(noticeCrossings(closed('2026-12-01', '2026-12-05'), now, MADRID)).toEqual([
      at('2026-12-05T23:00:00Z'),
    ])
  })

  it('shows a notice out of its days as a normal service with no message', () => {
    const notice = closed('2026-12-03', '2026-12-11')
    const before = statusInForce(notice, at('2026-12-01T09:00:00Z'), MADRID)
    expect(before).toEqual({ ...notice, state: 'normal', message: null })
    expect(statusInForce(notice, at('2026-12-05T09:00:00Z'), MADRID)).toBe(notice)
    const docs = [
      { slug: 'a', status: notice },
      { slug: 'b', status: { state: 'normal' as const, message: null } },
    ]
    const shown = withStatusInForce(docs, at('2026-12-12T09:00:00Z'), MADRID)
    expect(shown.map((doc) => doc.status.state)).toEqual(['normal', 'normal'])
    expect(shown[1]).toBe(docs[1])
    expect(docs[0].status.state).toBe('closed')
  })
})

describe('a notice day as entered', () => {
  it('is kept as 12:00 UTC of the day, from any spelling, and refused when it is no day', () => {
    expect(storedDay('2026-12-11')).toBe('2026-12-11T12:00:00.000Z')
    expect(storedDay('2026-12-11T12:00:00.000Z')).toBe('2026-12-11T12:00:00.000Z')
    expect(storedDay('2026-12-11T00:00:00.000Z')).toBe('2026-12-11T12:00:00.000Z')
    expect(storedDay(new Date('2026-12-11T23:30:00Z'))).toBe('2026-12-11T12:00:00.000Z')
    expect(storedDay('2026-02-30')).toBeNull()
    expect(storedDay('next Friday')).toBeNull()
    expect(storedDay(null)).toBeNull()
    expect(noticeDay('')).toBeNull()
  })

  it('may not end before it starts; one day, or a missing end, is fine', () => {
    expect(noticeDatesProblem('2026-12-11', '2026-12-10')).toMatch(
      /last day \(2026-12-10\) is before the first day \(2026-12-11\)/,
    )
    expect(noticeDatesProblem('2026-12-11T12:00:00.000Z', '2026-12-11T12:00:00.000Z')).toBeNull()
    expect(noticeDatesProblem('2026-12-11', null)).toBeNull()
    expect(noticeDatesProblem(null, '2026-12-11')).toBeNull()
  })
})

describe('the days in words on the service page', () => {
  const en = getMessages('en').services.noticeDates
  const es = getMessages('es').services.noticeDates

  it('finds a day the message already names, in either order and language', () => {
    expect(
      mentionsDay('Closed. From Tuesday 3 November to Friday 11 December.', '2026-12-11', 'en'),
    ).toBe(true)
    expect(mentionsDay('Closed until December 11.', '2026-12-11', 'en')).toBe(true)
    expect(mentionsDay('Cerrado hasta el viernes, 11 de diciembre.', '2026-12-11', 'es')).toBe(true)
    expect(mentionsDay('Closed until 1 December.', '2026-12-11', 'en')).toBe(false)
    expect(mentionsDay('Closed until 11 November.', '2026-12-11', 'en')).toBe(false)
    expect(mentionsDay('Closed for works.', '2026-12-11', 'en')).toBe(false)
  })

  it('writes the days the message leaves out, each as a date', () => {
    const notice = closed('2026-12-03', '2026-12-11')
    expect(noticeDatesParts(notice, 'en', en)).toEqual([
      { text: 'From ' },
      { day: '2026-12-03', label: 'Thursday, December 3, 2026' },
      { text: ' to ' },
      { day: '2026-12-11', label: 'Friday, December 11, 2026' },
      { text: '.' },
    ])
    expect(noticeDatesParts(closed(null, '2026-12-11'), 'es', es)).toEqual([
      { text: 'Hasta el ' },
      { day: '2026-12-11', label: 'viernes, 11 de diciembre de 2026' },
      { text: '.' },
    ])
    expect(noticeDatesParts(closed('2026-12-03', null), 'en', en)?.[0]).toEqual({ text: 'From ' })
  })

  it('writes nothing when the message names the days, there are none, or all is normal', () => {
    const named = {
      ...closed('2026-12-03', '2026-12-11'),
      message: 'Works. From Thursday 3 December to Friday 11 December.',
    }
    expect(noticeDatesParts(named, 'en', en)).toBeNull()
    expect(noticeDatesParts(closed(null, null), 'en', en)).toBeNull()
    expect(
      noticeDatesParts({ ...closed('2026-12-03', null), state: 'normal' }, 'en', en),
    ).toBeNull()
    // Naming only one of two days is not enough.
    expect(noticeDatesParts({ ...named, message: 'Until 11 December.' }, 'en', en)).not.toBeNull()
  })
})

describe('the notice on the service page', () => {
  it('is a region named by its state, with each day as a machine-readable date', async () => {
    const { createElement } = await import('react')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { StatusNotice } = await import('@/components/StatusNotice')
    const status = { ...closed(null, '2026-12-11'), message: 'Closed for works.' }
    const dates = noticeDatesParts(status, 'es', getMessages('es').services.noticeDates)
    const html = renderToStaticMarkup(
      createElement(StatusNotice, { status, label: 'Cerrado', dates }),
    )
    expect(html).toBe(
      '<div class="notice notice--closed" role="region" aria-labelledby="service-status-title">' +
        '<h2 class="notice__title" id="service-status-title">Cerrado</h2>' +
        '<p>Closed for works.</p>' +
        '<p class="notice__dates">Hasta el <time dateTime="2026-12-11">viernes, 11 de diciembre de 2026</time>.</p>' +
        '</div>',
    )
    const normal = { ...status, state: 'normal' as const }
    expect(
      renderToStaticMarkup(createElement(StatusNotice, { status: normal, label: '', dates })),
    ).toBe('')
  })
})
