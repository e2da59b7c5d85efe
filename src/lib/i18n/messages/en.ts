import type { OpeningStatusLabels } from '@/lib/hours/describeOpeningStatus'
// English UI strings. Every other language's file must satisfy `Messages`, so a missing
// string is a type error rather than a blank on the page.
import type { SearchType } from '@/lib/search/types'
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
    /** The header's disclosure button that opens the main navigation on narrow screens. */
    menu: string
  }
  home: {
    topTasks: string
    /** The six tasks of the city app, one link each from the home page. */
    cityTasks: {
      heading: string
      nearby: string
      transit: string
      alerts: string
      procedures: string
      myNotifications: string
      agenda: string
    }
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
    noticeDates: { fromUntil: string; from: string; until: string }
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
  agenda: {
    title: string
    description: string
    upcoming: string
    filters: string
    when: string
    whenOptions: Record<'upcoming' | 'today' | 'weekend' | 'week' | 'range', string>
    from: string
    to: string
    topic: string
    anyTopic: string
    freeOnly: string
    accessibleOnly: string
    apply: string
    clear: string
    results: (count: number) => string
    empty: string
    problems: Record<
      'when' | 'from' | 'to' | 'rangeOrder' | 'rangeTooLong' | 'topic' | 'page',
      string
    >
    pagination: string
    previous: string
    next: string
    pageOf: (page: number, count: number) => string
    allDay: string
    ongoing: string
    free: string
    status: Record<
      'EventScheduled' | 'EventCancelled' | 'EventPostponed' | 'EventRescheduled',
      string
    >
    statusNote: Record<'EventCancelled' | 'EventPostponed' | 'EventRescheduled', string>
    movedFrom: (date: string) => string
    whenHeading: string
    repeats: string
    nextDates: (count: number) => string
    noMoreDates: string
    cityTime: (zone: string) => string
    where: string
    viewOnMap: string
    venuePage: string
    price: string
    organiser: string
    accessibility: string
    wheelchair: string
    signLanguage: string
    hearingLoop: string
    register: string
    addToCalendar: string
    subscribe: string
    subscribeHelp: string
    subscribeAll: string
    subscribeTopic: (topic: string) => string
    /** The topic page's link to the agenda filtered by that topic. */
    topicAgenda: (topic: string) => string
    /** Beside the agenda filtered by a topic: a link down to that topic's calendar feed. */
    subscribeToTopic: (topic: string) => string
    rss: string
    topics: string
    homeHeading: string
    homeAll: string
    calendarName: (city: string) => string
    topicCalendarName: (city: string, topic: string) => string
  }
  search: {
    label: string
    submit: string
    title: string
    description: string
    results: (count: number, query: string) => string
    noResults: (query: string) => string
    tryAz: string
    filterByType: string
    allTypes: string
    types: Record<SearchType, string>
    unavailable: string
    tooMany: (seconds: number) => string
  }
  alerts: {
    title: string
    description: string
    feedTitle: (cityName: string) => string
    feedDescription: (cityName: string) => string
    bannerHeading: string
    readMore: (headline: string) => string
    dismiss: string
    dismissLabel: (headline: string) => string
    /** Said by a live region once an alert is dismissed (its button is gone). */
    dismissed: (headline: string) => string
    allAlerts: string
    active: string
    upcoming: string
    recent: string
    noneActive: string
    noneUpcoming: string
    noneRecent: string
    what: string
    where: string
    when: string
    whatToDo: string
    starts: string
    ends: string
    untilFurtherNotice: string
    ended: string
    notStarted: string
    districts: string
    affectedServices: string
    affectedProcedures: string
    moreInformation: string
    capDocument: string
    follow: string
    rss: string
    atom: string
    capFeed: string
    timesIn: (timeZone: string) => string
    severity: Record<'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown', string>
    activeHere: string
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
    /** Said when the results arrive (a live region): how many services were found. */
    found: (count: number) => string
    mapZoomIn: string
    mapZoomOut: string
    mapClosePopup: string
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
    previousDay: string
    nearbyStops: string
    noNearbyStops: (distance: string) => string
    linesAtNamedStop: (stop: string) => string
    noWheelchair: string
    platform: string
    platforms: string
    otherPatterns: string
    pattern: (first: string, last: string, stops: number) => string
    headsignChange: (headsign: string) => string
    live: {
      status: string
      onTime: string
      late: (minutes: number) => string
      early: (minutes: number) => string
      expected: (time: string) => string
      cancelled: string
      skipped: string
      scheduled: string
      liveCaption: string
      staleNotice: string
      operatorAlerts: string
      fromOperator: string
    }
  }
  app: {
    offlineTitle: string
    offlineLead: string
    offlineHelp: string
    tryAgain: string
    home: string
    alerts: string
    savedLink: string
    savedTitle: string
    savedLead: string
    savedEmpty: string
    savedNeedsJs: string
    kinds: Record<'stop' | 'service', string>
    remove: string
    removeLabel: (title: string) => string
    removed: (title: string) => string
    save: string
    savedButton: string
    saveNeedsJs: string
    savedMessage: (title: string) => string
    unsavedMessage: (title: string) => string
    savedNotOffline: (title: string) => string
    updateAvailable: string
    reload: string
  }
  notify: {
    navLink: string
    title: string
    description: string
    intro: string
    privacy: string
    noScript: string
    unsupported: string
    checking: string
    whatLegend: string
    all: string
    severe: string
    matching: string
    none: string
    districtsLegend: string
    linesLegend: string
    areaLegend: string
    areaHint: string
    latitude: string
    longitude: string
    radiusKm: string
    useMyLocation: string
    topicsLegend: string
    languageNote: string
    subscribe: string
    save: string
    stop: string
    working: string
    subscribed: string
    saved: string
    stopped: string
    denied: string
    /** `{reason}` is replaced by one of `reasons` (a client component gets plain strings). */
    failed: string
    /** The browser's own error messages are English whatever the page: named here instead. */
    reasons: { push: string; server: string; network: string; other: string }
    currentlyOn: string
    currentlyOff: string
  }
  myOffice: {
    navLink: string
    title: string
    description: string
    connectTitle: string
    connectIntro: string
    connectButton: string
    notEnabled: string
    whatWeKeep: string
    errors: Record<'signin' | 'expired' | 'cancelled' | 'unavailable', string>
    disconnected: string
    inboxIntro: string
    empty: string
    received: string
    category: string
    keptFor: (days: number) => string
    signOut: string
    disconnectTitle: string
    disconnectHelp: string
    disconnect: string
    deviceTitle: string
    deviceHelp: string
    deviceLink: string
    deviceUnlink: string
    deviceLinked: string
    deviceNotLinked: string
    deviceNeedsNotify: string
    deviceUnsupported: string
    deviceFailed: string
    pushTitle: string
  }
  openData: {
    title: string
    description: string
    intro: string
    footerLink: string
    licenceTitle: string
    licencePrefix: string
    noLicence: string
    endpointsTitle: string
    endpoints: {
      services: string
      service: string
      organizations: string
      serviceAtLocations: string
      taxonomyTerms: string
      metadata: string
    }
    languageNote: string
    syncTitle: string
    sync: string
    cpsvTitle: string
    cpsvIntro: string
    cpsvCatalogue: string
    cpsvProcedure: string
    hsds: {
      cityDescription: (city: string) => string
      departmentDescription: (department: string, city: string) => string
      taxonomyName: string
      taxonomyDescription: (city: string) => string
      closed: string
      holiday: (name: string) => string
      specialHours: string
      hoursNotes: (timeZone: string, text: string) => string
    }
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
    menu: 'Menu',
  },
  home: {
    topTasks: 'Most used procedures',
    cityTasks: {
      heading: 'What do you want to do?',
      nearby: 'Find services near you',
      transit: 'Public transport',
      alerts: 'Alerts in the city',
      procedures: 'Procedures online',
      myNotifications: 'My e-office notifications',
      agenda: 'What’s on: the agenda',
    },
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
    /** A notice's days, when its message does not name them ({from}, {until}: days). */
    noticeDates: {
      fromUntil: 'From {from} to {until}.',
      from: 'From {from}.',
      until: 'Until {until}.',
    },
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
  agenda: {
    title: 'Agenda',
    description: 'What’s on in the city: culture, sport, markets, meetings and more.',
    upcoming: 'Upcoming events',
    filters: 'Filter events',
    when: 'When',
    whenOptions: {
      upcoming: 'All upcoming',
      today: 'Today',
      weekend: 'This weekend',
      week: 'Next 7 days',
      range: 'Dates',
    },
    from: 'From',
    to: 'To',
    topic: 'Topic',
    anyTopic: 'Any topic',
    freeOnly: 'Free entry only',
    accessibleOnly: 'With accessibility support',
    apply: 'Show events',
    clear: 'Clear filters',
    results: (count) => (count === 1 ? '1 date found' : `${count} dates found`),
    empty: 'No events match these filters. Try other dates or clear the filters.',
    problems: {
      when: 'That period is not one of the options, so all upcoming events are shown.',
      from: 'The “from” date is not a valid date (use YYYY-MM-DD).',
      to: 'The “to” date is not a valid date (use YYYY-MM-DD).',
      rangeOrder: 'The “to” date is before the “from” date, so the dates were ignored.',
      rangeTooLong: 'Choose dates at most a year apart.',
      topic: 'That topic name is not valid, so all topics are shown.',
      page: 'That page number is not valid, so the first page is shown.',
    },
    pagination: 'Pages of results',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, count) => `Page ${page} of ${count}`,
    allDay: 'all day',
    ongoing: 'ongoing',
    free: 'Free',
    status: {
      EventScheduled: 'Scheduled',
      EventCancelled: 'Cancelled',
      EventPostponed: 'Postponed',
      EventRescheduled: 'Rescheduled',
    },
    statusNote: {
      EventCancelled: 'This event has been cancelled.',
      EventPostponed: 'This event has been postponed. New dates will be announced here.',
      EventRescheduled: 'This event has moved to a new date.',
    },
    movedFrom: (date) => `Originally planned for ${date}.`,
    whenHeading: 'When',
    repeats: 'This event repeats.',
    nextDates: (count) => (count === 1 ? 'Next date' : `Next ${count} dates`),
    noMoreDates: 'This event has no more dates.',
    cityTime: (zone) => `Times are local time (${zone}).`,
    where: 'Where',
    viewOnMap: 'View on OpenStreetMap',
    venuePage: 'About this venue',
    price: 'Price',
    organiser: 'Organiser',
    accessibility: 'Accessibility',
    wheelchair: 'Step-free / wheelchair access',
    signLanguage: 'Sign language interpretation',
    hearingLoop: 'Hearing loop',
    register: 'Register or get tickets',
    addToCalendar: 'Add to calendar (.ics)',
    subscribe: 'Subscribe',
    subscribeHelp:
      'Copy a calendar address into Google Calendar, Apple Calendar or Thunderbird (“add calendar from URL”) to see changes and cancellations as they happen.',
    subscribeAll: 'Whole agenda',
    subscribeTopic: (topic) => `Events about ${topic}`,
    topicAgenda: (topic) => `Upcoming events about ${topic}`,
    subscribeToTopic: (topic) => `Subscribe to events about ${topic} in your calendar`,
    rss: 'News feed (RSS)',
    topics: 'Topics',
    homeHeading: 'Upcoming events',
    homeAll: 'See the whole agenda',
    calendarName: (city) => `${city}: agenda`,
    topicCalendarName: (city, topic) => `${city}: ${topic}`,
  },
  search: {
    label: 'Search the site',
    submit: 'Search',
    title: 'Search',
    description: 'Find procedures, services, events, alerts, pages, transit lines and stops.',
    results: (count, query) =>
      count === 1 ? `1 result for “${query}”` : `${count} results for “${query}”`,
    noResults: (query) => `Nothing matches “${query}”. Check the spelling or try other words.`,
    tryAz: 'Browse all procedures from A to Z',
    filterByType: 'Show results of type',
    allTypes: 'All',
    types: {
      procedure: 'Procedures',
      service: 'Services',
      event: 'Events',
      alert: 'Alerts',
      page: 'Pages',
      line: 'Transit lines',
      stop: 'Stops',
    },
    unavailable: 'Search is unavailable right now. Please try again in a moment.',
    tooMany: (seconds) =>
      `You have searched many times in a short while. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and search again.`,
  },
  alerts: {
    title: 'Alerts',
    description:
      'Official warnings and incidents in the city: weather, supply cuts, works and closures.',
    feedTitle: (city) => `${city}: alerts`,
    feedDescription: (city) => `Official alerts published by ${city}.`,
    bannerHeading: 'Alerts',
    readMore: (headline) => `Read more: ${headline}`,
    dismiss: 'Dismiss',
    dismissLabel: (headline) => `Dismiss alert: ${headline}`,
    dismissed: (headline) => `Alert dismissed: ${headline}`,
    allAlerts: 'All alerts',
    active: 'In force now',
    upcoming: 'Upcoming',
    recent: 'Recently ended',
    noneActive: 'There are no alerts in force.',
    noneUpcoming: 'No alerts are announced.',
    noneRecent: 'No alerts ended in the last two weeks.',
    what: 'What is happening',
    where: 'Where',
    when: 'When',
    whatToDo: 'What to do',
    starts: 'From',
    ends: 'Until',
    untilFurtherNotice: 'until further notice',
    ended: 'This alert has ended.',
    notStarted: 'This alert has not started yet.',
    districts: 'Districts',
    affectedServices: 'Affected services',
    affectedProcedures: 'Affected procedures',
    moreInformation: 'More information',
    capDocument: 'This alert for alerting systems (CAP 1.2)',
    follow: 'Follow alerts',
    rss: 'RSS feed',
    atom: 'Atom feed',
    capFeed: 'CAP feed for alerting systems',
    timesIn: (timeZone) => `Times are local time (${timeZone}).`,
    severity: {
      Extreme: 'Extreme',
      Severe: 'Severe',
      Moderate: 'Moderate',
      Minor: 'Minor',
      Unknown: 'Severity unknown',
    },
    activeHere: 'Current alerts',
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
    found: (count) => (count === 1 ? '1 service found.' : `${count} services found.`),
    mapZoomIn: 'Zoom in',
    mapZoomOut: 'Zoom out',
    mapClosePopup: 'Close',
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
    previousDay: 'previous day',
    nearbyStops: 'Public transport nearby',
    noNearbyStops: (distance) => `No public transport stop within ${distance}.`,
    linesAtNamedStop: (stop) => `Lines at ${stop}`,
    noWheelchair: 'No step-free boarding',
    platform: 'Platform',
    platforms: 'Platforms',
    otherPatterns: 'Other stop patterns',
    pattern: (first, last, stops) => `${first} → ${last}, ${stops} stops`,
    headsignChange: (headsign) => `continues as ${headsign}`,
    live: {
      status: 'Live',
      onTime: 'On time',
      late: (m) => `${m} min late`,
      early: (m) => `${m} min early`,
      expected: (time) => `expected ${time}`,
      cancelled: 'Cancelled',
      skipped: 'Does not stop here',
      scheduled: 'Scheduled',
      liveCaption: 'Times marked live come from the operator; the others are scheduled.',
      staleNotice:
        'Live times are not available right now: the times shown are scheduled, not predicted.',
      operatorAlerts: 'Service changes from the operator',
      fromOperator: 'From the transport operator',
    },
  },
  app: {
    offlineTitle: 'You are offline',
    offlineLead:
      'This page has not been saved on this device, so it cannot open without a connection.',
    offlineHelp:
      'Pages you have opened before, the alerts and the stops and services you saved still work offline.',
    tryAgain: 'Try again',
    home: 'Home page',
    alerts: 'Alerts',
    savedLink: 'My saved items',
    savedTitle: 'My saved items',
    savedLead:
      'Stops and services you saved with “Save to my app”. They are kept on this device only, with no account, and open without a connection.',
    savedEmpty: 'Nothing saved yet. Use “Save to my app” on a stop or a service page.',
    savedNeedsJs: 'The list of saved items needs JavaScript, which is turned off in this browser.',
    kinds: { stop: 'Stop', service: 'Service' },
    remove: 'Remove',
    removeLabel: (title) => `Remove ${title}`,
    removed: (title) => `${title} was removed from your app.`,
    save: 'Save to my app',
    savedButton: 'Saved in my app',
    saveNeedsJs: 'Saving to your app needs JavaScript.',
    savedMessage: (title) => `${title} is saved in your app and will open without a connection.`,
    unsavedMessage: (title) => `${title} was removed from your app.`,
    savedNotOffline: (title) =>
      `${title} is saved in your app, but this browser could not keep a copy for offline use.`,
    updateAvailable: 'A new version of the city app is available.',
    reload: 'Reload',
  },
  notify: {
    navLink: 'Notify me',
    title: 'Notify me',
    description:
      'Get a notification on this device when the city publishes an alert or an event you care about.',
    intro:
      'Choose what you want to be told about. No account is needed, and you can change or stop this at any time on this page.',
    privacy:
      'We keep only what your browser gives us to reach this device, your language and your choices; nothing else about you.',
    noScript:
      'Notifications need JavaScript: your browser has it turned off, so this page cannot set them up.',
    unsupported:
      'This browser can’t receive notifications from this site. Try another browser, or add the site to your home screen first.',
    checking: 'Checking whether this browser can receive notifications…',
    whatLegend: 'Which alerts?',
    all: 'All alerts',
    severe: 'Only severe and extreme alerts',
    matching: 'Only alerts for the districts, area or lines I choose',
    none: 'No alerts (only the agenda topics below)',
    districtsLegend: 'Districts',
    linesLegend: 'Transit lines',
    areaLegend: 'An area around a point',
    areaHint: 'Alerts whose area comes within this distance of the point.',
    latitude: 'Latitude',
    longitude: 'Longitude',
    radiusKm: 'Distance (km)',
    useMyLocation: 'Use my location',
    topicsLegend: 'New agenda events about',
    languageNote: 'Notifications will be in English.',
    subscribe: 'Turn on notifications',
    save: 'Save my choices',
    stop: 'Stop notifications',
    working: 'Working…',
    subscribed: 'Done: this device will be notified.',
    saved: 'Your choices are saved.',
    stopped: 'Notifications are off for this device.',
    denied: 'Notifications are blocked for this site in your browser settings.',
    failed: 'That did not work: {reason}',
    reasons: {
      push: 'the browser could not set up notifications for this site. Try again later.',
      server: 'the site could not save your choices. Try again later.',
      network: 'the site could not be reached. Check your connection and try again.',
      other: 'something unexpected went wrong. Try again later.',
    },
    currentlyOn: 'Notifications are on for this device.',
    currentlyOff: 'Notifications are off for this device.',
  },
  myOffice: {
    navLink: 'My e-office',
    title: 'My e-office notifications',
    description: 'Notices of the messages the electronic office has sent you.',
    connectTitle: 'Connect my electronic office',
    connectIntro:
      'Sign in once with the electronic office to be told on this site and on your devices when it sends you a message (a certificate is ready, a tax is due, a fine was notified). The messages themselves stay in the electronic office.',
    connectButton: 'Connect my electronic office',
    notEnabled:
      'The city has not enabled the connection with the electronic office on this site yet.',
    whatWeKeep:
      'We keep only a coded form of your electronic-office identity, the devices you link and, for each message, its subject, date and link. See the privacy page.',
    errors: {
      signin: 'Signing in did not succeed. Please try again.',
      expired: 'The sign-in took too long or was started elsewhere. Please try again.',
      cancelled: 'Signing in was cancelled.',
      unavailable: 'The electronic office cannot be reached just now. Please try again later.',
    },
    disconnected:
      'Your electronic office is disconnected: your notices and linked devices were deleted.',
    inboxIntro:
      'Messages the electronic office has sent you, newest first. Open one to read it there.',
    empty: 'No messages yet. When the electronic office sends you one, it will appear here.',
    received: 'Received',
    category: 'Category',
    keptFor: (days) => `Notices are kept for ${days} days.`,
    signOut: 'Sign out',
    disconnectTitle: 'Disconnect',
    disconnectHelp:
      'Disconnecting deletes the link with your electronic office, your notices here and the list of your linked devices.',
    disconnect: 'Disconnect my electronic office',
    deviceTitle: 'This device',
    deviceHelp: 'Get a notification on this device when the electronic office sends you a message.',
    deviceLink: 'Notify me on this device',
    deviceUnlink: 'Stop notifying this device',
    deviceLinked: 'This device is notified of your e-office messages.',
    deviceNotLinked: 'This device is not notified of your e-office messages.',
    deviceNeedsNotify: 'First turn on notifications on this device with “Notify me”.',
    deviceUnsupported: 'This browser cannot show notifications; your notices are listed here.',
    deviceFailed: 'That did not work. Please try again.',
    pushTitle: 'New message in the electronic office',
  },
  openData: {
    title: 'Open data',
    description: 'The city’s services, departments and topics as open data anyone may reuse.',
    intro:
      'The city publishes its directory of services as open data in the Open Referral Human Services Data Specification (HSDS 3.0), so that helplines, regional directories and apps can reuse it. Every address below answers JSON to anyone, from any website.',
    footerLink: 'Open data',
    licenceTitle: 'Licence',
    licencePrefix: 'The data is published under the licence ',
    noLicence: 'The city has not chosen a licence for this data yet.',
    endpointsTitle: 'Addresses',
    endpoints: {
      services:
        'Services, page by page (page, per_page, search, taxonomy_term_id, modified_after).',
      service:
        'One service with its organisation, locations, addresses, phones, contacts, opening hours, accessibility and topics.',
      organizations: 'The city and its departments.',
      serviceAtLocations: 'Each service at each of its locations.',
      taxonomyTerms: 'The topics services are classified under.',
      metadata: 'Which HSDS version and profile this is.',
    },
    languageNote: 'Add ?locale=es for the texts in Spanish.',
    syncTitle: 'Keeping a copy up to date',
    sync: 'Ask /services?modified_after= with the time of your last copy for what changed since; list all ids now and then to notice services that were withdrawn. Answers carry ETag and Last-Modified: a request with If-None-Match gets 304 when nothing changed.',
    cpsvTitle: 'Procedures as EU public-service data',
    cpsvIntro:
      'Every procedure is also published in the EU Core Public Service Vocabulary Application Profile (CPSV-AP 3.2), as JSON-LD: the public service, the department responsible, the channels (online, offices, phone), requirements, documents, costs, outcome and legal basis.',
    cpsvCatalogue: 'All procedures in one document.',
    cpsvProcedure: 'One procedure: its page address followed by .jsonld.',
    hsds: {
      cityDescription: (city) => `The local government of ${city}.`,
      departmentDescription: (department, city) => `${department}, a department of ${city}.`,
      taxonomyName: 'Topics',
      taxonomyDescription: (city) => `The topics ${city} files its services and procedures under.`,
      closed: 'Closed',
      holiday: (name) => (name ? `Public holiday: ${name}` : 'Public holiday'),
      specialHours: 'Special opening hours',
      hoursNotes: (timeZone, text) =>
        `Opening hours in OpenStreetMap opening_hours syntax, local time of ${timeZone}: ${text}`,
    },
  },
}
