import { describe, expect, it } from 'vitest'

import { describeRule } from '@/components/OpeningHours'
import { getMessages } from '@/lib/i18n/messages'

// Seasonal hours (a summer pool, a tourist kiosk) are told in the reader's language like
// any others, not shown as the raw OpenStreetMap text in a Spanish page.
const line = (rule: string, locale: 'en' | 'es') =>
  describeRule(rule, locale, getMessages(locale).hours)

describe('opening hours with a season', () => {
  it.each([
    ['Jun 15-Sep 15: 11:00-20:00', 'en', 'June 15 to September 15: 11:00–20:00'],
    ['Jun 15-Sep 15: 11:00-20:00', 'es', 'De 15 de junio a 15 de septiembre: 11:00–20:00'],
    ['Jun-Sep Mo-Su 10:00-19:00', 'en', 'June to September, Monday to Sunday: 10:00–19:00'],
    ['Jun-Sep Mo-Su 10:00-19:00', 'es', 'De junio a septiembre, de lunes a domingo: 10:00–19:00'],
    ['Oct-May Sa,Su 10:00-14:00', 'es', 'De octubre a mayo, sábado y domingo: 10:00–14:00'],
    ['Jul-Aug Mo-Fr 08:30-13:30', 'en', 'July to August, Monday to Friday: 08:30–13:30'],
    ['Mo-Fr 09:00-14:00', 'es', 'De lunes a viernes: 09:00–14:00'],
  ] as const)('%s (%s) reads "%s"', (rule, locale, expected) => {
    expect(line(rule, locale)).toBe(expected)
  })

  it('still leaves what it does not know as written (null)', () => {
    expect(line('Jun-Sep sunrise-sunset', 'en')).toBeNull()
    expect(line('Jun 15-Sep 15: open', 'es')).toBeNull()
  })
})
