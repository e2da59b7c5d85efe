import type { Alert } from '@/payload-types'

import type { Localized } from '../localized'
import type { RelativeInstant } from '../relativeTime'

export interface AlertSeed {
  slug: string
  headline: Localized
  description: Localized
  instruction: Localized
  /** CAP 1.2 severity and status; only "Actual" alerts are public. */
  severity: Alert['severity']
  status: Alert['status']
  urgency: Alert['urgency']
  certainty: Alert['certainty']
  categories: Alert['categories']
  eventType: Localized
  onset: RelativeInstant
  expires: RelativeInstant
  areaDescription: Localized
  /** CAP geometry: "lat,lon" pairs of a closed ring, or "lat,lon radius-km". */
  polygon?: string
  circle?: string
  /** Slugs of the services and procedures the alert affects. */
  services?: string[]
  procedures?: string[]
  web?: string
}

/** Meteorological seasons: what weather a warning in the demo city can plausibly be about. */
export type Season = 'winter' | 'spring' | 'summer' | 'autumn'

// One weather warning per season under one slug, so links and tests find it whatever the day and
// it never contradicts the calendar beside it.
type WeatherWarning = Omit<AlertSeed, 'slug'>

const WEATHER_COMMON = {
  status: 'Actual',
  urgency: 'Expected',
  certainty: 'Likely',
  onset: { hours: -3 },
  expires: { hours: 48 },
  areaDescription: { en: 'Whole city of Villamar', es: 'Todo el término municipal de Villamar' },
  circle: '39.4699,-0.3763 9',
  web: 'https://www.aemet.es/en/eltiempo/prediccion/avisos',
} satisfies Partial<WeatherWarning>

const weatherWarnings: Record<Season, WeatherWarning> = {
  summer: {
    ...WEATHER_COMMON,
    headline: { en: 'Heat warning: up to 41 °C', es: 'Aviso por calor: hasta 41 °C' },
    description: {
      en: 'The State Meteorological Agency (AEMET) forecasts maximum temperatures of 39 to 41 °C and tropical nights above 25 °C. Risk is high for older people, babies, people with chronic illness and outdoor workers.',
      es: 'La Agencia Estatal de Meteorología (AEMET) prevé temperaturas máximas de 39 a 41 °C y noches tropicales por encima de 25 °C. El riesgo es alto para personas mayores, bebés, personas con enfermedades crónicas y trabajadores al aire libre.',
    },
    instruction: {
      en: 'Drink water often, avoid going out between 12:00 and 18:00 and check on neighbours who live alone. Municipal libraries and day centres are open as cool shelters. For a medical emergency call 112.',
      es: 'Beba agua con frecuencia, evite salir entre las 12:00 y las 18:00 y pregunte por sus vecinos que viven solos. Las bibliotecas y centros de día municipales abren como refugios climáticos. Ante una urgencia médica, llame al 112.',
    },
    severity: 'Severe',
    categories: ['Met', 'Health'],
    eventType: { en: 'Heat wave', es: 'Ola de calor' },
    services: ['russafa-day-centre', 'central-library', 'el-grau-summer-pool'],
  },
  autumn: {
    ...WEATHER_COMMON,
    headline: {
      en: 'Heavy rain warning: up to 120 l/m² in 12 hours',
      es: 'Aviso por lluvias intensas: hasta 120 l/m² en 12 horas',
    },
    description: {
      en: 'The State Meteorological Agency (AEMET) forecasts heavy and persistent rain, with storms and up to 120 litres per square metre in 12 hours. Underpasses, riverbeds and ground floors may flood.',
      es: 'La Agencia Estatal de Meteorología (AEMET) prevé lluvias fuertes y persistentes, con tormentas y hasta 120 litros por metro cuadrado en 12 horas. Pueden inundarse pasos inferiores, cauces y plantas bajas.',
    },
    instruction: {
      en: 'Avoid travelling unless you must, never cross a flooded street or underpass, move your car out of underground car parks and keep away from riverbeds. Day centres cancel their outings. For an emergency call 112.',
      es: 'Evite desplazarse si no es imprescindible, no cruce nunca calles ni pasos inferiores inundados, saque el coche de los aparcamientos subterráneos y aléjese de los cauces. Los centros de día suspenden sus salidas. Ante una emergencia, llame al 112.',
    },
    severity: 'Severe',
    categories: ['Met', 'Safety'],
    eventType: { en: 'Heavy rain', es: 'Lluvias intensas' },
    services: ['municipal-police', 'citizen-office-el-grau', 'russafa-day-centre'],
  },
  winter: {
    ...WEATHER_COMMON,
    headline: {
      en: 'Cold warning: frost down to −2 °C at night',
      es: 'Aviso por frío: heladas de hasta −2 °C por la noche',
    },
    description: {
      en: 'The State Meteorological Agency (AEMET) forecasts minimum temperatures of 0 to −2 °C with frost on the outskirts and a cold northerly wind. Risk is high for older people, babies, people with chronic illness and people sleeping rough.',
      es: 'La Agencia Estatal de Meteorología (AEMET) prevé temperaturas mínimas de 0 a −2 °C con heladas en las afueras y viento frío del norte. El riesgo es alto para personas mayores, bebés, personas con enfermedades crónicas y personas sin hogar.',
    },
    instruction: {
      en: 'Dress in layers, ventilate rooms heated with stoves or braziers and check on neighbours who live alone. The municipal shelter adds beds and day centres open as warm shelters. For an emergency call 112.',
      es: 'Abríguese por capas, ventile las habitaciones con estufas o braseros y pregunte por sus vecinos que viven solos. El albergue municipal amplía sus plazas y los centros de día abren como refugios. Ante una emergencia, llame al 112.',
    },
    severity: 'Severe',
    categories: ['Met', 'Health'],
    eventType: { en: 'Cold wave', es: 'Ola de frío' },
    services: ['russafa-day-centre', 'municipal-shelter', 'central-library'],
  },
  spring: {
    ...WEATHER_COMMON,
    headline: {
      en: 'Wind warning: gusts up to 80 km/h',
      es: 'Aviso por viento: rachas de hasta 80 km/h',
    },
    description: {
      en: 'The State Meteorological Agency (AEMET) forecasts strong westerly wind with gusts of 70 to 80 km/h, and rough sea on the coast. Branches, scaffolding and objects on balconies may fall.',
      es: 'La Agencia Estatal de Meteorología (AEMET) prevé viento fuerte de poniente con rachas de 70 a 80 km/h y mar gruesa en la costa. Pueden caer ramas, andamios y objetos de los balcones.',
    },
    instruction: {
      en: 'Secure or bring in objects on balconies, keep away from trees, scaffolding and the seafront, and do not light fires outdoors. Municipal parks are closed and day centres cancel their outings while the warning lasts. For an emergency call 112.',
      es: 'Asegure o retire los objetos de los balcones, aléjese de árboles, andamios y del paseo marítimo, y no encienda fuego al aire libre. Los parques municipales cierran y los centros de día suspenden sus salidas mientras dure el aviso. Ante una emergencia, llame al 112.',
    },
    severity: 'Moderate',
    categories: ['Met', 'Safety'],
    eventType: { en: 'Strong wind', es: 'Viento fuerte' },
    services: ['municipal-police', 'russafa-day-centre'],
  },
}

/** The slug of the seasonal weather warning, the same in every season. */
export const WEATHER_WARNING_SLUG = 'weather-warning'

/** The demo's alerts for a seed date in `season`: its weather warning first, then the rest. */
export function alertsFor(season: Season): AlertSeed[] {
  return [
    { slug: WEATHER_WARNING_SLUG, ...weatherWarnings[season] },
    ...otherAlerts,
    season === 'summer' ? bathingAdvice : fallenTrees,
  ]
}

const otherAlerts: AlertSeed[] = [
  {
    slug: 'water-supply-cut-benimaclet',
    headline: {
      en: 'Water supply cut in Benimaclet',
      es: 'Corte de suministro de agua en Benimaclet',
    },
    description: {
      en: 'The water company will replace a main pipe under Calle de Emilio Baró. Homes and businesses in the area will have no running water during the works.',
      es: 'La empresa de aguas sustituirá una tubería principal bajo la calle Emilio Baró. Viviendas y comercios de la zona no tendrán agua corriente durante las obras.',
    },
    instruction: {
      en: 'Store water for drinking and cooking the night before. Water tanks will be placed in Plaza de Benimaclet. When supply returns, run the tap for a minute before drinking.',
      es: 'Guarde agua para beber y cocinar la noche anterior. Se instalarán cisternas en la plaza de Benimaclet. Cuando vuelva el suministro, deje correr el grifo un minuto antes de beber.',
    },
    severity: 'Moderate',
    status: 'Actual',
    urgency: 'Expected',
    certainty: 'Observed',
    categories: ['Infra'],
    eventType: { en: 'Water supply cut', es: 'Corte de suministro de agua' },
    onset: { days: 1, at: '08:00' },
    expires: { days: 1, at: '14:00' },
    areaDescription: {
      en: 'Benimaclet: Calle de Emilio Baró, Calle de Arquitecto Arnau and surrounding streets (46020)',
      es: 'Benimaclet: calle Emilio Baró, calle Arquitecto Arnau y calles adyacentes (46020)',
    },
    polygon:
      '39.4885,-0.3640 39.4885,-0.3560 39.4830,-0.3545 39.4815,-0.3620 39.4885,-0.3640',
    services: ['benimaclet-library', 'benimaclet-sports-centre', 'citizen-office-benimaclet'],
  },
  {
    slug: 'road-works-avenida-del-puerto',
    headline: {
      en: 'Road works on Avenida del Puerto: one lane each way',
      es: 'Obras en la avenida del Puerto: un carril por sentido',
    },
    description: {
      en: 'Resurfacing works on Avenida del Puerto between Calle de Eduardo Boscá and the port. Traffic is reduced to one lane in each direction and bus stops are moved.',
      es: 'Obras de reasfaltado en la avenida del Puerto entre la calle Eduardo Boscá y el puerto. El tráfico se reduce a un carril por sentido y se trasladan las paradas de autobús.',
    },
    instruction: {
      en: 'Expect delays at peak hours. Use Avenida de Baleares as an alternative. Bus stops are signposted.',
      es: 'Prevea retenciones en hora punta. Use la avenida de Baleares como alternativa. Las paradas provisionales están señalizadas.',
    },
    severity: 'Minor',
    status: 'Actual',
    urgency: 'Future',
    certainty: 'Observed',
    categories: ['Transport'],
    eventType: { en: 'Road works', es: 'Obras en la calzada' },
    onset: { days: -3, at: '07:00' },
    expires: { days: 20, at: '20:00' },
    areaDescription: {
      en: 'Avenida del Puerto, Camins al Grau and El Grau',
      es: 'Avenida del Puerto, Camins al Grau y El Grau',
    },
    polygon: '39.4660,-0.3560 39.4668,-0.3550 39.4600,-0.3300 39.4590,-0.3310 39.4660,-0.3560',
    services: ['citizen-office-el-grau', 'maritime-library'],
    procedures: ['traffic-fine-appeal'],
  },
  {
    // A CAP "Test" message, as alerting systems send to check the chain: never public.
    slug: 'alert-system-test',
    headline: { en: 'TEST – alert system check', es: 'PRUEBA – comprobación del sistema de avisos' },
    description: {
      en: 'This is a test of the Villamar alert system. No action is needed.',
      es: 'Esta es una prueba del sistema de avisos de Villamar. No es necesario hacer nada.',
    },
    instruction: { en: 'No action needed.', es: 'No es necesario hacer nada.' },
    severity: 'Minor',
    status: 'Test',
    urgency: 'Unknown',
    certainty: 'Unknown',
    categories: ['Other'],
    eventType: { en: 'System test', es: 'Prueba del sistema' },
    onset: { hours: -1 },
    expires: { hours: 24 },
    areaDescription: { en: 'Whole city of Villamar', es: 'Todo el término municipal de Villamar' },
  },
]

// The alert that ended a few days before the seed date: bathing advice only in the bathing
// season (beaches have no flags in winter), fallen trees in a park the rest of the year.
const bathingAdvice: AlertSeed = {
  slug: 'bathing-advice-malva-rosa',
  headline: {
    en: 'Bathing not advised at Malva-rosa beach',
    es: 'Baño desaconsejado en la playa de la Malva-rosa',
  },
  description: {
    en: 'After heavy rain, water samples showed high levels of bacteria. The red flag was raised as a precaution.',
    es: 'Tras las lluvias intensas, las muestras de agua mostraron niveles elevados de bacterias. Se izó la bandera roja por precaución.',
  },
  instruction: {
    en: 'Do not swim until the green flag is raised. The beach and promenade remain open.',
    es: 'No se bañe hasta que se ice la bandera verde. La playa y el paseo siguen abiertos.',
  },
  severity: 'Moderate',
  status: 'Actual',
  urgency: 'Expected',
  certainty: 'Likely',
  categories: ['Health', 'Env'],
  eventType: { en: 'Bathing advice', es: 'Recomendación de baño' },
  onset: { days: -10, at: '09:00' },
  expires: { days: -3, at: '09:00' },
  areaDescription: { en: 'Malva-rosa beach', es: 'Playa de la Malva-rosa' },
  circle: '39.4790,-0.3235 1.2',
}

const fallenTrees: AlertSeed = {
  slug: 'turia-garden-paths-closed',
  headline: {
    en: 'Paths closed in the Turia gardens after fallen trees',
    es: 'Caminos cerrados en el jardín del Turia por caída de árboles',
  },
  description: {
    en: 'Strong gusts brought down several trees between the Serranos and Trinidad bridges. Gardeners are removing them and checking the others.',
    es: 'Las rachas de viento derribaron varios árboles entre los puentes de Serranos y de la Trinidad. El servicio de jardinería los está retirando y revisa el resto.',
  },
  instruction: {
    en: 'Follow the signposted detours and keep out of the taped areas. Cycle lanes along the garden stay open.',
    es: 'Siga los desvíos señalizados y no entre en las zonas balizadas. Los carriles bici del jardín siguen abiertos.',
  },
  severity: 'Minor',
  status: 'Actual',
  urgency: 'Expected',
  certainty: 'Observed',
  categories: ['Safety', 'Env'],
  eventType: { en: 'Park closure', es: 'Cierre de parque' },
  onset: { days: -10, at: '09:00' },
  expires: { days: -3, at: '09:00' },
  areaDescription: {
    en: 'Turia gardens between the Serranos and Trinidad bridges',
    es: 'Jardín del Turia entre los puentes de Serranos y de la Trinidad',
  },
  circle: '39.4790,-0.3740 0.6',
}
