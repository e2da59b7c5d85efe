import type { Localized } from '../localized'

export interface DistrictSeed {
  slug: string
  name: Localized
  /** [longitude, latitude]: where the near-me list measures from for this district. */
  centre: [number, number]
  /** The postcodes a citizen may type for this district (the demo services' addresses). */
  postalCodes: string[]
}

// Villamar's districts, with centres among the demo services (the city's bounding box is
// about -0.41…-0.33 E, 39.44…39.50 N) and every postcode the demo addresses use.
export const districts: DistrictSeed[] = [
  {
    slug: 'ciutat-vella',
    name: { en: 'Ciutat Vella (Old Town)', es: 'Ciutat Vella (Casco Antiguo)' },
    centre: [-0.377, 39.4745],
    postalCodes: ['46001', '46002', '46003'],
  },
  {
    slug: 'eixample',
    name: { en: 'Eixample and Russafa', es: 'Ensanche y Ruzafa' },
    centre: [-0.3715, 39.4635],
    postalCodes: ['46004', '46005', '46006'],
  },
  {
    slug: 'extramurs',
    name: { en: 'Extramurs', es: 'Extramuros' },
    centre: [-0.386, 39.4705],
    postalCodes: ['46008'],
  },
  {
    slug: 'campanar',
    name: { en: 'Campanar and Benicalap', es: 'Campanar y Benicalap' },
    centre: [-0.3955, 39.4845],
    postalCodes: ['46015', '46025'],
  },
  {
    slug: 'benimaclet',
    name: { en: 'Benimaclet', es: 'Benimaclet' },
    centre: [-0.3585, 39.4875],
    postalCodes: ['46020'],
  },
  {
    slug: 'pla-del-real',
    name: { en: 'Pla del Real and Algirós', es: 'Llano del Real y Algirós' },
    centre: [-0.355, 39.475],
    postalCodes: ['46010', '46021', '46022'],
  },
  {
    slug: 'poblats-maritims',
    name: { en: 'Seafront districts', es: 'Poblados Marítimos' },
    centre: [-0.3375, 39.4635],
    postalCodes: ['46011', '46023', '46024'],
  },
  {
    slug: 'patraix',
    name: { en: 'Patraix and Jesús', es: 'Patraix y Jesús' },
    centre: [-0.395, 39.459],
    postalCodes: ['46007', '46014', '46018'],
  },
  {
    slug: 'quatre-carreres',
    name: { en: 'Quatre Carreres', es: 'Cuatro Carreras' },
    centre: [-0.362, 39.451],
    postalCodes: ['46013'],
  },
]
