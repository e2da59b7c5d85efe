import type { Localized } from '../localized'

export interface DepartmentSeed {
  slug: string
  title: Localized
  email: string
  phone: string
  address: string
}

export const departments: DepartmentSeed[] = [
  {
    slug: 'citizen-services',
    title: { en: 'Citizen Services', es: 'Atención a la Ciudadanía' },
    email: 'atencion@villamar.example',
    phone: '+34 96 000 01 00',
    address: 'Plaza del Ayuntamiento 1, 46002 Villamar',
  },
  {
    slug: 'finance-taxation',
    title: { en: 'Finance and Taxation', es: 'Hacienda y Gestión Tributaria' },
    email: 'tributos@villamar.example',
    phone: '+34 96 000 02 00',
    address: 'Calle de Guillem de Castro 110, 46008 Villamar',
  },
  {
    slug: 'mobility-police',
    title: { en: 'Mobility and Municipal Police', es: 'Movilidad y Policía Local' },
    email: 'movilidad@villamar.example',
    phone: '+34 96 000 03 00',
    address: 'Avenida del Cid 37, 46018 Villamar',
  },
  {
    slug: 'urban-planning-housing',
    title: { en: 'Urban Planning and Housing', es: 'Urbanismo y Vivienda' },
    email: 'urbanismo@villamar.example',
    phone: '+34 96 000 04 00',
    address: 'Calle de Amadeo de Saboya 11, 46010 Villamar',
  },
  {
    slug: 'social-welfare',
    title: { en: 'Social Welfare and Equality', es: 'Bienestar Social e Igualdad' },
    email: 'bienestarsocial@villamar.example',
    phone: '+34 96 000 05 00',
    address: 'Calle del Mar 48, 46003 Villamar',
  },
  {
    slug: 'culture-sport',
    title: { en: 'Culture, Education and Sport', es: 'Cultura, Educación y Deportes' },
    email: 'cultura@villamar.example',
    phone: '+34 96 000 06 00',
    address: 'Calle del Hospital 13, 46001 Villamar',
  },
  {
    slug: 'environment-urban-services',
    title: { en: 'Environment and Urban Services', es: 'Medio Ambiente y Servicios Urbanos' },
    email: 'medioambiente@villamar.example',
    phone: '+34 96 000 07 00',
    address: 'Avenida de Aragón 35, 46021 Villamar',
  },
  {
    slug: 'economic-development',
    title: { en: 'Economic Development and Tourism', es: 'Desarrollo Económico y Turismo' },
    email: 'empresas@villamar.example',
    phone: '+34 96 000 08 00',
    address: 'Gran Vía del Marqués del Turia 49, 46005 Villamar',
  },
  {
    slug: 'public-health',
    title: { en: 'Public Health and Consumer Affairs', es: 'Salud Pública y Consumo' },
    email: 'salud@villamar.example',
    phone: '+34 96 000 09 00',
    address: 'Calle de San Vicente Mártir 200, 46007 Villamar',
  },
]
