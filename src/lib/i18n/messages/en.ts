// English UI strings. Every other language's file must satisfy `Messages`, so a missing
// string is a type error rather than a blank on the page.
import type { OpeningStatusLabels } from '@/lib/hours/describeOpeningStatus'
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
  openingStatus: OpeningStatusLabels
  near: {
    title: string
    description: string
    findNearby: string
    useMyLocation: string
    locating: string
    locationDenied: string
    locationUnavailable: string
    chooseStart: string
    district: string
    anyDistrict: string
    postcode: string
    postcodeHint: (examples: string) => string
    filters: string
    topic: string
    anyTopic: string
    openNow: string
    accessible: string
    search: string
    resultsFromPosition: string
    resultsFromDistrict: (district: string) => string
    resultsFromPostcode: (postcode: string, district: string) => string
    noResults: string
    unknownPostcode: (postcode: string) => string
    distance: (metres: number) => string
    walking: (minutes: number) => string
    openingStatus: string
    accessibility: string
    map: string
    mapHint: string
    yourPosition: string
    otherNearby: string
    locationsMap: string
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
  openingStatus: {
    open: 'Open',
    openUntil: (time) => `Open until ${time}`,
    openUntilDay: (day, time) => `Open until ${day} ${time}`,
    closed: 'Closed',
    closedOpensToday: (time) => `Closed — opens today at ${time}`,
    closedOpensTomorrow: (time) => `Closed — opens tomorrow at ${time}`,
    closedOpensOn: (day, time) => `Closed — opens ${day} ${time}`,
    unknown: 'Opening hours not known right now',
  },
  near: {
    title: 'Services near you',
    description:
      'The nearest city services to where you are, with how far they are, whether they are open and how accessible they are.',
    findNearby: 'Find services near you',
    useMyLocation: 'Use my location',
    locating: 'Finding your location…',
    locationDenied:
      'Your browser did not share your location. Choose your district or type your postcode instead.',
    locationUnavailable:
      'Your location could not be found. Choose your district or type your postcode instead.',
    chooseStart: 'Or say where you are',
    district: 'District',
    anyDistrict: 'Choose a district',
    postcode: 'Postcode',
    postcodeHint: (examples) => `A Villamar postcode, e.g. ${examples}`,
    filters: 'Show only',
    topic: 'Topic',
    anyTopic: 'All topics',
    openNow: 'Open now',
    accessible: 'Wheelchair accessible',
    search: 'Show nearby services',
    resultsFromPosition: 'Nearest to your location',
    resultsFromDistrict: (district) => `Nearest to the centre of ${district}`,
    resultsFromPostcode: (postcode, district) =>
      `Nearest to postcode ${postcode} (centre of ${district})`,
    noResults: 'No service matches these filters. Try removing one.',
    unknownPostcode: (postcode) =>
      `We do not know the postcode “${postcode}” in the city. Check it, or choose your district from the list.`,
    distance: (metres) =>
      metres < 1000
        ? `${Math.round(metres / 10) * 10} m away`
        : `${(metres / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} km away`,
    walking: (minutes) => `about ${minutes} min on foot`,
    openingStatus: 'Now',
    accessibility: 'Wheelchair access',
    map: 'Map of the results',
    mapHint: 'The list above has everything the map shows.',
    yourPosition: 'Starting point',
    otherNearby: 'Other services nearby',
    locationsMap: 'Map of the locations',
  },
}
