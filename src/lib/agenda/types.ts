import type { Event } from '@/payload-types'

/** The fields of an event that its dates depend on. */
export type EventTiming = Pick<Event, 'startsAt'> &
  Partial<Pick<Event, 'endsAt' | 'allDay' | 'timezone'>> & {
    recurrence?: Partial<Event['recurrence']> | null
  }

/** An event as the agenda, feeds and pages read it (topics populated with their slugs). */
export type AgendaEvent = EventTiming &
  Pick<Event, 'id' | 'slug' | 'title' | 'summary' | 'eventStatus' | 'updatedAt' | 'createdAt'> &
  Partial<
    Pick<
      Event,
      | 'previousStartsAt'
      | 'venue'
      | 'price'
      | 'registrationUrl'
      | 'organiser'
      | 'accessibility'
      | 'audience'
      | 'topics'
    >
  >

export type WeekdayCode = NonNullable<Event['recurrence']['weekdays']>[number]
