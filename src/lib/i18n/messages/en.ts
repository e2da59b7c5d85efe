// English UI strings. Every other language's file must satisfy `Messages`, so a missing
// string is a type error rather than a blank on the page.
import type { Procedure, Service } from '@/payload-types'

type Wheelchair = NonNullable<
  NonNullable<NonNullable<Service['locations']>[number]['accessibility']>['wheelchair']
>
type Identification = NonNullable<NonNullable<Procedure['online']>['identification']>

export interface Messages {
  /** Letters of the A–Z index, in the order of the language's alphabet. */
  alphabet: string[]
  shell: {
    skipToContent: string
    previewing: string
    exitPreview: string
    mainNavigation: string
    languages: string
    breadcrumb: string
    home: string
    footerLinks: string
    contact: string
    phone: string
    email: string
    address: string
  }
  home: {
    topTasks: string
    topics: string
    serviceStatus: string
    findMore: string
    allProcedures: string
    allServices: string
  }
  services: {
    title: string
    description: string
    categories: Record<Service['category'], string>
    status: Record<Service['status']['state'], string>
    locations: string
    openingHours: string
    noOpeningHours: string
    phone: string
    email: string
    website: string
    accessibility: string
    wheelchair: Record<Wheelchair, string>
    viewOnMap: (place: string) => string
    department: string
    topics: string
    proceduresHere: string
    empty: string
  }
  procedures: {
    title: string
    description: string
    azIndex: string
    byTopic: string
    proceduresInTopic: (count: number) => string
    noProcedures: string
    startOnline: string
    startOnlineFor: (title: string) => string
    identification: Record<Identification, string>
    identificationLabel: string
    whoCanApply: string
    requirements: string
    documents: string
    fees: string
    free: string
    deadline: string
    processingTime: string
    steps: string
    moreInformation: string
    howToApply: string
    online: string
    inPerson: string
    appointmentNeeded: string
    byPhone: string
    legalBasis: string
    related: string
    department: string
    lastReviewed: (date: string) => string
    empty: string
  }
  topics: {
    title: string
    description: string
    procedures: string
    services: string
    empty: string
  }
  hours: {
    closed: string
    open24: string
    publicHolidays: string
    range: (from: string, to: string) => string
    list: (items: string[]) => string
  }
  notFound: {
    title: string
    body: string
    suggestions: string
  }
  transit: {
    title: string
    description: string
    modes: Record<string, string>
    noTimetable: string
    validity: (from: string, to: string, timeZone: string) => string
    line: string
    lines: string
    direction: (headsign: string) => string
    stops: string
    map: (line: string, headsign: string) => string
    tripsCount: (n: number) => string
    linesAtStop: string
    nextDepartures: string
    nextDeparturesAt: (time: string, date: string) => string
    noDepartures: string
    timetable: string
    timetableFor: (date: string) => string
    date: string
    show: string
    time: string
    destination: string
    outsideValidity: (date: string) => string
    tryDate: (date: string) => string
    invalidDate: string
    alerts: string
    accessibility: string
    wheelchair: string
    afterMidnight: string
  }
}

export const en: Messages = {
  alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
  shell: {
    skipToContent: 'Skip to main content',
    previewing: 'Preview: you are seeing unpublished drafts.',
    exitPreview: 'Exit preview',
    mainNavigation: 'Main',
    languages: 'Language',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    footerLinks: 'About this site',
    contact: 'Contact the city',
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
  },
  home: {
    topTasks: 'Most used procedures',
    topics: 'Browse by topic',
    serviceStatus: 'Service changes',
    findMore: 'Find what you need',
    allProcedures: 'All procedures from A to Z',
    allServices: 'Directory of city services',
  },
  services: {
    title: 'City services',
    description:
      'Offices, libraries, sports centres and other city services: where they are and when they open.',
    categories: {
      office: 'Citizen offices',
      library: 'Libraries',
      sports: 'Sports',
      health: 'Health',
      social: 'Social services',
      culture: 'Culture',
      education: 'Education',
      environment: 'Environment',
      police: 'Police and safety',
      other: 'Other services',
    },
    status: { normal: 'Normal service', limited: 'Limited service', closed: 'Closed' },
    locations: 'Where and when',
    openingHours: 'Opening hours',
    noOpeningHours: 'Ask for opening hours.',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    accessibility: 'Wheelchair access',
    wheelchair: {
      yes: 'Fully accessible',
      limited: 'Partially accessible',
      no: 'Not accessible',
      unknown: 'Accessibility not known',
    },
    viewOnMap: (place) => `View ${place} on OpenStreetMap`,
    department: 'Responsible department',
    topics: 'Topics',
    proceduresHere: 'Procedures you can do here',
    empty: 'There are no services to show yet.',
  },
  procedures: {
    title: 'Procedures from A to Z',
    description:
      'Every city procedure: what you need, what it costs and how to do it online or in person.',
    azIndex: 'Procedures by first letter',
    byTopic: 'Procedures by topic',
    proceduresInTopic: (count) => (count === 1 ? '1 procedure' : `${count} procedures`),
    noProcedures: 'No procedures',
    startOnline: 'Start online',
    startOnlineFor: (title) => `Start online: ${title}`,
    identification: {
      none: 'You do not need to identify yourself.',
      password: 'You need your username and password.',
      certificate: 'You need a digital certificate or electronic ID.',
    },
    identificationLabel: 'Identification',
    whoCanApply: 'Who can apply',
    requirements: 'Requirements',
    documents: 'Documents to bring',
    fees: 'Fees',
    free: 'Free',
    deadline: 'Deadline',
    processingTime: 'Processing time',
    steps: 'Steps',
    moreInformation: 'More information',
    howToApply: 'How to apply',
    online: 'Online',
    inPerson: 'In person',
    appointmentNeeded: 'You need an appointment.',
    byPhone: 'By phone',
    legalBasis: 'Legal basis',
    related: 'Related procedures',
    department: 'Responsible department',
    lastReviewed: (date) => `Last reviewed on ${date}`,
    empty: 'There are no procedures to show yet.',
  },
  topics: {
    title: 'Topics',
    description: 'Procedures and services grouped by subject.',
    procedures: 'Procedures',
    services: 'Services',
    empty: 'Nothing is filed under this topic yet.',
  },
  hours: {
    closed: 'closed',
    open24: 'Open 24 hours, every day',
    publicHolidays: 'Public holidays',
    range: (from, to) => `${from} to ${to}`,
    list: (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
  },
  notFound: {
    title: 'Page not found',
    body: 'If you typed the address, check it is correct. If you followed a link, the page may have moved.',
    suggestions: 'You can try:',
  },
  transit: {
    title: 'Public transport',
    description: 'Lines, stops, timetables and next departures.',
    modes: {
      metro: 'Metro',
      rail: 'Rail',
      tram: 'Tram',
      bus: 'Bus',
      trolleybus: 'Trolleybus',
      ferry: 'Ferry',
      monorail: 'Monorail',
      funicular: 'Funicular',
      'cable-tram': 'Cable tram',
      'aerial-lift': 'Aerial lift',
      other: 'Other',
    },
    noTimetable: 'No timetable is in service yet.',
    validity: (from, to, timeZone) =>
      `Timetable valid from ${from} to ${to}; times are local (${timeZone}).`,
    line: 'Line',
    lines: 'Lines',
    direction: (headsign) => `Towards ${headsign}`,
    stops: 'Stops',
    map: (line, headsign) => `Route of ${line} towards ${headsign}`,
    tripsCount: (n) => (n === 1 ? '1 trip in the timetable' : `${n} trips in the timetable`),
    linesAtStop: 'Lines at this stop',
    nextDepartures: 'Next departures',
    nextDeparturesAt: (time, date) => `After ${time} on ${date}.`,
    noDepartures: 'No more departures on this day.',
    timetable: 'Timetable',
    timetableFor: (date) => `Departures on ${date}`,
    date: 'Date',
    show: 'Show',
    time: 'Time',
    destination: 'Destination',
    outsideValidity: (date) =>
      `There is no timetable for ${date}: it is outside the period the operator has published.`,
    tryDate: (date) => `See the timetable for ${date}`,
    invalidDate: 'That date is not valid; use the form to choose one.',
    alerts: 'Alerts',
    accessibility: 'Accessibility',
    wheelchair: 'Step-free boarding',
    afterMidnight: 'next day',
  },
}
