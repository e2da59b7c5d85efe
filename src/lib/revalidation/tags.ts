// Cache tags of the public site. Each tag has exactly one cached reader module
// (src/lib/agenda/read.ts reads agendaEvents: the occurrence index, event details by id
// and the agenda's version for feeds).
export const TAGS = {
  /** Published events as the agenda list, its feeds and the home page read them. */
  agendaEvents: 'agenda-events',
} as const
