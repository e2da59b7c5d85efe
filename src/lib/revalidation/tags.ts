// Cache tags of the public site; each tag has exactly one cached reader module.
export const TAGS = {
  /** Published events as the agenda list, its feeds and the home page read them. */
  agendaEvents: 'agenda-events',
} as const
