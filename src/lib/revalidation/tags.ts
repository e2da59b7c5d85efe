// Cache tags of the public site. Each tag has exactly one cached reader
// (src/lib/content/events.ts reads AGENDA_EVENTS).
export const TAGS = {
  /** Published events as the agenda list, its feeds and the home page read them. */
  agendaEvents: 'agenda-events',
} as const
