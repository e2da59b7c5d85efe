// Villamar's public transport, generating the demo GTFS feed. Stops lie beside the demo
// services so every service page and the near-me map show stops within walking distance.

export const TRANSIT_AGENCY = {
  id: 'EMTV',
  name: 'Metro y Autobuses de Villamar',
  url: 'https://transporte.villamar.example',
  timezone: 'Europe/Madrid',
  lang: 'es',
  phone: '+34 960 000 100',
}

export interface StopSeed {
  id: string
  name: string
  lat: number
  lon: number
  /** 1: a station grouping the platforms and bays below it. */
  station?: true
  /** The station this platform or bay belongs to. */
  parent?: string
  platformCode?: string
  /** GTFS wheelchair_boarding: 1 step-free, 2 not possible; absent: unknown. */
  wheelchair?: 1 | 2
}

export const STOPS: StopSeed[] = [
  // Villamar Centro: the interchange under Plaza del Ayuntamiento, with a platform per
  // metro direction and the bus bay on the square.
  { id: 'centro', name: 'Villamar Centro', lat: 39.4702, lon: -0.3772, station: true, wheelchair: 1 },
  { id: 'centro-1', name: 'Villamar Centro (andén 1)', lat: 39.47025, lon: -0.37735, parent: 'centro', platformCode: '1', wheelchair: 1 },
  { id: 'centro-2', name: 'Villamar Centro (andén 2)', lat: 39.47015, lon: -0.37705, parent: 'centro', platformCode: '2', wheelchair: 1 },
  { id: 'centro-bus', name: 'Villamar Centro (autobuses)', lat: 39.4697, lon: -0.3766, parent: 'centro', platformCode: 'A', wheelchair: 1 },
  // Metro L1
  { id: 'm-olivereta', name: 'Olivereta', lat: 39.4688, lon: -0.4012, wheelchair: 1 },
  { id: 'm-guimera', name: 'Àngel Guimerà', lat: 39.47, lon: -0.3885, wheelchair: 1 },
  { id: 'm-colon', name: 'Colón', lat: 39.4672, lon: -0.37, wheelchair: 1 },
  { id: 'm-auditorio', name: 'Auditorio', lat: 39.4665, lon: -0.36, wheelchair: 1 },
  { id: 'm-camins', name: 'Camins al Grau', lat: 39.4648, lon: -0.3525, wheelchair: 1 },
  { id: 'm-maritimo', name: 'Marítimo', lat: 39.4625, lon: -0.341, wheelchair: 1 },
  { id: 'm-platja', name: 'Platja del Cabanyal', lat: 39.468, lon: -0.3345, wheelchair: 2 },
  // Bus stops
  { id: 'b-poli-campanar', name: 'Polideportivo de Campanar', lat: 39.4852, lon: -0.3985, wheelchair: 1 },
  { id: 'b-campanar', name: 'Campanar', lat: 39.4826, lon: -0.3935, wheelchair: 1 },
  { id: 'b-turia', name: 'Jardín del Turia', lat: 39.48, lon: -0.388, wheelchair: 1 },
  { id: 'b-torres', name: 'Torres de Serranos', lat: 39.4785, lon: -0.381, wheelchair: 1 },
  { id: 'b-museo', name: 'Museo de Historia', lat: 39.4768, lon: -0.3755, wheelchair: 1 },
  { id: 'b-alameda', name: 'Alameda', lat: 39.4752, lon: -0.366, wheelchair: 1 },
  { id: 'b-pla-real', name: 'Pla del Real', lat: 39.4755, lon: -0.361, wheelchair: 1 },
  { id: 'b-benimaclet', name: 'Benimaclet', lat: 39.4858, lon: -0.359, wheelchair: 1 },
  { id: 'b-poli-benimaclet', name: 'Polideportivo de Benimaclet', lat: 39.491, lon: -0.3535, wheelchair: 1 },
  { id: 'b-proteccion-animal', name: 'Centro de Protección Animal', lat: 39.4512, lon: -0.4018, wheelchair: 2 },
  { id: 'b-patraix', name: 'Patraix', lat: 39.4603, lon: -0.3968, wheelchair: 1 },
  { id: 'b-jesus', name: 'Jesús', lat: 39.456, lon: -0.3875, wheelchair: 1 },
  { id: 'b-russafa', name: 'Mercado de Russafa', lat: 39.462, lon: -0.3738, wheelchair: 1 },
  { id: 'b-gran-via', name: 'Gran Vía', lat: 39.4638, lon: -0.3675, wheelchair: 1 },
  { id: 'b-puerto', name: 'Avenida del Puerto', lat: 39.464, lon: -0.3528, wheelchair: 1 },
  { id: 'b-grau', name: 'El Grau', lat: 39.46, lon: -0.3378, wheelchair: 1 },
  { id: 'b-nazaret', name: 'Nazaret', lat: 39.4497, lon: -0.3372, wheelchair: 1 },
  { id: 'b-ecoparque-norte', name: 'Ecoparque de Benicalap', lat: 39.496, lon: -0.394 },
  { id: 'b-burjassot', name: 'Avenida de Burjassot', lat: 39.4885, lon: -0.3948, wheelchair: 1 },
  { id: 'b-biblioteca-campanar', name: 'Biblioteca de Campanar', lat: 39.4808, lon: -0.3958, wheelchair: 1 },
  { id: 'b-extramurs', name: 'Extramurs', lat: 39.4715, lon: -0.3848, wheelchair: 1 },
  { id: 'b-cuatro-carreras', name: 'Cuatro Carreras', lat: 39.4565, lon: -0.3645, wheelchair: 1 },
  { id: 'b-fonteta', name: 'La Fonteta', lat: 39.444, lon: -0.365, wheelchair: 1 },
  { id: 'b-aragon', name: 'Avenida de Aragón', lat: 39.47, lon: -0.359, wheelchair: 1 },
  { id: 'b-algiros', name: 'Algirós', lat: 39.4745, lon: -0.35, wheelchair: 1 },
  { id: 'b-cabanyal', name: 'Cabanyal', lat: 39.4675, lon: -0.335, wheelchair: 1 },
]

/** Hours as "HH:MM" of the service day; past midnight is "24:30", "25:10"… as in GTFS. */
export interface ServiceSpan {
  first: string
  last: string
  everyMinutes: number
}

export interface LineSeed {
  routeId: string
  shortName: string
  longName: string
  /** GTFS route_type: 1 metro, 3 bus. */
  type: 1 | 3
  color: string
  textColor: string
  /** Stops from the first terminus to the other (direction 0); direction 1 runs back. */
  stops: string[]
  /** Direction 1 calls at these instead, where a station has a platform per direction. */
  returnStops?: string[]
  /** Kilometres per hour between stops, including the time spent at each. */
  speedKmh: number
  /**
   * When it runs, per service: `weekday` Monday to Friday, `weekend` Saturdays, Sundays and
   * public holidays, `nightly` every night. Metro spans are published as frequencies.
   */
  spans: Partial<Record<'weekday' | 'weekend' | 'nightly', ServiceSpan[]>>
  frequencies?: true
}

export const LINES: LineSeed[] = [
  {
    routeId: 'L1',
    shortName: 'L1',
    longName: 'Olivereta – Platja del Cabanyal',
    type: 1,
    color: 'C8102E',
    textColor: 'FFFFFF',
    stops: ['m-olivereta', 'm-guimera', 'centro-1', 'm-colon', 'm-auditorio', 'm-camins', 'm-maritimo', 'm-platja'],
    returnStops: ['m-platja', 'm-maritimo', 'm-camins', 'm-auditorio', 'm-colon', 'centro-2', 'm-guimera', 'm-olivereta'],
    speedKmh: 28,
    frequencies: true,
    spans: {
      weekday: [
        { first: '05:30', last: '06:59', everyMinutes: 10 },
        { first: '07:00', last: '20:59', everyMinutes: 6 },
        { first: '21:00', last: '24:30', everyMinutes: 12 },
      ],
      weekend: [{ first: '06:00', last: '24:30', everyMinutes: 12 }],
    },
  },
  {
    routeId: '3',
    shortName: '3',
    longName: 'Campanar – Benimaclet',
    type: 3,
    color: '1B7F3B',
    textColor: 'FFFFFF',
    stops: ['b-poli-campanar', 'b-campanar', 'b-turia', 'b-torres', 'b-museo', 'b-alameda', 'b-pla-real', 'b-benimaclet', 'b-poli-benimaclet'],
    speedKmh: 14,
    spans: {
      weekday: [{ first: '06:00', last: '22:30', everyMinutes: 12 }],
      weekend: [{ first: '07:00', last: '22:30', everyMinutes: 20 }],
    },
  },
  {
    routeId: '7',
    shortName: '7',
    longName: 'Protección Animal – Nazaret',
    type: 3,
    color: 'F2A900',
    textColor: '000000',
    stops: ['b-proteccion-animal', 'b-patraix', 'b-jesus', 'b-russafa', 'b-gran-via', 'b-puerto', 'b-grau', 'b-nazaret'],
    speedKmh: 15,
    spans: {
      weekday: [{ first: '06:10', last: '22:40', everyMinutes: 15 }],
      weekend: [{ first: '07:10', last: '22:40', everyMinutes: 20 }],
    },
  },
  {
    routeId: '12',
    shortName: '12',
    longName: 'Benicalap – La Fonteta',
    type: 3,
    color: '6A1B9A',
    textColor: 'FFFFFF',
    stops: ['b-ecoparque-norte', 'b-burjassot', 'b-biblioteca-campanar', 'b-extramurs', 'centro-bus', 'b-russafa', 'b-cuatro-carreras', 'b-fonteta'],
    speedKmh: 15,
    spans: {
      weekday: [{ first: '06:05', last: '22:35', everyMinutes: 12 }],
      weekend: [{ first: '07:05', last: '22:35', everyMinutes: 20 }],
    },
  },
  {
    routeId: 'N1',
    shortName: 'N1',
    longName: 'Búho: Villamar Centro – El Grau',
    type: 3,
    color: '1F2A44',
    textColor: 'FFFFFF',
    stops: ['centro-bus', 'b-gran-via', 'b-aragon', 'b-algiros', 'b-cabanyal', 'b-grau'],
    speedKmh: 20,
    // The night bus: the last departures leave after five in the morning of the next day.
    spans: { nightly: [{ first: '23:30', last: '29:30', everyMinutes: 40 }] },
  },
]
