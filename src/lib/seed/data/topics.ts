import type { Localized } from '../localized'

export interface TopicSeed {
  slug: string
  /** Position in topic lists, lowest first. */
  order: number
  title: Localized
  description: Localized
}

export const topics: TopicSeed[] = [
  {
    slug: 'certificates-registry',
    order: 10,
    title: { en: 'Certificates & registry', es: 'Certificados y padrón' },
    description: {
      en: 'Register certificates, changes of address, civil ceremonies and other official records.',
      es: 'Certificados de empadronamiento, cambios de domicilio, ceremonias civiles y otros registros oficiales.',
    },
  },
  {
    slug: 'taxes-fees',
    order: 20,
    title: { en: 'Taxes & fees', es: 'Impuestos y tasas' },
    description: {
      en: 'Property tax, vehicle tax, payment calendar, direct debits and instalments.',
      es: 'IBI, impuesto de vehículos, calendario fiscal, domiciliaciones y fraccionamientos.',
    },
  },
  {
    slug: 'traffic-mobility',
    order: 30,
    title: { en: 'Traffic & mobility', es: 'Tráfico y movilidad' },
    description: {
      en: 'Fines, parking permits, towed vehicles, cycling and public transport.',
      es: 'Multas, tarjetas de aparcamiento, grúa, bicicleta y transporte público.',
    },
  },
  {
    slug: 'housing-urban-planning',
    order: 40,
    title: { en: 'Housing & urban planning', es: 'Vivienda y urbanismo' },
    description: {
      en: 'Building permits, works notices, planning information and housing support.',
      es: 'Licencias de obra, declaraciones responsables, información urbanística y ayudas a la vivienda.',
    },
  },
  {
    slug: 'social-services',
    order: 50,
    title: { en: 'Social services', es: 'Servicios sociales' },
    description: {
      en: 'Support for families, older people, people with disabilities and anyone in difficulty.',
      es: 'Atención a familias, personas mayores, personas con discapacidad y a quien lo necesite.',
    },
  },
  {
    slug: 'culture-leisure',
    order: 60,
    title: { en: 'Culture & leisure', es: 'Cultura y ocio' },
    description: {
      en: 'Libraries, museums, the auditorium, festivals and the city agenda.',
      es: 'Bibliotecas, museos, el auditorio, fiestas y la agenda de la ciudad.',
    },
  },
  {
    slug: 'education',
    order: 65,
    title: { en: 'Education', es: 'Educación' },
    description: {
      en: 'School admissions, adult education and learning activities for all ages.',
      es: 'Escolarización, formación de personas adultas y actividades educativas para todas las edades.',
    },
  },
  {
    slug: 'sport',
    order: 70,
    title: { en: 'Sport', es: 'Deporte' },
    description: {
      en: 'Sports centres, swimming pools, memberships, courses and sporting events.',
      es: 'Polideportivos, piscinas, abonos, cursos y eventos deportivos.',
    },
  },
  {
    slug: 'health',
    order: 80,
    title: { en: 'Health', es: 'Salud' },
    description: {
      en: 'Community health points, prevention programmes and public health.',
      es: 'Puntos de salud comunitaria, programas de prevención y salud pública.',
    },
  },
  {
    slug: 'environment-waste',
    order: 90,
    title: { en: 'Environment & waste', es: 'Medio ambiente y residuos' },
    description: {
      en: 'Recycling points, bulky waste collection, green spaces and animal welfare.',
      es: 'Ecoparques, recogida de muebles y enseres, zonas verdes y protección animal.',
    },
  },
  {
    slug: 'business-employment',
    order: 100,
    title: { en: 'Business & employment', es: 'Empresas y empleo' },
    description: {
      en: 'Opening a business, activity licences, markets, tourism and job support.',
      es: 'Abrir un negocio, licencias de actividad, mercados, turismo y apoyo al empleo.',
    },
  },
  {
    slug: 'safety-emergencies',
    order: 110,
    title: { en: 'Safety & emergencies', es: 'Seguridad y emergencias' },
    description: {
      en: 'Municipal police, civil protection, alerts and lost property.',
      es: 'Policía Local, protección civil, avisos y objetos perdidos.',
    },
  },
  {
    slug: 'participation-transparency',
    order: 120,
    title: { en: 'Participation & transparency', es: 'Participación y transparencia' },
    description: {
      en: 'Complaints and suggestions, access to public information and citizen participation.',
      es: 'Quejas y sugerencias, acceso a la información pública y participación ciudadana.',
    },
  },
]
