import type { Service } from '@/payload-types'

import type { Localized } from '../localized'
import type { SeedDay } from '../relativeTime'

type Wheelchair = NonNullable<NonNullable<Service['locations']>[number]['accessibility']>['wheelchair']

export interface ServiceLocationSeed {
  name: Localized
  street: string
  postalCode: string
  district: string
  /** [longitude, latitude], the order of Payload's point field and of GeoJSON. */
  lngLat: [number, number]
  /** OpenStreetMap opening_hours syntax. */
  openingHours?: string
  phone?: string
  email?: string
  website?: string
  wheelchair: NonNullable<Wheelchair>
  accessibilityNotes?: Localized
}

export interface ServiceSeed {
  slug: string
  category: Service['category']
  title: Localized
  summary: Localized
  /** Paragraphs; a `## ` prefix makes a heading. */
  body: Localized<string[]>
  topics: string[]
  department: string
  /**
   * Only for services that are not running normally: shown on the home page. The message
   * ends with the dates, from `since` to `until` (days counted from the day of seeding).
   */
  status?: {
    state: 'limited' | 'closed'
    message: Localized
    since: SeedDay
    until: SeedDay
  }
  locations: ServiceLocationSeed[]
}

const OFFICE_HOURS = 'Mo-Fr 08:30-14:30; PH off'

export const services: ServiceSeed[] = [
  // Citizen service offices: where most procedures can be done in person.
  {
    slug: 'citizen-office-city-hall',
    category: 'office',
    title: {
      en: 'Citizen Service Office – City Hall',
      es: 'Oficina de Atención a la Ciudadanía – Ayuntamiento',
    },
    summary: {
      en: 'The main citizen service office: register certificates, tax payments, applications and general information.',
      es: 'La oficina principal de atención a la ciudadanía: certificados de padrón, pago de tributos, solicitudes e información general.',
    },
    body: {
      en: [
        'The City Hall office handles the full range of municipal procedures: register certificates and changes of address, payment of taxes and fines, submission of applications to any department and identity verification for the electronic office.',
        'Most procedures need an appointment, which you can book online, by calling 010 or at the self-service kiosk at the entrance. Certificates of registration can be issued on the spot without an appointment from 08:30 to 10:00.',
        'On Thursday afternoons the office stays open for people who cannot come in the morning.',
      ],
      es: [
        'La oficina del Ayuntamiento tramita todo tipo de procedimientos municipales: certificados de empadronamiento y cambios de domicilio, pago de tributos y multas, presentación de solicitudes dirigidas a cualquier servicio y acreditación de identidad para la sede electrónica.',
        'La mayoría de trámites requieren cita previa, que puede reservar en línea, llamando al 010 o en el quiosco de autoservicio de la entrada. Los certificados de empadronamiento se expiden en el momento sin cita de 08:30 a 10:00.',
        'Los jueves por la tarde la oficina abre para quien no puede acudir por la mañana.',
      ],
    },
    topics: ['certificates-registry', 'taxes-fees'],
    department: 'citizen-services',
    locations: [
      {
        name: { en: 'City Hall, ground floor', es: 'Ayuntamiento, planta baja' },
        street: 'Plaza del Ayuntamiento 1',
        postalCode: '46002',
        district: 'Ciutat Vella',
        lngLat: [-0.3763, 39.4699],
        openingHours: 'Mo-Fr 08:30-14:30; Th 08:30-14:30,16:00-18:30; PH off',
        phone: '010',
        email: 'atencion@villamar.example',
        website: 'https://www.villamar.example/citizen-offices/city-hall',
        wheelchair: 'yes',
        accessibilityNotes: {
          en: 'Step-free entrance from the square, hearing loop at desks 1 to 4, accessible toilet.',
          es: 'Entrada sin escalones desde la plaza, bucle magnético en los puestos 1 a 4, aseo adaptado.',
        },
      },
    ],
  },
  {
    slug: 'citizen-office-campanar',
    category: 'office',
    title: {
      en: 'Citizen Service Office – Campanar',
      es: 'Oficina de Atención a la Ciudadanía – Campanar',
    },
    summary: {
      en: 'District office for register procedures, tax payments and applications in the north-west of the city.',
      es: 'Oficina de distrito para trámites de padrón, pago de tributos y solicitudes en el noroeste de la ciudad.',
    },
    body: {
      en: [
        'The Campanar district office offers the most common municipal procedures close to home: register certificates, changes of address, tax and fine payments and the registration of any application.',
        'Appointments are recommended. The office shares the building with the district library, so you can combine both visits.',
      ],
      es: [
        'La oficina del distrito de Campanar ofrece los trámites municipales más habituales cerca de casa: certificados de empadronamiento, cambios de domicilio, pago de tributos y multas y registro de cualquier solicitud.',
        'Se recomienda pedir cita previa. La oficina comparte edificio con la biblioteca del distrito, así que puede combinar ambas visitas.',
      ],
    },
    topics: ['certificates-registry', 'taxes-fees'],
    department: 'citizen-services',
    locations: [
      {
        name: { en: 'Campanar District Board', es: 'Junta Municipal de Campanar' },
        street: 'Avenida de Pío XII 42',
        postalCode: '46015',
        district: 'Campanar',
        lngLat: [-0.3938, 39.4829],
        openingHours: OFFICE_HOURS,
        phone: '+34 96 000 11 20',
        email: 'campanar@villamar.example',
        website: 'https://www.villamar.example/citizen-offices/campanar',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'Ramp at the side entrance on Calle de Valle de la Ballestera; the main door has two steps.',
          es: 'Rampa en la entrada lateral de la calle Valle de la Ballestera; la puerta principal tiene dos escalones.',
        },
      },
    ],
  },
  {
    slug: 'citizen-office-benimaclet',
    category: 'office',
    title: {
      en: 'Citizen Service Office – Benimaclet',
      es: 'Oficina de Atención a la Ciudadanía – Benimaclet',
    },
    summary: {
      en: 'District office in the old village centre of Benimaclet for register, tax and general procedures.',
      es: 'Oficina de distrito en el núcleo histórico de Benimaclet para trámites de padrón, tributos y de carácter general.',
    },
    body: {
      en: [
        'The Benimaclet office serves Benimaclet, Algirós and the university area. Students moving to Villamar can register here and get their register certificate on the same visit.',
        'Bring your identity document and, for a change of address, your rental contract or deed. Appointments can be booked online or by calling 010.',
      ],
      es: [
        'La oficina de Benimaclet atiende a Benimaclet, Algirós y la zona universitaria. Los estudiantes que llegan a Villamar pueden empadronarse aquí y obtener el certificado en la misma visita.',
        'Traiga su documento de identidad y, para un cambio de domicilio, el contrato de alquiler o la escritura. La cita se reserva en línea o llamando al 010.',
      ],
    },
    topics: ['certificates-registry', 'taxes-fees'],
    department: 'citizen-services',
    locations: [
      {
        name: { en: 'Benimaclet District Board', es: 'Junta Municipal de Benimaclet' },
        street: 'Plaza de Benimaclet 8',
        postalCode: '46020',
        district: 'Benimaclet',
        lngLat: [-0.3592, 39.4862],
        openingHours: 'Mo-Fr 08:30-14:30; We 08:30-14:30,16:00-18:30; PH off',
        phone: '+34 96 000 11 30',
        email: 'benimaclet@villamar.example',
        website: 'https://www.villamar.example/citizen-offices/benimaclet',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'citizen-office-el-grau',
    category: 'office',
    title: {
      en: 'Citizen Service Office – El Grau',
      es: 'Oficina de Atención a la Ciudadanía – El Grau',
    },
    summary: {
      en: 'District office for the maritime districts: register, taxes, fines and applications.',
      es: 'Oficina de distrito de los Poblados Marítimos: padrón, tributos, multas y solicitudes.',
    },
    body: {
      en: [
        'The El Grau office serves El Grau, El Cabanyal, La Malva-rosa and Nazaret. It offers register certificates, changes of address, payments and the registration of applications.',
        'While the building is being refurbished, the office works from temporary premises on the first floor with a reduced number of desks. Please book an appointment before coming.',
      ],
      es: [
        'La oficina del Grau atiende a El Grau, El Cabanyal, La Malva-rosa y Natzaret. Ofrece certificados de padrón, cambios de domicilio, pagos y registro de solicitudes.',
        'Mientras duran las obras de reforma del edificio, la oficina funciona en dependencias provisionales de la primera planta con menos puestos de atención. Pida cita antes de acudir.',
      ],
    },
    topics: ['certificates-registry', 'taxes-fees'],
    department: 'citizen-services',
    status: {
      state: 'limited',
      message: {
        en: 'Refurbishment works: mornings only and by appointment. Walk-in visitors are referred to the City Hall office.',
        es: 'Obras de reforma: solo por la mañana y con cita previa. Sin cita, le atenderán en la oficina del Ayuntamiento.',
      },
      since: { days: -30 },
      until: { weekday: 'FR', weeks: 6 },
    },
    locations: [
      {
        name: { en: 'El Grau District Board', es: 'Junta Municipal del Grau' },
        street: 'Avenida del Puerto 290',
        postalCode: '46024',
        district: 'El Grau',
        lngLat: [-0.3372, 39.4598],
        openingHours: 'Mo-Fr 09:00-13:30; PH off',
        phone: '+34 96 000 11 40',
        email: 'elgrau@villamar.example',
        website: 'https://www.villamar.example/citizen-offices/el-grau',
        wheelchair: 'no',
        accessibilityNotes: {
          en: 'During the works the lift is out of service and the temporary office is on the first floor. Staff can attend you at street level: call ahead.',
          es: 'Durante las obras el ascensor no funciona y la oficina provisional está en la primera planta. El personal puede atenderle a pie de calle: llame antes.',
        },
      },
    ],
  },
  {
    slug: 'citizen-office-russafa',
    category: 'office',
    title: {
      en: 'Citizen Service Office – Russafa',
      es: 'Oficina de Atención a la Ciudadanía – Russafa',
    },
    summary: {
      en: 'District office next to Russafa market for register, tax and general procedures.',
      es: 'Oficina de distrito junto al mercado de Russafa para trámites de padrón, tributos y generales.',
    },
    body: {
      en: [
        'The Russafa office serves the Eixample, Russafa and Quatre Carreres areas. Besides register and tax procedures, it helps you set up your digital certificate and Cl@ve account for the electronic office.',
        'On Tuesday afternoons the office is open for appointments only.',
      ],
      es: [
        'La oficina de Russafa atiende a las zonas de l’Eixample, Russafa y Quatre Carreres. Además de trámites de padrón y tributos, le ayuda a obtener el certificado digital y a registrarse en Cl@ve para la sede electrónica.',
        'Los martes por la tarde la oficina atiende solo con cita previa.',
      ],
    },
    topics: ['certificates-registry', 'taxes-fees'],
    department: 'citizen-services',
    locations: [
      {
        name: { en: 'Russafa Municipal Building', es: 'Edificio municipal de Russafa' },
        street: 'Calle de Sueca 30',
        postalCode: '46006',
        district: 'Russafa',
        lngLat: [-0.3747, 39.4619],
        openingHours: 'Mo-Fr 08:30-14:30; Tu 08:30-14:30,16:00-18:30; PH off',
        phone: '+34 96 000 11 50',
        email: 'russafa@villamar.example',
        website: 'https://www.villamar.example/citizen-offices/russafa',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'tax-office',
    category: 'office',
    title: { en: 'Municipal Tax Office', es: 'Oficina de Gestión Tributaria' },
    summary: {
      en: 'Property tax, vehicle tax, direct debits, instalment plans and tax certificates.',
      es: 'IBI, impuesto de vehículos, domiciliaciones, fraccionamientos y certificados tributarios.',
    },
    body: {
      en: [
        'The Tax Office handles the city’s own taxes: property tax (IBI), vehicle tax, the tax on the increase in urban land value (plusvalía), business tax (IAE) and the waste collection fee.',
        'Here you can set up direct debits, ask for an instalment plan, apply for exemptions and rebates (large families, solar panels, electric vehicles) and obtain certificates of being up to date with payments.',
        '## Summer hours',
        'In July and August the office closes at 13:30.',
      ],
      es: [
        'La Oficina de Gestión Tributaria gestiona los tributos propios de la ciudad: el Impuesto sobre Bienes Inmuebles (IBI), el impuesto de vehículos, la plusvalía municipal, el Impuesto sobre Actividades Económicas (IAE) y la tasa de residuos.',
        'Aquí puede domiciliar recibos, solicitar un fraccionamiento, pedir exenciones y bonificaciones (familia numerosa, placas solares, vehículos eléctricos) y obtener certificados de estar al corriente de pago.',
        '## Horario de verano',
        'En julio y agosto la oficina cierra a las 13:30.',
      ],
    },
    topics: ['taxes-fees'],
    department: 'finance-taxation',
    locations: [
      {
        name: { en: 'Tax Office', es: 'Oficina de Gestión Tributaria' },
        street: 'Calle de Guillem de Castro 110',
        postalCode: '46008',
        district: 'Extramurs',
        lngLat: [-0.3851, 39.4712],
        openingHours: 'Mo-Fr 08:30-14:30; Jul-Aug Mo-Fr 08:30-13:30; PH off',
        phone: '+34 96 000 02 10',
        email: 'tributos@villamar.example',
        website: 'https://www.villamar.example/taxes',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'urban-planning-office',
    category: 'office',
    title: {
      en: 'Urban Planning Information Office',
      es: 'Oficina de Información Urbanística',
    },
    summary: {
      en: 'Planning information, building permits, works notices and consultation of building plans.',
      es: 'Información urbanística, licencias de obra, declaraciones responsables y consulta de planos.',
    },
    body: {
      en: [
        'Architects, builders and residents can check what the urban plan allows on a plot, ask how to apply for a building permit or a minor works notice, and consult planning files.',
        'Technical consultations with an architect are by appointment on Tuesday and Thursday mornings.',
      ],
      es: [
        'Arquitectos, constructores y vecinos pueden consultar qué permite el plan general en una parcela, cómo solicitar una licencia de obras o presentar una declaración responsable de obra menor, y consultar expedientes urbanísticos.',
        'Las consultas técnicas con un arquitecto municipal son con cita previa los martes y jueves por la mañana.',
      ],
    },
    topics: ['housing-urban-planning'],
    department: 'urban-planning-housing',
    locations: [
      {
        name: { en: 'Urban Planning Department', es: 'Área de Urbanismo' },
        street: 'Calle de Amadeo de Saboya 11',
        postalCode: '46010',
        district: 'Pla del Real',
        lngLat: [-0.3612, 39.475],
        openingHours: 'Mo-Fr 09:00-14:00; PH off',
        phone: '+34 96 000 04 10',
        email: 'urbanismo@villamar.example',
        website: 'https://www.villamar.example/urban-planning',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'business-support-office',
    category: 'office',
    title: { en: 'Business Support Office', es: 'Oficina de Atención a Empresas' },
    summary: {
      en: 'One-stop advice for opening a business: activity licences, grants and training for entrepreneurs.',
      es: 'Ventanilla única para abrir un negocio: licencias de actividad, ayudas y formación para emprender.',
    },
    body: {
      en: [
        'The Business Support Office guides entrepreneurs through opening or taking over a business: which licence or notice applies, what the premises need and which grants are open.',
        'It also runs free workshops on business plans, digital sales and hiring, and keeps a list of municipal premises available for rent.',
      ],
      es: [
        'La Oficina de Atención a Empresas orienta a las personas emprendedoras para abrir o traspasar un negocio: qué licencia o declaración corresponde, qué requisitos debe cumplir el local y qué ayudas están abiertas.',
        'También organiza talleres gratuitos sobre plan de empresa, venta en línea y contratación, y mantiene la lista de locales municipales disponibles en alquiler.',
      ],
    },
    topics: ['business-employment'],
    department: 'economic-development',
    locations: [
      {
        name: { en: 'Business Support Office', es: 'Oficina de Atención a Empresas' },
        street: 'Gran Vía del Marqués del Turia 49',
        postalCode: '46005',
        district: 'Eixample',
        lngLat: [-0.368, 39.4663],
        openingHours: 'Mo-Fr 09:00-14:00; We 09:00-14:00,16:00-18:00; PH off',
        phone: '+34 96 000 08 10',
        email: 'empresas@villamar.example',
        website: 'https://www.villamar.example/business',
        wheelchair: 'yes',
      },
    ],
  },

  // Libraries
  {
    slug: 'central-library',
    category: 'library',
    title: { en: 'Central Public Library', es: 'Biblioteca Pública Central' },
    summary: {
      en: 'The city’s main library: lending, study rooms, local history collection and free Wi-Fi.',
      es: 'La biblioteca principal de la ciudad: préstamo, salas de estudio, fondo local y wifi gratuito.',
    },
    body: {
      en: [
        'Housed in a former hospital in the old town, the Central Library lends books, films, music and e-books, and holds the local history collection with newspapers from 1850 onwards.',
        'It has 200 study places, computers with internet access, a children’s area with story time on Saturday mornings and rooms that associations can book.',
        'A library card is free and valid in every municipal library. In August the library opens mornings only.',
      ],
      es: [
        'Situada en un antiguo hospital del centro histórico, la Biblioteca Central presta libros, películas, música y libros electrónicos, y custodia el fondo de historia local con prensa desde 1850.',
        'Dispone de 200 puestos de estudio, ordenadores con internet, un espacio infantil con cuentacuentos los sábados por la mañana y salas que pueden reservar las asociaciones.',
        'El carné de biblioteca es gratuito y sirve en todas las bibliotecas municipales. En agosto la biblioteca abre solo por la mañana.',
      ],
    },
    topics: ['culture-leisure', 'education'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Central Library', es: 'Biblioteca Central' },
        street: 'Calle del Hospital 13',
        postalCode: '46001',
        district: 'Ciutat Vella',
        lngLat: [-0.3826, 39.4709],
        openingHours:
          'Mo-Fr 09:00-20:30; Sa 09:30-13:30; Aug Mo-Fr 09:00-14:00; Aug Sa off; PH off',
        phone: '+34 96 000 06 10',
        email: 'biblioteca.central@villamar.example',
        website: 'https://www.villamar.example/libraries/central',
        wheelchair: 'yes',
        accessibilityNotes: {
          en: 'Lift to all floors, screen reader and magnifier on computer 1, large-print collection.',
          es: 'Ascensor a todas las plantas, lector de pantalla y lupa en el ordenador 1, fondo de letra grande.',
        },
      },
    ],
  },
  {
    slug: 'benimaclet-library',
    category: 'library',
    title: { en: 'Benimaclet Library', es: 'Biblioteca de Benimaclet' },
    summary: {
      en: 'Neighbourhood library with a strong children’s section and reading clubs.',
      es: 'Biblioteca de barrio con una amplia sección infantil y clubes de lectura.',
    },
    body: {
      en: [
        'The Benimaclet library is a small neighbourhood library with a children’s and young adult section, board games to borrow and three reading clubs (Spanish, Valencian and English).',
        'The adult collection is on the first floor, which has no lift: staff will bring down any item you need.',
      ],
      es: [
        'La biblioteca de Benimaclet es una pequeña biblioteca de barrio con sección infantil y juvenil, juegos de mesa en préstamo y tres clubes de lectura (castellano, valenciano e inglés).',
        'El fondo de adultos está en la primera planta, que no tiene ascensor: el personal le bajará cualquier documento que necesite.',
      ],
    },
    topics: ['culture-leisure'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Benimaclet Library', es: 'Biblioteca de Benimaclet' },
        street: 'Calle de Arquitecto Arnau 16',
        postalCode: '46020',
        district: 'Benimaclet',
        lngLat: [-0.3575, 39.4875],
        openingHours: 'Mo-Fr 09:00-14:00,16:30-20:00; Sa 10:00-13:30; PH off',
        phone: '+34 96 000 06 20',
        email: 'biblioteca.benimaclet@villamar.example',
        website: 'https://www.villamar.example/libraries/benimaclet',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'Ground floor accessible; no lift to the first floor.',
          es: 'Planta baja accesible; sin ascensor a la primera planta.',
        },
      },
    ],
  },
  {
    slug: 'campanar-library',
    category: 'library',
    title: { en: 'Campanar Library', es: 'Biblioteca de Campanar' },
    summary: {
      en: 'Modern district library with long opening hours and a large study room.',
      es: 'Biblioteca de distrito moderna, con horario amplio y una gran sala de estudio.',
    },
    body: {
      en: [
        'Opened in 2019, the Campanar library has the longest opening hours of the network, a study room with 120 places, a makerspace with 3D printers and a sound-proof room for recording.',
        'During exam periods the study room opens until 01:00; check the agenda for dates.',
      ],
      es: [
        'Inaugurada en 2019, la biblioteca de Campanar tiene el horario más amplio de la red, una sala de estudio con 120 puestos, un espacio maker con impresoras 3D y una sala insonorizada para grabar.',
        'En época de exámenes la sala de estudio abre hasta la 01:00; consulte las fechas en la agenda.',
      ],
    },
    topics: ['culture-leisure', 'education'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Campanar Library', es: 'Biblioteca de Campanar' },
        street: 'Calle de Valle de la Ballestera 40',
        postalCode: '46015',
        district: 'Campanar',
        lngLat: [-0.3965, 39.4805],
        openingHours: 'Mo-Fr 09:00-21:00; Sa 09:00-14:00; PH off',
        phone: '+34 96 000 06 30',
        email: 'biblioteca.campanar@villamar.example',
        website: 'https://www.villamar.example/libraries/campanar',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'maritime-library',
    category: 'library',
    title: { en: 'Maritime Districts Library', es: 'Biblioteca del Marítimo' },
    summary: {
      en: 'Library of the maritime districts in a restored fishermen’s house in El Cabanyal.',
      es: 'Biblioteca de los Poblados Marítimos en una casa de pescadores rehabilitada del Cabanyal.',
    },
    body: {
      en: [
        'The Maritime Districts Library occupies a restored fishermen’s house in El Cabanyal and specialises in the sea, fishing and the history of the maritime districts.',
        'The library is closed while its roof is repaired. Loans can be returned at any other municipal library, and reserved items can be collected at the Central Library.',
      ],
      es: [
        'La Biblioteca del Marítimo ocupa una casa de pescadores rehabilitada en El Cabanyal y está especializada en el mar, la pesca y la historia de los Poblados Marítimos.',
        'La biblioteca está cerrada mientras se repara la cubierta. Los préstamos pueden devolverse en cualquier otra biblioteca municipal y las reservas se recogen en la Biblioteca Central.',
      ],
    },
    topics: ['culture-leisure'],
    department: 'culture-sport',
    status: {
      state: 'closed',
      message: {
        en: 'Closed for roof repairs. Return loans at any municipal library; collect reservations at the Central Library.',
        es: 'Cerrada por obras en la cubierta. Devuelva los préstamos en cualquier biblioteca municipal; recoja las reservas en la Biblioteca Central.',
      },
      since: { days: -20 },
      until: { weekday: 'FR', weeks: 3 },
    },
    locations: [
      {
        name: { en: 'Maritime Districts Library', es: 'Biblioteca del Marítimo' },
        street: 'Calle de la Barraca 55',
        postalCode: '46011',
        district: 'El Cabanyal',
        lngLat: [-0.3342, 39.4685],
        openingHours: 'Mo-Fr 09:00-14:00,16:00-20:00; PH off',
        phone: '+34 96 000 06 40',
        email: 'biblioteca.maritim@villamar.example',
        website: 'https://www.villamar.example/libraries/maritime',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'One step at the entrance with a portable ramp on request.',
          es: 'Un escalón en la entrada; rampa portátil a petición.',
        },
      },
    ],
  },

  // Sport
  {
    slug: 'campanar-sports-centre',
    category: 'sports',
    title: { en: 'Campanar Sports Centre', es: 'Polideportivo de Campanar' },
    summary: {
      en: 'Indoor sports hall, gym, padel courts and a 25-metre pool open all year.',
      es: 'Pabellón cubierto, gimnasio, pistas de pádel y piscina de 25 metros abierta todo el año.',
    },
    body: {
      en: [
        'The Campanar Sports Centre has a multi-sports hall, a fitness room, six padel courts, a climbing wall and a heated 25-metre pool.',
        'Members of the municipal sports network can use all facilities; non-members can buy single entries at reception or book courts online up to seven days ahead.',
      ],
      es: [
        'El Polideportivo de Campanar cuenta con pabellón multideporte, sala de musculación, seis pistas de pádel, rocódromo y piscina climatizada de 25 metros.',
        'Las personas abonadas a la red deportiva municipal pueden usar todas las instalaciones; el resto puede comprar entradas sueltas en recepción o reservar pistas en línea con siete días de antelación.',
      ],
    },
    topics: ['sport'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Campanar Sports Centre', es: 'Polideportivo de Campanar' },
        street: 'Calle del Músico Ayllón 2',
        postalCode: '46015',
        district: 'Campanar',
        lngLat: [-0.399, 39.4858],
        openingHours: 'Mo-Fr 07:00-23:00; Sa 08:00-21:00; Su,PH 09:00-14:00',
        phone: '+34 96 000 16 10',
        email: 'deportes.campanar@villamar.example',
        website: 'https://www.villamar.example/sport/campanar',
        wheelchair: 'yes',
        accessibilityNotes: {
          en: 'Pool hoist, accessible changing rooms and reserved parking spaces.',
          es: 'Grúa de acceso a la piscina, vestuarios adaptados y plazas de aparcamiento reservadas.',
        },
      },
    ],
  },
  {
    slug: 'benimaclet-sports-centre',
    category: 'sports',
    title: { en: 'Benimaclet Sports Centre', es: 'Polideportivo de Benimaclet' },
    summary: {
      en: 'Football pitch, athletics track and indoor courts next to the orchards of Benimaclet.',
      es: 'Campo de fútbol, pista de atletismo y pistas cubiertas junto a la huerta de Benimaclet.',
    },
    body: {
      en: [
        'On the northern edge of the city, the Benimaclet Sports Centre has an artificial-grass football pitch, a 400-metre athletics track, two indoor courts and an outdoor fitness area.',
        'Sports clubs have priority on the pitch on weekday evenings; the track is open to everyone during opening hours.',
      ],
      es: [
        'En el límite norte de la ciudad, el Polideportivo de Benimaclet tiene un campo de fútbol de césped artificial, una pista de atletismo de 400 metros, dos pistas cubiertas y una zona de calistenia al aire libre.',
        'Los clubes tienen prioridad en el campo las tardes de lunes a viernes; la pista de atletismo está abierta a todo el mundo en horario de apertura.',
      ],
    },
    topics: ['sport'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Benimaclet Sports Centre', es: 'Polideportivo de Benimaclet' },
        street: 'Camino de Vera 14',
        postalCode: '46020',
        district: 'Benimaclet',
        lngLat: [-0.353, 39.4915],
        openingHours: 'Mo-Fr 07:30-22:30; Sa 09:00-20:00; Su 09:00-14:00; PH off',
        phone: '+34 96 000 16 20',
        email: 'deportes.benimaclet@villamar.example',
        website: 'https://www.villamar.example/sport/benimaclet',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'The track and ground floor are step-free; the stands have no accessible seating.',
          es: 'La pista y la planta baja no tienen escalones; las gradas no tienen plazas adaptadas.',
        },
      },
    ],
  },
  {
    slug: 'patraix-sports-centre',
    category: 'sports',
    title: { en: 'Patraix Sports Centre', es: 'Polideportivo de Patraix' },
    summary: {
      en: 'Sports hall, gym and activity rooms with classes for all ages.',
      es: 'Pabellón, gimnasio y salas de actividades con clases para todas las edades.',
    },
    body: {
      en: [
        'The Patraix Sports Centre offers a sports hall for basketball, volleyball and futsal, a gym and two activity rooms with yoga, pilates, dance and exercise classes for older people.',
        'Courses run from October to June; enrolment opens in September.',
      ],
      es: [
        'El Polideportivo de Patraix ofrece un pabellón para baloncesto, voleibol y fútbol sala, un gimnasio y dos salas con clases de yoga, pilates, baile y gimnasia para personas mayores.',
        'Los cursos van de octubre a junio; la inscripción se abre en septiembre.',
      ],
    },
    topics: ['sport'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Patraix Sports Centre', es: 'Polideportivo de Patraix' },
        street: 'Calle de Archiduque Carlos 62',
        postalCode: '46018',
        district: 'Patraix',
        lngLat: [-0.3975, 39.4598],
        openingHours: 'Mo-Fr 07:00-22:00; Sa,Su 09:00-20:00; PH off',
        phone: '+34 96 000 16 30',
        email: 'deportes.patraix@villamar.example',
        website: 'https://www.villamar.example/sport/patraix',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'ciutat-vella-indoor-pool',
    category: 'sports',
    title: { en: 'Ciutat Vella Indoor Pool', es: 'Piscina Cubierta Ciutat Vella' },
    summary: {
      en: 'Heated indoor pool in the old town with swimming lessons and free swim.',
      es: 'Piscina climatizada en el centro histórico con cursos de natación y nado libre.',
    },
    body: {
      en: [
        'The Ciutat Vella indoor pool has a 25-metre main pool and a teaching pool for babies and beginners. Swimming courses for children, adults and older people run from September to June.',
        'The pool closes in August for annual maintenance.',
      ],
      es: [
        'La piscina cubierta de Ciutat Vella tiene un vaso principal de 25 metros y un vaso de enseñanza para bebés y principiantes. Los cursos de natación para infancia, adultos y mayores se imparten de septiembre a junio.',
        'La piscina cierra en agosto por mantenimiento anual.',
      ],
    },
    topics: ['sport', 'health'],
    department: 'culture-sport',
    status: {
      state: 'limited',
      message: {
        en: 'The teaching pool is closed for repairs; baby swimming classes are suspended. The main pool is open as usual.',
        es: 'El vaso de enseñanza está cerrado por reparación y se suspenden los cursos para bebés. El vaso principal abre con normalidad.',
      },
      since: { days: -6 },
      until: { weekday: 'FR', weeks: 1 },
    },
    locations: [
      {
        name: { en: 'Ciutat Vella Indoor Pool', es: 'Piscina Cubierta Ciutat Vella' },
        street: 'Calle de Guillem de Castro 65',
        postalCode: '46008',
        district: 'Ciutat Vella',
        lngLat: [-0.3832, 39.478],
        openingHours: 'Mo-Fr 07:00-22:00; Sa 09:00-20:00; Su 09:00-14:00; Aug off; PH off',
        phone: '+34 96 000 16 40',
        email: 'piscina.ciutatvella@villamar.example',
        website: 'https://www.villamar.example/sport/ciutat-vella-pool',
        wheelchair: 'yes',
        accessibilityNotes: {
          en: 'Pool hoist and accessible changing room; please tell reception on arrival.',
          es: 'Grúa de acceso al agua y vestuario adaptado; avise en recepción al llegar.',
        },
      },
    ],
  },
  {
    slug: 'el-grau-summer-pool',
    category: 'sports',
    title: { en: 'El Grau Summer Pool', es: 'Piscina de Verano del Grau' },
    summary: {
      en: 'Open-air pools near the port, open from mid-June to mid-September.',
      es: 'Piscinas al aire libre junto al puerto, abiertas de mediados de junio a mediados de septiembre.',
    },
    body: {
      en: [
        'The El Grau summer pool has an Olympic-size pool, a children’s pool and a large lawn with shade. It opens every day from 15 June to 15 September, including public holidays.',
        'Children under 4 enter free and must be accompanied by an adult; municipal sports members enter free all season.',
      ],
      es: [
        'La piscina de verano del Grau tiene un vaso olímpico, un vaso infantil y una amplia zona de césped con sombra. Abre todos los días del 15 de junio al 15 de septiembre, festivos incluidos.',
        'Los menores de 4 años entran gratis acompañados de una persona adulta; las personas abonadas a la red deportiva entran gratis toda la temporada.',
      ],
    },
    topics: ['sport', 'culture-leisure'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'El Grau Summer Pool', es: 'Piscina de Verano del Grau' },
        street: 'Calle de Francisco Cubells 47',
        postalCode: '46024',
        district: 'Nazaret',
        lngLat: [-0.3368, 39.4492],
        openingHours: 'Jun 15-Sep 15: 11:00-20:00',
        phone: '+34 96 000 16 50',
        email: 'deportes@villamar.example',
        website: 'https://www.villamar.example/sport/summer-pools',
        wheelchair: 'yes',
      },
    ],
  },

  // Health
  {
    slug: 'community-health-points',
    category: 'health',
    title: { en: 'Community Health Points', es: 'Puntos de Salud Comunitaria' },
    summary: {
      en: 'Free blood pressure and glucose checks, vaccination advice and healthy living workshops.',
      es: 'Control gratuito de tensión y glucosa, consejo sobre vacunas y talleres de vida saludable.',
    },
    body: {
      en: [
        'Community health points are run by municipal nurses. Without an appointment you can have your blood pressure, glucose and weight checked, and get advice on vaccines for travel.',
        'They also run workshops on healthy eating, quitting smoking and caring for dependent relatives. They do not replace your health centre: for illness, go to your regional health service centre.',
      ],
      es: [
        'Los puntos de salud comunitaria están atendidos por enfermería municipal. Sin cita puede controlarse la tensión, la glucosa y el peso, y recibir consejo sobre vacunas para viajar.',
        'También organizan talleres de alimentación saludable, deshabituación tabáquica y cuidado de familiares dependientes. No sustituyen a su centro de salud: en caso de enfermedad, acuda a su centro de atención primaria.',
      ],
    },
    topics: ['health'],
    department: 'public-health',
    locations: [
      {
        name: { en: 'Eixample Health Point', es: 'Punto de Salud de l’Eixample' },
        street: 'Calle de Cirilo Amorós 78',
        postalCode: '46004',
        district: 'Eixample',
        lngLat: [-0.3712, 39.4642],
        openingHours: 'Mo-Fr 08:00-21:00; Sa 09:00-14:00; PH 09:00-14:00',
        phone: '+34 96 000 19 10',
        email: 'salud@villamar.example',
        wheelchair: 'yes',
      },
      {
        name: { en: 'Olivereta Health Point', es: 'Punto de Salud de l’Olivereta' },
        street: 'Calle de Burjassot 3',
        postalCode: '46018',
        district: 'Olivereta',
        lngLat: [-0.403, 39.4695],
        openingHours: 'Mo-Fr 08:00-15:00; PH off',
        phone: '+34 96 000 19 20',
        email: 'salud@villamar.example',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'Narrow entrance door (75 cm); staff can open the side door.',
          es: 'Puerta de entrada estrecha (75 cm); el personal puede abrir la puerta lateral.',
        },
      },
    ],
  },
  {
    slug: 'youth-health-centre',
    category: 'health',
    title: { en: 'Youth Health Centre', es: 'Centro de Salud Joven' },
    summary: {
      en: 'Confidential advice on sexual health, emotional wellbeing and relationships for people aged 14 to 30.',
      es: 'Asesoramiento confidencial sobre salud sexual, bienestar emocional y relaciones para personas de 14 a 30 años.',
    },
    body: {
      en: [
        'The Youth Health Centre offers free, confidential appointments with a nurse, a psychologist or a social worker. You do not need your parents’ permission from the age of 16.',
        'Walk-in hours are on Tuesday and Thursday afternoons; at other times call or send a message to book.',
      ],
      es: [
        'El Centro de Salud Joven ofrece citas gratuitas y confidenciales con enfermería, psicología o trabajo social. A partir de los 16 años no necesita permiso de su familia.',
        'Los martes y jueves por la tarde se atiende sin cita; el resto del tiempo llame o envíe un mensaje para reservar.',
      ],
    },
    topics: ['health', 'social-services'],
    department: 'public-health',
    locations: [
      {
        name: { en: 'Youth Health Centre', es: 'Centro de Salud Joven' },
        street: 'Calle del Mar 22',
        postalCode: '46003',
        district: 'Ciutat Vella',
        lngLat: [-0.3728, 39.4738],
        openingHours: 'Mo-Fr 09:00-14:00; Tu,Th 09:00-14:00,16:00-19:30; PH off',
        phone: '+34 96 000 19 30',
        email: 'saludjoven@villamar.example',
        website: 'https://www.villamar.example/health/youth',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'addiction-prevention-unit',
    category: 'health',
    title: { en: 'Addiction Prevention Unit', es: 'Unidad de Prevención de Adicciones' },
    summary: {
      en: 'Prevention and early support for problems with alcohol, drugs, gambling and screens.',
      es: 'Prevención y atención temprana de problemas con el alcohol, otras drogas, el juego y las pantallas.',
    },
    body: {
      en: [
        'The unit helps young people and families worried about alcohol, cannabis, gambling or screen use, with confidential counselling sessions and referral to specialised treatment when needed.',
        'It also runs prevention programmes in schools and trains youth workers and sports coaches.',
      ],
      es: [
        'La unidad atiende a jóvenes y familias preocupadas por el consumo de alcohol o cannabis, el juego o el uso de pantallas, con sesiones de orientación confidenciales y derivación a tratamiento especializado cuando hace falta.',
        'También desarrolla programas de prevención en centros educativos y forma a monitores y entrenadores deportivos.',
      ],
    },
    topics: ['health', 'social-services'],
    department: 'public-health',
    locations: [
      {
        name: { en: 'Addiction Prevention Unit', es: 'Unidad de Prevención de Adicciones' },
        street: 'Calle de San Vicente Mártir 200',
        postalCode: '46007',
        district: 'Jesús',
        lngLat: [-0.388, 39.4555],
        openingHours: 'Mo-Fr 09:00-14:00; Mo,We 09:00-14:00,16:00-19:00; PH off',
        phone: '+34 96 000 19 40',
        email: 'prevencion@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },

  // Social services
  {
    slug: 'social-services-ciutat-vella',
    category: 'social',
    title: {
      en: 'Social Services Centre – Ciutat Vella',
      es: 'Centro Municipal de Servicios Sociales – Ciutat Vella',
    },
    summary: {
      en: 'Social workers for families, older people and anyone facing hardship in the old town and Extramurs.',
      es: 'Trabajo social para familias, personas mayores y cualquier persona en dificultad en Ciutat Vella y Extramurs.',
    },
    body: {
      en: [
        'Social services centres are the first door to municipal social support: emergency grants, home help, the dependency assessment, family mediation and advice on housing and minimum income.',
        'Ask for an appointment with a social worker by phone or at the centre. In an emergency outside opening hours, call 112.',
      ],
      es: [
        'Los centros de servicios sociales son la puerta de entrada a la atención social municipal: ayudas de emergencia, servicio de ayuda a domicilio, valoración de la dependencia, mediación familiar y orientación sobre vivienda y renta mínima.',
        'Pida cita con una trabajadora social por teléfono o en el propio centro. En una emergencia fuera del horario, llame al 112.',
      ],
    },
    topics: ['social-services'],
    department: 'social-welfare',
    locations: [
      {
        name: { en: 'Ciutat Vella Social Services Centre', es: 'CMSS Ciutat Vella' },
        street: 'Calle de Baja 17',
        postalCode: '46003',
        district: 'Ciutat Vella',
        lngLat: [-0.379, 39.479],
        openingHours: 'Mo-Fr 08:00-15:00; Tu,Th 08:00-15:00,16:00-19:00; PH off',
        phone: '+34 96 000 15 10',
        email: 'cmss.ciutatvella@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'social-services-maritime',
    category: 'social',
    title: {
      en: 'Social Services Centre – Maritime Districts',
      es: 'Centro Municipal de Servicios Sociales – Marítimo',
    },
    summary: {
      en: 'Social support for El Grau, El Cabanyal, La Malva-rosa and Nazaret.',
      es: 'Atención social para El Grau, El Cabanyal, La Malva-rosa y Natzaret.',
    },
    body: {
      en: [
        'The maritime districts centre offers the full range of primary social services, with a specific programme for families in substandard housing and a community kitchen run with local associations.',
        'Interpreters for Romanian, Arabic and Urdu can be booked with the appointment.',
      ],
      es: [
        'El centro del Marítimo ofrece todos los servicios sociales de atención primaria, con un programa específico para familias en infravivienda y un comedor comunitario gestionado con las asociaciones del barrio.',
        'Puede solicitar intérprete de rumano, árabe o urdu al pedir la cita.',
      ],
    },
    topics: ['social-services'],
    department: 'social-welfare',
    locations: [
      {
        name: { en: 'Maritime Social Services Centre', es: 'CMSS Marítimo' },
        street: 'Calle de Escalante 211',
        postalCode: '46011',
        district: 'El Cabanyal',
        lngLat: [-0.3362, 39.465],
        openingHours: 'Mo-Fr 08:00-15:00; PH off',
        phone: '+34 96 000 15 20',
        email: 'cmss.maritim@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'social-services-campanar',
    category: 'social',
    title: {
      en: 'Social Services Centre – Campanar',
      es: 'Centro Municipal de Servicios Sociales – Campanar',
    },
    summary: {
      en: 'Social support for Campanar, Benicalap and La Saïdia.',
      es: 'Atención social para Campanar, Benicalap y La Saïdia.',
    },
    body: {
      en: [
        'The Campanar centre covers the north-west of the city. Besides primary social services it hosts the municipal programme for carers, with respite stays and support groups.',
        'Appointments are given within five working days; urgent cases are seen the same day.',
      ],
      es: [
        'El centro de Campanar atiende el noroeste de la ciudad. Además de los servicios sociales de atención primaria, acoge el programa municipal de apoyo a personas cuidadoras, con estancias de respiro y grupos de apoyo.',
        'Las citas se dan en un plazo de cinco días hábiles; los casos urgentes se atienden en el día.',
      ],
    },
    topics: ['social-services'],
    department: 'social-welfare',
    locations: [
      {
        name: { en: 'Campanar Social Services Centre', es: 'CMSS Campanar' },
        street: 'Calle de Grabador Enguídanos 5',
        postalCode: '46015',
        district: 'Campanar',
        lngLat: [-0.3915, 39.482],
        openingHours: 'Mo-Fr 08:00-15:00; Th 08:00-15:00,16:00-19:00; PH off',
        phone: '+34 96 000 15 30',
        email: 'cmss.campanar@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'russafa-day-centre',
    category: 'social',
    title: {
      en: 'Russafa Day Centre for Older People',
      es: 'Centro de Día para Mayores de Russafa',
    },
    summary: {
      en: 'Daytime care, meals and activities for older people who live at home.',
      es: 'Atención diurna, comidas y actividades para personas mayores que viven en su domicilio.',
    },
    body: {
      en: [
        'The day centre looks after older people with some dependency from Monday to Friday, so that they can keep living at home: meals, physiotherapy, memory workshops and transport from home.',
        'Places are allocated by the social services centres after an assessment. The café and activity rooms are open to all members of the neighbourhood senior club.',
      ],
      es: [
        'El centro de día atiende de lunes a viernes a personas mayores con alguna dependencia para que puedan seguir viviendo en casa: comidas, fisioterapia, talleres de memoria y transporte adaptado desde el domicilio.',
        'Las plazas se conceden desde los centros de servicios sociales tras una valoración. La cafetería y las salas de actividades están abiertas a todas las personas socias del hogar del jubilado del barrio.',
      ],
    },
    topics: ['social-services', 'health'],
    department: 'social-welfare',
    locations: [
      {
        name: { en: 'Russafa Day Centre', es: 'Centro de Día de Russafa' },
        street: 'Calle de Puerto Rico 25',
        postalCode: '46006',
        district: 'Russafa',
        lngLat: [-0.3732, 39.4598],
        openingHours: 'Mo-Fr 09:00-18:00; PH off',
        phone: '+34 96 000 15 40',
        email: 'centrodia.russafa@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'municipal-shelter',
    category: 'social',
    title: { en: 'Municipal Shelter', es: 'Albergue Municipal' },
    summary: {
      en: 'Emergency accommodation, meals and showers for homeless people, open day and night.',
      es: 'Alojamiento de urgencia, comidas y duchas para personas sin hogar, abierto día y noche.',
    },
    body: {
      en: [
        'The municipal shelter offers 80 beds, three meals a day, showers, laundry and a social worker on duty around the clock. Admission is direct; no referral is needed for the first three nights.',
        'In cold or heat waves the shelter opens extra places and street teams go out to offer them.',
      ],
      es: [
        'El albergue municipal dispone de 80 plazas, tres comidas al día, duchas, lavandería y personal de trabajo social las 24 horas. El acceso es directo; no hace falta derivación para las tres primeras noches.',
        'En olas de frío o de calor el albergue habilita plazas adicionales y los equipos de calle salen a ofrecerlas.',
      ],
    },
    topics: ['social-services', 'housing-urban-planning'],
    department: 'social-welfare',
    locations: [
      {
        name: { en: 'Municipal Shelter', es: 'Albergue Municipal' },
        street: 'Calle de Marino Blas de Lezo 9',
        postalCode: '46023',
        district: 'Camins al Grau',
        lngLat: [-0.352, 39.464],
        openingHours: '24/7',
        phone: '+34 96 000 15 50',
        email: 'albergue@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'equality-centre',
    category: 'social',
    title: {
      en: 'Women’s Information and Equality Centre',
      es: 'Centro de Información a la Mujer e Igualdad',
    },
    summary: {
      en: 'Legal and psychological support for women, and help for victims of gender violence.',
      es: 'Asesoramiento jurídico y psicológico para mujeres y atención a víctimas de violencia de género.',
    },
    body: {
      en: [
        'The centre offers free legal advice, psychological support and job guidance for women, and specialised, confidential support for victims of gender-based violence and their children.',
        'If you are in danger, call 112. The national helpline 016 is free, open day and night and leaves no trace on your phone bill.',
      ],
      es: [
        'El centro ofrece asesoramiento jurídico gratuito, apoyo psicológico y orientación laboral para mujeres, y atención especializada y confidencial a víctimas de violencia de género y a sus hijas e hijos.',
        'Si está en peligro, llame al 112. El teléfono 016 es gratuito, atiende día y noche y no deja rastro en la factura.',
      ],
    },
    topics: ['social-services'],
    department: 'social-welfare',
    locations: [
      {
        name: { en: 'Equality Centre', es: 'Centro de Igualdad' },
        street: 'Avenida de Blasco Ibáñez 110',
        postalCode: '46022',
        district: 'Algirós',
        lngLat: [-0.3495, 39.4745],
        openingHours: 'Mo-Fr 09:00-14:00,16:00-19:00; PH off',
        phone: '+34 96 000 15 60',
        email: 'igualdad@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },

  // Culture and education
  {
    slug: 'city-history-museum',
    category: 'culture',
    title: { en: 'City History Museum', es: 'Museo de Historia de Villamar' },
    summary: {
      en: 'Two thousand years of Villamar, from the Roman port to the present day. Free entry.',
      es: 'Dos mil años de Villamar, del puerto romano a la actualidad. Entrada gratuita.',
    },
    body: {
      en: [
        'The museum tells the story of Villamar through archaeological finds, maps, models and oral histories, from the Roman settlement at the river mouth to the growth of the port.',
        'Entry is free. Guided tours in English and Spanish run on Saturdays at 11:00, and audio guides are available in six languages.',
      ],
      es: [
        'El museo cuenta la historia de Villamar con hallazgos arqueológicos, mapas, maquetas y testimonios orales, desde el asentamiento romano en la desembocadura del río hasta el crecimiento del puerto.',
        'La entrada es gratuita. Hay visitas guiadas en castellano e inglés los sábados a las 11:00 y audioguías en seis idiomas.',
      ],
    },
    topics: ['culture-leisure'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'City History Museum', es: 'Museo de Historia de Villamar' },
        street: 'Plaza de la Virgen 4',
        postalCode: '46001',
        district: 'Ciutat Vella',
        lngLat: [-0.3752, 39.4765],
        openingHours: 'Tu-Su 10:00-19:00; Mo off; PH 10:00-14:00',
        phone: '+34 96 000 17 10',
        email: 'museo@villamar.example',
        website: 'https://www.villamar.example/museums/history',
        wheelchair: 'yes',
        accessibilityNotes: {
          en: 'Step-free throughout, tactile models of the old town, sign-language video guide.',
          es: 'Sin escalones en todo el recorrido, maquetas táctiles del centro histórico, videoguía en lengua de signos.',
        },
      },
    ],
  },
  {
    slug: 'benimaclet-cultural-centre',
    category: 'culture',
    title: { en: 'Benimaclet Cultural Centre', es: 'Centro Cultural de Benimaclet' },
    summary: {
      en: 'Exhibitions, workshops, theatre and rehearsal rooms in a restored farmhouse.',
      es: 'Exposiciones, talleres, teatro y salas de ensayo en una alquería rehabilitada.',
    },
    body: {
      en: [
        'The cultural centre occupies a restored farmhouse on the edge of the orchards. It hosts exhibitions by local artists, theatre and music on Friday evenings, and workshops for children and adults.',
        'Local groups can book the rehearsal rooms and the courtyard free of charge.',
      ],
      es: [
        'El centro cultural ocupa una alquería rehabilitada junto a la huerta. Acoge exposiciones de artistas del barrio, teatro y música los viernes por la tarde, y talleres para público infantil y adulto.',
        'Las entidades del barrio pueden reservar gratis las salas de ensayo y el patio.',
      ],
    },
    topics: ['culture-leisure'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Benimaclet Cultural Centre', es: 'Centro Cultural de Benimaclet' },
        street: 'Calle de Murta 7',
        postalCode: '46020',
        district: 'Benimaclet',
        lngLat: [-0.361, 39.4855],
        openingHours: 'Mo-Fr 10:00-14:00,17:00-21:00; Sa 10:00-14:00; PH off',
        phone: '+34 96 000 17 20',
        email: 'cultura.benimaclet@villamar.example',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'Ground floor and courtyard accessible; the upper gallery is reached by stairs only.',
          es: 'Planta baja y patio accesibles; a la galería superior solo se accede por escalera.',
        },
      },
    ],
  },
  {
    slug: 'villamar-auditorium',
    category: 'culture',
    title: { en: 'Villamar Auditorium', es: 'Auditorio de Villamar' },
    summary: {
      en: 'The city’s concert hall in the Turia gardens, home of the Villamar Symphony Orchestra.',
      es: 'La sala de conciertos de la ciudad, en el jardín del Turia, sede de la Orquesta de Villamar.',
    },
    body: {
      en: [
        'The Auditorium has a 1,700-seat symphony hall and a 400-seat chamber hall. The Villamar Symphony Orchestra plays here from October to June, and the summer season moves to the gardens.',
        'The box office opens from Monday to Saturday; tickets can also be bought online. Under-26s and unemployed people get a 50 % discount.',
      ],
      es: [
        'El Auditorio tiene una sala sinfónica de 1.700 localidades y una sala de cámara de 400. La Orquesta de Villamar actúa aquí de octubre a junio, y en verano la programación se traslada a los jardines.',
        'La taquilla abre de lunes a sábado; las entradas también se compran en línea. Menores de 26 años y personas desempleadas tienen un 50 % de descuento.',
      ],
    },
    topics: ['culture-leisure'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Villamar Auditorium', es: 'Auditorio de Villamar' },
        street: 'Paseo de la Alameda 30',
        postalCode: '46023',
        district: 'Camins al Grau',
        lngLat: [-0.3595, 39.4669],
        openingHours: 'Mo-Sa 10:00-14:00,17:00-21:00; PH off',
        phone: '+34 96 000 17 30',
        email: 'auditorio@villamar.example',
        website: 'https://www.villamar.example/auditorium',
        wheelchair: 'yes',
        accessibilityNotes: {
          en: 'Wheelchair spaces in rows 1 and 20, hearing loop in both halls, audio description on selected dates.',
          es: 'Espacios para silla de ruedas en las filas 1 y 20, bucle magnético en ambas salas y audiodescripción en fechas señaladas.',
        },
      },
    ],
  },
  {
    slug: 'adult-education-centre',
    category: 'education',
    title: { en: 'Adult Education Centre', es: 'Centro Municipal de Formación de Personas Adultas' },
    summary: {
      en: 'Free courses for adults: basic education, Spanish for newcomers, digital skills and languages.',
      es: 'Cursos gratuitos para adultos: formación básica, castellano para personas recién llegadas, competencias digitales e idiomas.',
    },
    body: {
      en: [
        'The centre offers free courses for anyone over 18: finishing compulsory secondary education, preparing university entrance exams for over-25s, Spanish and Valencian for newcomers, English and digital skills.',
        'Enrolment is in September and January. Classes run in the morning and evening so that people in work can attend.',
      ],
      es: [
        'El centro ofrece cursos gratuitos para mayores de 18 años: obtener el graduado en ESO, preparar la prueba de acceso a la universidad para mayores de 25, castellano y valenciano para personas recién llegadas, inglés y competencias digitales.',
        'La matrícula se abre en septiembre y enero. Hay clases de mañana y de tarde para que puedan asistir personas que trabajan.',
      ],
    },
    topics: ['education'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'Adult Education Centre', es: 'Centro de Formación de Personas Adultas' },
        street: 'Calle de Escultor José Capuz 20',
        postalCode: '46013',
        district: 'Quatre Carreres',
        lngLat: [-0.364, 39.456],
        openingHours: 'Mo-Th 09:00-13:00,16:00-21:00; Fr 09:00-13:00; Jul-Aug off; PH off',
        phone: '+34 96 000 18 10',
        email: 'epa@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'school-admissions-office',
    category: 'education',
    title: { en: 'School Admissions Office', es: 'Oficina Municipal de Escolarización' },
    summary: {
      en: 'Help with applying for a school place and with mid-year admissions for families arriving in Villamar.',
      es: 'Ayuda para solicitar plaza escolar y para la escolarización a mitad de curso de familias que llegan a Villamar.',
    },
    body: {
      en: [
        'The office helps families apply for a place in public and state-funded schools, explains the admission criteria and handles applications outside the ordinary period for families who have just arrived.',
        'During the admission period (usually May) the office extends its hours; see the agenda for the information sessions.',
      ],
      es: [
        'La oficina ayuda a las familias a solicitar plaza en centros públicos y concertados, explica los criterios de admisión y tramita las solicitudes fuera de plazo de las familias recién llegadas.',
        'Durante el periodo de admisión (normalmente en mayo) amplía su horario; consulte en la agenda las sesiones informativas.',
      ],
    },
    topics: ['education'],
    department: 'culture-sport',
    locations: [
      {
        name: { en: 'School Admissions Office', es: 'Oficina de Escolarización' },
        street: 'Calle de Joaquín Costa 48',
        postalCode: '46005',
        district: 'Eixample',
        lngLat: [-0.3668, 39.4632],
        openingHours: 'Mo-Fr 09:00-14:00; May Mo-Fr 09:00-14:00,16:00-18:00; PH off',
        phone: '+34 96 000 18 20',
        email: 'escolarizacion@villamar.example',
        wheelchair: 'yes',
      },
    ],
  },

  // Environment and waste
  {
    slug: 'ecoparques',
    category: 'environment',
    title: { en: 'Recycling Points (Ecoparques)', es: 'Ecoparques' },
    summary: {
      en: 'Drop off furniture, electrical appliances, batteries, oil, paint and other waste that does not go in street bins.',
      es: 'Deposite muebles, electrodomésticos, pilas, aceite, pinturas y otros residuos que no van en los contenedores de la calle.',
    },
    body: {
      en: [
        'Residents can bring to the ecoparques, free of charge, household waste that cannot go in street containers: furniture, mattresses, electrical and electronic equipment, batteries, cooking oil, paint, building rubble from small works (up to 100 kg a day) and garden waste.',
        'Businesses may use the ecoparques for small quantities after registering at the entrance. Asbestos, tyres and medicines are not accepted: ask at the entrance where to take them.',
      ],
      es: [
        'Los vecinos pueden llevar gratis a los ecoparques los residuos domésticos que no van en los contenedores: muebles, colchones, aparatos eléctricos y electrónicos, pilas, aceite de cocina, pinturas, escombros de pequeñas obras (hasta 100 kg al día) y restos de poda.',
        'Los comercios pueden utilizarlos para pequeñas cantidades registrándose en la entrada. No se admiten amianto, neumáticos ni medicamentos: pregunte en la entrada dónde llevarlos.',
      ],
    },
    topics: ['environment-waste'],
    department: 'environment-urban-services',
    locations: [
      {
        name: { en: 'North Ecoparque (Benicalap)', es: 'Ecoparque Norte (Benicalap)' },
        street: 'Calle de la Agricultura 2',
        postalCode: '46025',
        district: 'Benicalap',
        lngLat: [-0.394, 39.4965],
        openingHours: 'Mo-Sa 08:00-20:00; Su 09:00-14:00; PH off',
        phone: '+34 96 000 07 10',
        email: 'ecoparques@villamar.example',
        website: 'https://www.villamar.example/waste/ecoparques',
        wheelchair: 'yes',
      },
      {
        name: { en: 'South Ecoparque (La Fonteta)', es: 'Ecoparque Sur (La Fonteta)' },
        street: 'Camino de las Moreras 40',
        postalCode: '46013',
        district: 'Quatre Carreres',
        lngLat: [-0.3655, 39.4435],
        openingHours: 'Mo-Sa 08:00-20:00; Su 09:00-14:00; PH off',
        phone: '+34 96 000 07 20',
        email: 'ecoparques@villamar.example',
        website: 'https://www.villamar.example/waste/ecoparques',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'Containers are on a raised platform reached by a ramp; staff help unload heavy items.',
          es: 'Los contenedores están en una plataforma elevada con rampa; el personal ayuda a descargar objetos pesados.',
        },
      },
    ],
  },
  {
    slug: 'mobile-ecoparque',
    category: 'environment',
    title: { en: 'Mobile Recycling Point', es: 'Ecoparque Móvil' },
    summary: {
      en: 'A recycling truck that visits neighbourhood markets each week for small items: batteries, bulbs, oil, small appliances.',
      es: 'Un camión de reciclaje que visita cada semana los mercados de barrio para residuos pequeños: pilas, bombillas, aceite, pequeños aparatos.',
    },
    body: {
      en: [
        'The mobile ecoparque brings recycling closer to home for small items: batteries, light bulbs, cooking oil, small appliances, toner cartridges, X-rays and clothes.',
        'Furniture and bulky items are not accepted; book a free bulky waste collection instead.',
      ],
      es: [
        'El ecoparque móvil acerca el reciclaje a los barrios para residuos pequeños: pilas, bombillas, aceite de cocina, pequeños electrodomésticos, tóneres, radiografías y ropa.',
        'No admite muebles ni voluminosos; para ellos solicite la recogida gratuita de muebles y enseres.',
      ],
    },
    topics: ['environment-waste'],
    department: 'environment-urban-services',
    locations: [
      {
        name: { en: 'Benimaclet Market (Tuesdays)', es: 'Mercado de Benimaclet (martes)' },
        street: 'Plaza del Mercado de Benimaclet',
        postalCode: '46020',
        district: 'Benimaclet',
        lngLat: [-0.3583, 39.4848],
        openingHours: 'Tu 08:00-14:00; PH off',
        phone: '+34 96 000 07 30',
        wheelchair: 'yes',
      },
      {
        name: { en: 'Russafa Market (Thursdays)', es: 'Mercado de Russafa (jueves)' },
        street: 'Plaza del Baró de Cortes',
        postalCode: '46006',
        district: 'Russafa',
        lngLat: [-0.3733, 39.4627],
        openingHours: 'Th 08:00-14:00; PH off',
        phone: '+34 96 000 07 30',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'animal-welfare-centre',
    category: 'environment',
    title: { en: 'Animal Welfare Centre', es: 'Centro Municipal de Protección Animal' },
    summary: {
      en: 'Adopt a dog or cat, report a lost or found animal, or register your pet.',
      es: 'Adopte un perro o un gato, comunique un animal perdido o encontrado o registre a su mascota.',
    },
    body: {
      en: [
        'The centre looks after lost and abandoned animals until they return home or are adopted. All animals are handed over vaccinated, microchipped and sterilised.',
        'Visits to meet the animals are on weekday afternoons and Saturday mornings. Volunteers can join the dog-walking programme after a short training session.',
      ],
      es: [
        'El centro acoge a los animales perdidos y abandonados hasta que vuelven a casa o son adoptados. Todos se entregan vacunados, con microchip y esterilizados.',
        'Las visitas para conocer a los animales son por la tarde de lunes a viernes y los sábados por la mañana. Las personas voluntarias pueden sumarse al programa de paseos tras una breve formación.',
      ],
    },
    topics: ['environment-waste'],
    department: 'environment-urban-services',
    locations: [
      {
        name: { en: 'Animal Welfare Centre', es: 'Centro de Protección Animal' },
        street: 'Camino de Sant Isidre 18',
        postalCode: '46014',
        district: 'Patraix',
        lngLat: [-0.4025, 39.4505],
        openingHours: 'Mo-Fr 10:00-14:00,16:00-19:00; Sa 10:00-14:00; PH off',
        phone: '+34 96 000 07 40',
        email: 'proteccionanimal@villamar.example',
        website: 'https://www.villamar.example/animals',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'Paths between the kennels are gravel; the office and cat room are step-free.',
          es: 'Los caminos entre las instalaciones son de grava; la oficina y la sala de gatos no tienen escalones.',
        },
      },
    ],
  },

  // Safety
  {
    slug: 'municipal-police',
    category: 'police',
    title: { en: 'Municipal Police', es: 'Policía Local' },
    summary: {
      en: 'Traffic, local safety and neighbourhood policing. In an emergency, call 112 or 092.',
      es: 'Tráfico, seguridad ciudadana y policía de barrio. En una emergencia, llame al 112 o al 092.',
    },
    body: {
      en: [
        'The Municipal Police regulates traffic, attends accidents, enforces local bylaws and works with neighbourhood associations and schools. Its stations are open day and night.',
        'You can report a crime at any station; the report is sent to the National Police or the court. For noise, badly parked cars or other non-urgent matters, call 092.',
      ],
      es: [
        'La Policía Local regula el tráfico, atiende accidentes, vela por el cumplimiento de las ordenanzas y colabora con asociaciones vecinales y centros educativos. Sus dependencias están abiertas día y noche.',
        'Puede presentar una denuncia en cualquier dependencia; se remite a la Policía Nacional o al juzgado. Para ruidos, vehículos mal aparcados u otros asuntos no urgentes, llame al 092.',
      ],
    },
    topics: ['safety-emergencies', 'traffic-mobility'],
    department: 'mobility-police',
    locations: [
      {
        name: { en: 'Municipal Police Headquarters', es: 'Jefatura de Policía Local' },
        street: 'Avenida del Cid 37',
        postalCode: '46018',
        district: 'Olivereta',
        lngLat: [-0.4, 39.4678],
        openingHours: '24/7',
        phone: '092',
        email: 'policialocal@villamar.example',
        website: 'https://www.villamar.example/police',
        wheelchair: 'yes',
      },
      {
        name: { en: 'Maritime Police Station', es: 'Unidad de Distrito Marítimo' },
        street: 'Calle de la Reina 140',
        postalCode: '46011',
        district: 'El Cabanyal',
        lngLat: [-0.3405, 39.463],
        openingHours: '24/7',
        phone: '+34 96 000 03 20',
        email: 'policialocal@villamar.example',
        wheelchair: 'limited',
        accessibilityNotes: {
          en: 'Bell at street level; an officer will attend you at the door if you cannot use the steps.',
          es: 'Timbre a pie de calle; un agente le atenderá en la puerta si no puede subir los escalones.',
        },
      },
    ],
  },
  {
    slug: 'lost-property-office',
    category: 'police',
    title: { en: 'Lost Property Office', es: 'Oficina de Objetos Perdidos' },
    summary: {
      en: 'Collect items lost in the street, on buses or in municipal buildings.',
      es: 'Recoja los objetos perdidos en la calle, en el autobús o en edificios municipales.',
    },
    body: {
      en: [
        'Items found in the street, on municipal buses and in municipal buildings are kept here for two years. Identity documents are sent to the issuing authority after one month.',
        'You can check online whether your item has been handed in before coming. Bring your identity document and describe the item to collect it.',
      ],
      es: [
        'Los objetos encontrados en la calle, en los autobuses municipales y en edificios municipales se guardan aquí durante dos años. Los documentos de identidad se envían a la autoridad que los expidió al cabo de un mes.',
        'Puede consultar en línea si su objeto ha sido entregado antes de acudir. Para recogerlo, traiga su documento de identidad y describa el objeto.',
      ],
    },
    topics: ['safety-emergencies'],
    department: 'mobility-police',
    locations: [
      {
        name: { en: 'Lost Property Office', es: 'Oficina de Objetos Perdidos' },
        street: 'Calle de la Sangre 7',
        postalCode: '46002',
        district: 'Ciutat Vella',
        lngLat: [-0.3778, 39.4704],
        openingHours: 'Mo-Fr 09:00-14:00; PH off',
        phone: '+34 96 000 03 30',
        email: 'objetosperdidos@villamar.example',
        website: 'https://www.villamar.example/lost-property',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'vehicle-pound',
    category: 'police',
    title: { en: 'Municipal Vehicle Pound', es: 'Depósito Municipal de Vehículos' },
    summary: {
      en: 'Where towed vehicles are taken. Collect your vehicle any time, day or night.',
      es: 'Adonde se llevan los vehículos retirados por la grúa. Recoja su vehículo a cualquier hora.',
    },
    body: {
      en: [
        'If your vehicle has been towed, call 092 to confirm it is here. To collect it, bring your identity document, the vehicle documents and pay the towing fee and the daily storage fee.',
        'The first 24 hours of storage are free. Payment by card only.',
      ],
      es: [
        'Si la grúa se ha llevado su vehículo, llame al 092 para confirmar que está aquí. Para recogerlo, traiga su documento de identidad y la documentación del vehículo y abone la tasa de retirada y la de estancia diaria.',
        'Las primeras 24 horas de estancia son gratuitas. Pago solo con tarjeta.',
      ],
    },
    topics: ['traffic-mobility'],
    department: 'mobility-police',
    locations: [
      {
        name: { en: 'Vehicle Pound', es: 'Depósito de Vehículos' },
        street: 'Avenida de Hermanos Maristas 12',
        postalCode: '46013',
        district: 'Quatre Carreres',
        lngLat: [-0.3562, 39.4462],
        openingHours: '24/7',
        phone: '+34 96 000 03 40',
        email: 'deposito@villamar.example',
        wheelchair: 'no',
        accessibilityNotes: {
          en: 'The yard is unpaved and the office has steps; call from the gate and staff will come out.',
          es: 'El recinto no está pavimentado y la oficina tiene escalones; llame desde la puerta y el personal saldrá a atenderle.',
        },
      },
    ],
  },

  // Other
  {
    slug: 'tourist-office',
    category: 'other',
    title: { en: 'Tourist Information Office', es: 'Oficina de Turismo' },
    summary: {
      en: 'Maps, guided tours, the Villamar Card and information on what to see and do.',
      es: 'Planos, visitas guiadas, la Villamar Card e información sobre qué ver y hacer.',
    },
    body: {
      en: [
        'Tourist information staff speak Spanish, Valencian, English, French and German. They sell the Villamar Card (free public transport and museum discounts) and tickets for guided walks of the old town.',
        'The port kiosk opens every day in summer and at weekends the rest of the year.',
      ],
      es: [
        'El personal de información turística atiende en castellano, valenciano, inglés, francés y alemán. Vende la Villamar Card (transporte público gratuito y descuentos en museos) y entradas para las rutas guiadas por el centro histórico.',
        'El quiosco del puerto abre todos los días en verano y los fines de semana el resto del año.',
      ],
    },
    topics: ['culture-leisure', 'business-employment'],
    department: 'economic-development',
    locations: [
      {
        name: { en: 'Plaza de la Reina', es: 'Plaza de la Reina' },
        street: 'Plaza de la Reina 19',
        postalCode: '46003',
        district: 'Ciutat Vella',
        lngLat: [-0.3755, 39.4747],
        openingHours: 'Mo-Sa 09:00-19:00; Su,PH 10:00-14:00',
        phone: '+34 96 000 08 20',
        email: 'turismo@villamar.example',
        website: 'https://www.villamar.example/tourism',
        wheelchair: 'yes',
      },
      {
        name: { en: 'Port kiosk', es: 'Quiosco del puerto' },
        street: 'Muelle de la Aduana s/n',
        postalCode: '46024',
        district: 'El Grau',
        lngLat: [-0.3332, 39.4603],
        openingHours: 'Jun-Sep Mo-Su 10:00-19:00; Oct-May Sa,Su 10:00-14:00; PH 10:00-14:00',
        phone: '+34 96 000 08 30',
        email: 'turismo@villamar.example',
        website: 'https://www.villamar.example/tourism',
        wheelchair: 'yes',
      },
    ],
  },
  {
    slug: 'central-market',
    category: 'other',
    title: { en: 'Central Market', es: 'Mercado Central' },
    summary: {
      en: 'The city’s main fresh food market, with 250 stalls under a modernist iron and glass roof.',
      es: 'El principal mercado de abastos de la ciudad, con 250 puestos bajo una cubierta modernista de hierro y vidrio.',
    },
    body: {
      en: [
        'Built in 1928, the Central Market sells fresh fish, meat, fruit and vegetables from the surrounding orchards. Many stalls deliver your shopping home the same day.',
        'Stall licences are awarded by public tender; the Business Support Office announces vacancies.',
      ],
      es: [
        'Construido en 1928, el Mercado Central vende pescado fresco, carne, fruta y verdura de la huerta. Muchos puestos llevan la compra a casa el mismo día.',
        'Las concesiones de los puestos se adjudican por concurso público; la Oficina de Atención a Empresas anuncia las vacantes.',
      ],
    },
    topics: ['business-employment', 'culture-leisure'],
    department: 'economic-development',
    locations: [
      {
        name: { en: 'Central Market', es: 'Mercado Central' },
        street: 'Plaza de la Ciudad de Brujas s/n',
        postalCode: '46001',
        district: 'Ciutat Vella',
        lngLat: [-0.3791, 39.4738],
        openingHours: 'Mo-Sa 07:30-15:00; PH off',
        phone: '+34 96 000 08 40',
        email: 'mercados@villamar.example',
        website: 'https://www.villamar.example/markets/central',
        wheelchair: 'yes',
      },
    ],
  },
]
