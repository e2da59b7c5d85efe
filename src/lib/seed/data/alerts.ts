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

export const alerts: AlertSeed[] = [
  {
    slug: 'heat-wave-warning',
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
    status: 'Actual',
    urgency: 'Expected',
    certainty: 'Likely',
    categories: ['Met', 'Health'],
    eventType: { en: 'Heat wave', es: 'Ola de calor' },
    onset: { hours: -3 },
    expires: { hours: 48 },
    areaDescription: { en: 'Whole city of Villamar', es: 'Todo el término municipal de Villamar' },
    circle: '39.4699,-0.3763 9',
    services: ['russafa-day-centre', 'central-library', 'el-grau-summer-pool'],
    web: 'https://www.aemet.es/en/eltiempo/prediccion/avisos',
  },
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
