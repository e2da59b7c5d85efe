import type { Localized } from '../localized'
import type { SeedDay } from '../relativeTime'

/** A venue from the services directory (by slug), or a place described on the event. */
export type EventVenueSeed =
  | { service: string }
  | { name: Localized; address: string; lngLat: [number, number] }

export interface EventSeed {
  slug: string
  /** A weekday or month named in the title or summary must be the event's (tests/unit/seedDates.spec.ts). */
  title: Localized
  summary: Localized
  body: Localized<string[]>
  /** The day it starts, counted from the day of seeding in Villamar, at a wall-clock time there. */
  starts: SeedDay & { at: string }
  /** `days` after the start's day (0: the same day), at a wall-clock time in Villamar. */
  ends?: { days: number; at: string }
  allDay?: boolean
  venue: EventVenueSeed
  topics: string[]
  /** Not scheduled as planned; a rescheduled event gives its original start, `days` from the new one. */
  status?: 'EventCancelled' | 'EventPostponed' | 'EventRescheduled'
  previousStarts?: { days: number; at: string }
  /**
   * Weekly on the start's weekday, or monthly on the same weekday of the month; `skipWeeks`
   * leaves out weekly occurrences that many weeks after the first.
   */
  recurrence?: { frequency: 'weekly' | 'monthly'; byWeekdayOfMonth?: boolean; skipWeeks?: number[] }
  price?: { free: true } | { amount: number; details?: Localized }
  accessibility?: {
    wheelchair?: boolean
    signLanguage?: boolean
    hearingLoop?: boolean
    notes?: Localized
  }
  registrationUrl?: string
  organiser?: Localized
}

const CITY_HALL_SQUARE = {
  name: { en: 'Plaza del Ayuntamiento', es: 'Plaza del Ayuntamiento' },
  address: 'Plaza del Ayuntamiento, 46002 Villamar',
  lngLat: [-0.3766, 39.4695] as [number, number],
}

export const events: EventSeed[] = [
  // Two past events, so the agenda's archive and "ended" states have something to show.
  {
    slug: 'old-town-book-fair',
    title: { en: 'Old Town Book Fair', es: 'Feria del Libro del Centro Histórico' },
    summary: {
      en: 'Forty bookshops and publishers, author signings and children’s activities in the City Hall square.',
      es: 'Cuarenta librerías y editoriales, firmas de autores y actividades infantiles en la plaza del Ayuntamiento.',
    },
    body: {
      en: ['Three days of books in the open air, with a programme of talks in the City Hall courtyard.'],
      es: ['Tres días de libros al aire libre, con un programa de charlas en el patio del Ayuntamiento.'],
    },
    starts: { days: -12, at: '00:00' },
    ends: { days: 2, at: '23:59' },
    allDay: true,
    venue: CITY_HALL_SQUARE,
    topics: ['culture-leisure'],
  },
  {
    slug: 'heritage-day-guided-tours',
    title: { en: 'Heritage Day guided tours', es: 'Visitas guiadas del Día del Patrimonio' },
    summary: {
      en: 'Free guided tours of the City History Museum and the Roman remains beneath it.',
      es: 'Visitas guiadas gratuitas al Museo de Historia y a los restos romanos del subsuelo.',
    },
    body: {
      en: ['Tours every half hour in Spanish and English. Groups of 20; no booking needed.'],
      es: ['Visitas cada media hora en castellano e inglés. Grupos de 20 personas; sin reserva.'],
    },
    starts: { days: -5, at: '10:00' },
    ends: { days: 0, at: '13:00' },
    venue: { service: 'city-history-museum' },
    topics: ['culture-leisure'],
  },

  {
    slug: 'story-time-central-library',
    price: { free: true },
    accessibility: {
      wheelchair: true,
      hearingLoop: true,
      notes: {
        en: 'Step-free entrance on Calle del Hospital; the children’s room has a hearing loop.',
        es: 'Entrada sin escalones por la calle del Hospital; la sala infantil tiene bucle magnético.',
      },
    },
    title: { en: 'Story time for under-6s', es: 'Cuentacuentos para menores de 6 años' },
    summary: {
      en: 'Stories, songs and puppets in Spanish and English for young children and their families.',
      es: 'Cuentos, canciones y títeres en castellano e inglés para peques y sus familias.',
    },
    body: {
      en: ['Free entry until the room is full. Children must come with an adult.'],
      es: ['Entrada libre hasta completar aforo. Los menores deben venir acompañados de una persona adulta.'],
    },
    starts: { days: 2, at: '11:00' },
    ends: { days: 0, at: '12:00' },
    venue: { service: 'central-library' },
    topics: ['culture-leisure', 'education'],
  },
  {
    slug: 'symphony-season-concert',
    price: { amount: 12, details: { en: 'From 12 euros; 50% off for under-26s', es: 'Desde 12 euros; 50 % de descuento para menores de 26 años' } },
    accessibility: { wheelchair: true, hearingLoop: true },
    registrationUrl: 'https://tickets.plaza.example/symphony',
    organiser: { en: 'Villamar Symphony Orchestra', es: 'Orquesta de Villamar' },
    title: { en: 'Villamar Symphony: Dvořák’s New World', es: 'Orquesta de Villamar: Sinfonía del Nuevo Mundo' },
    summary: {
      en: 'The Villamar Symphony Orchestra plays Dvořák’s Symphony No. 9 and the Cello Concerto.',
      es: 'La Orquesta de Villamar interpreta la Sinfonía n.º 9 y el Concierto para violonchelo de Dvořák.',
    },
    body: {
      en: ['Tickets from 12 euros at the box office and online. A pre-concert talk starts at 18:45 in the chamber hall.'],
      es: ['Entradas desde 12 euros en taquilla y en línea. Charla previa a las 18:45 en la sala de cámara.'],
    },
    starts: { days: 3, at: '19:30' },
    ends: { days: 0, at: '21:30' },
    venue: { service: 'villamar-auditorium' },
    topics: ['culture-leisure'],
  },
  {
    slug: 'benimaclet-district-board-meeting',
    price: { free: true },
    accessibility: { wheelchair: true, signLanguage: true },
    organiser: { en: 'Benimaclet District Board', es: 'Junta Municipal de Benimaclet' },
    title: { en: 'Benimaclet District Board meeting', es: 'Pleno de la Junta Municipal de Benimaclet' },
    summary: {
      en: 'Open meeting of the district board: budget for neighbourhood works and questions from residents.',
      es: 'Sesión abierta de la junta de distrito: presupuesto de obras de barrio y preguntas vecinales.',
    },
    body: {
      en: ['Residents can ask questions by registering them at the district office up to two days before.'],
      es: ['Los vecinos pueden formular preguntas registrándolas en la oficina del distrito hasta dos días antes.'],
    },
    starts: { days: 4, at: '18:00' },
    ends: { days: 0, at: '20:00' },
    venue: { service: 'citizen-office-benimaclet' },
    topics: ['participation-transparency'],
  },
  {
    slug: 'repair-cafe-ecoparque',
    price: { free: true },
    title: { en: 'Repair café', es: 'Café de reparación' },
    summary: {
      en: 'Bring a broken toaster, lamp or bike and fix it with volunteers instead of throwing it away.',
      es: 'Traiga su tostadora, lámpara o bicicleta estropeada y repárela con voluntarios en lugar de tirarla.',
    },
    body: {
      en: ['Tools and spare parts are provided. One item per person.'],
      es: ['Se facilitan herramientas y recambios. Un objeto por persona.'],
    },
    starts: { days: 5, at: '10:00' },
    ends: { days: 0, at: '13:00' },
    venue: { service: 'ecoparques' },
    topics: ['environment-waste'],
  },
  {
    slug: 'free-health-checks',
    price: { free: true },
    accessibility: { wheelchair: true },
    title: { en: 'Free health checks', es: 'Controles de salud gratuitos' },
    summary: {
      en: 'Blood pressure, glucose and cholesterol checks with municipal nurses, no appointment needed.',
      es: 'Control de tensión, glucosa y colesterol con enfermería municipal, sin cita.',
    },
    body: {
      en: ['Come after fasting for eight hours if you want the cholesterol test.'],
      es: ['Venga en ayunas de ocho horas si desea la prueba de colesterol.'],
    },
    starts: { days: 6, at: '09:00' },
    ends: { days: 0, at: '13:00' },
    venue: { service: 'community-health-points' },
    topics: ['health'],
  },
  {
    slug: 'villamar-night-10k',
    price: { amount: 10, details: { en: 'Registration 10 euros', es: 'Inscripción 10 euros' } },
    registrationUrl: 'https://tickets.plaza.example/night-10k',
    title: { en: 'Villamar Night 10K', es: '10K Nocturno de Villamar' },
    summary: {
      en: 'A 10-kilometre night run along the Turia gardens and the port. Roads around the route close from 19:00.',
      es: 'Carrera nocturna de 10 kilómetros por el jardín del Turia y el puerto. Cortes de tráfico en el recorrido desde las 19:00.',
    },
    body: {
      en: [
        'Registration closes three days before the race or when 4,000 runners have signed up.',
        'Bus lines 19, 32 and 95 are diverted from 19:00 to 23:00.',
      ],
      es: [
        'Las inscripciones se cierran tres días antes o al llegar a 4.000 corredores.',
        'Las líneas de autobús 19, 32 y 95 se desvían de 19:00 a 23:00.',
      ],
    },
    starts: { days: 8, at: '20:00' },
    ends: { days: 0, at: '22:30' },
    venue: {
      name: { en: 'Start and finish: Paseo de la Alameda', es: 'Salida y meta: Paseo de la Alameda' },
      address: 'Paseo de la Alameda, 46023 Villamar',
      lngLat: [-0.3598, 39.4688],
    },
    topics: ['sport', 'traffic-mobility'],
  },
  {
    slug: 'digital-certificate-help',
    title: { en: 'Help with your digital certificate', es: 'Ayuda con su certificado digital' },
    summary: {
      en: 'Staff help you get a digital certificate or Cl@ve and use the electronic office from your phone.',
      es: 'El personal le ayuda a obtener el certificado digital o Cl@ve y a usar la sede electrónica desde el móvil.',
    },
    body: {
      en: ['Bring your identity document and your mobile phone.'],
      es: ['Traiga su documento de identidad y su teléfono móvil.'],
    },
    starts: { days: 9, at: '10:00' },
    ends: { days: 0, at: '13:00' },
    venue: { service: 'citizen-office-russafa' },
    topics: ['certificates-registry'],
  },
  {
    slug: 'climbing-taster',
    title: { en: 'Climbing taster session', es: 'Jornada de iniciación a la escalada' },
    summary: {
      en: 'Try the climbing wall with instructors. Equipment included; ages 8 and up.',
      es: 'Pruebe el rocódromo con monitores. Material incluido; a partir de 8 años.',
    },
    body: {
      en: ['Free, with booking at the sports centre reception.'],
      es: ['Gratuita, con reserva en la recepción del polideportivo.'],
    },
    starts: { days: 10, at: '17:00' },
    ends: { days: 0, at: '19:00' },
    venue: { service: 'campanar-sports-centre' },
    topics: ['sport'],
  },
  {
    slug: 'maritime-photography-exhibition',
    title: { en: 'Exhibition: A century by the sea', es: 'Exposición: Un siglo junto al mar' },
    summary: {
      en: 'Photographs of fishing families, the port and the beaches of Villamar from 1900 to today.',
      es: 'Fotografías de familias pescadoras, el puerto y las playas de Villamar desde 1900 hasta hoy.',
    },
    body: {
      en: ['Curated with the photographic archive of the maritime districts. Free entry during opening hours.'],
      es: ['Comisariada con el archivo fotográfico de los Poblados Marítimos. Entrada libre en horario de apertura.'],
    },
    starts: { days: 11, at: '00:00' },
    ends: { days: 29, at: '23:59' },
    allDay: true,
    venue: { service: 'city-history-museum' },
    topics: ['culture-leisure'],
  },
  {
    slug: 'animal-adoption-day',
    title: { en: 'Adoption open day', es: 'Jornada de puertas abiertas para la adopción' },
    summary: {
      en: 'Meet the dogs and cats looking for a home, and learn about fostering and volunteering.',
      es: 'Conozca a los perros y gatos que buscan hogar e infórmese sobre la acogida y el voluntariado.',
    },
    body: {
      en: ['Adoptions require an interview and a follow-up visit; bring your identity document.'],
      es: ['La adopción requiere una entrevista y una visita de seguimiento; traiga su documento de identidad.'],
    },
    starts: { days: 13, at: '10:00' },
    ends: { days: 0, at: '14:00' },
    venue: { service: 'animal-welfare-centre' },
    topics: ['environment-waste'],
  },
  {
    slug: 'jazz-in-the-courtyard',
    status: 'EventRescheduled',
    previousStarts: { days: -7, at: '20:00' },
    price: { free: true },
    title: { en: 'Jazz in the courtyard', es: 'Jazz en el patio' },
    summary: {
      en: 'The Benimaclet Jazz Quartet plays standards and its own compositions. Free entry.',
      es: 'El Benimaclet Jazz Quartet interpreta estándares y composiciones propias. Entrada libre.',
    },
    body: {
      en: ['Moved indoors if it rains.'],
      es: ['Si llueve, se traslada al interior.'],
    },
    starts: { days: 14, at: '20:00' },
    ends: { days: 0, at: '22:00' },
    venue: { service: 'benimaclet-cultural-centre' },
    topics: ['culture-leisure'],
  },
  {
    slug: 'business-plan-workshop',
    price: { free: true },
    registrationUrl: 'https://eoffice.plaza.example/workshops/business-plan',
    title: { en: 'Workshop: your first business plan', es: 'Taller: tu primer plan de empresa' },
    summary: {
      en: 'A practical morning on turning an idea into a business plan, with templates to take home.',
      es: 'Una mañana práctica para convertir una idea en un plan de empresa, con plantillas para llevar.',
    },
    body: {
      en: ['Free; 25 places, booking required.'],
      es: ['Gratuito; 25 plazas, con inscripción previa.'],
    },
    starts: { days: 16, at: '09:30' },
    ends: { days: 0, at: '13:30' },
    venue: { service: 'business-support-office' },
    topics: ['business-employment'],
  },
  {
    slug: 'craft-market-plaza-reina',
    title: { en: 'Craft market', es: 'Mercado de artesanía' },
    summary: {
      en: 'Ceramics, leather, textiles and jewellery from forty local craftspeople.',
      es: 'Cerámica, piel, textil y joyería de cuarenta artesanos locales.',
    },
    body: {
      en: ['Open from 10:00 to 21:00 each day.'],
      es: ['Abierto de 10:00 a 21:00 todos los días.'],
    },
    starts: { days: 18, at: '00:00' },
    ends: { days: 2, at: '23:59' },
    allDay: true,
    venue: {
      name: { en: 'Plaza de la Reina', es: 'Plaza de la Reina' },
      address: 'Plaza de la Reina, 46003 Villamar',
      lngLat: [-0.3753, 39.4749],
    },
    topics: ['culture-leisure', 'business-employment'],
  },
  {
    slug: 'adult-education-open-day',
    title: { en: 'Adult education open day', es: 'Puertas abiertas de la formación de adultos' },
    summary: {
      en: 'Visit the classrooms, meet the teachers and ask about next term’s courses.',
      es: 'Visite las aulas, conozca al profesorado y pregunte por los cursos del próximo trimestre.',
    },
    body: {
      en: ['Level tests for Spanish and English can be taken on the day.'],
      es: ['Ese día pueden hacerse las pruebas de nivel de castellano e inglés.'],
    },
    starts: { days: 20, at: '10:00' },
    ends: { days: 0, at: '13:00' },
    venue: { service: 'adult-education-centre' },
    topics: ['education'],
  },
  {
    slug: 'cabanyal-clean-up',
    title: { en: 'Neighbourhood clean-up in El Cabanyal', es: 'Limpieza vecinal en El Cabanyal' },
    summary: {
      en: 'Join neighbours and the cleaning service to clear litter from the streets and the beach front.',
      es: 'Únase a vecinos y al servicio de limpieza para recoger residuos de las calles y el frente marítimo.',
    },
    body: {
      en: ['Gloves, bags and water are provided. Meeting point at the market square.'],
      es: ['Se facilitan guantes, bolsas y agua. Punto de encuentro en la plaza del mercado.'],
    },
    starts: { days: 22, at: '09:30' },
    ends: { days: 0, at: '13:00' },
    venue: {
      name: { en: 'Cabanyal market square', es: 'Plaza del mercado del Cabanyal' },
      address: 'Calle de Martí Grajales, 46011 Villamar',
      lngLat: [-0.3352, 39.4672],
    },
    topics: ['environment-waste'],
  },
  {
    slug: 'chess-tournament-campanar',
    title: { en: 'Open chess tournament', es: 'Torneo abierto de ajedrez' },
    summary: {
      en: 'Rapid chess tournament for all ages and levels, with a separate under-12 group.',
      es: 'Torneo de ajedrez rápido para todas las edades y niveles, con un grupo aparte para menores de 12 años.',
    },
    body: {
      en: ['Register at the library desk. Boards and clocks provided.'],
      es: ['Inscripción en el mostrador de la biblioteca. Se facilitan tableros y relojes.'],
    },
    starts: { days: 24, at: '10:00' },
    ends: { days: 0, at: '14:00' },
    venue: { service: 'campanar-library' },
    topics: ['culture-leisure'],
  },
  {
    slug: 'youth-wellbeing-talk',
    title: { en: 'Talk: anxiety and exams', es: 'Charla: ansiedad y exámenes' },
    summary: {
      en: 'A psychologist from the Youth Health Centre on coping with stress, for students and families.',
      es: 'Una psicóloga del Centro de Salud Joven habla sobre cómo afrontar el estrés, para estudiantes y familias.',
    },
    body: {
      en: ['Free; no booking needed.'],
      es: ['Gratuita; sin inscripción.'],
    },
    starts: { days: 27, at: '18:00' },
    ends: { days: 0, at: '19:30' },
    venue: { service: 'youth-health-centre' },
    topics: ['health', 'education'],
  },
  {
    slug: 'family-concert-auditorium',
    price: { amount: 5 },
    accessibility: { wheelchair: true, hearingLoop: true },
    title: { en: 'Family concert: the orchestra’s animals', es: 'Concierto en familia: los animales de la orquesta' },
    summary: {
      en: 'An hour-long concert for children from 4, with Saint-Saëns’s Carnival of the Animals.',
      es: 'Un concierto de una hora para público a partir de 4 años, con El carnaval de los animales de Saint-Saëns.',
    },
    body: {
      en: ['Tickets 5 euros; free for under-4s on an adult’s lap.'],
      es: ['Entradas a 5 euros; gratis para menores de 4 años en el regazo de una persona adulta.'],
    },
    starts: { days: 31, at: '12:00' },
    ends: { days: 0, at: '13:00' },
    venue: { service: 'villamar-auditorium' },
    topics: ['culture-leisure'],
  },
  {
    slug: 'city-council-plenary',
    title: { en: 'City Council plenary session', es: 'Pleno del Ayuntamiento' },
    summary: {
      en: 'The monthly plenary session of the City Council, open to the public and streamed live.',
      es: 'La sesión plenaria mensual del Ayuntamiento, abierta al público y retransmitida en directo.',
    },
    body: {
      en: ['The agenda is published a week before. The public gallery seats 80 people.'],
      es: ['El orden del día se publica una semana antes. La tribuna de público tiene 80 plazas.'],
    },
    starts: { days: 33, at: '10:00' },
    ends: { days: 0, at: '14:00' },
    venue: {
      name: { en: 'City Hall, Plenary Hall', es: 'Ayuntamiento, Salón de Plenos' },
      address: 'Plaza del Ayuntamiento 1, 46002 Villamar',
      lngLat: [-0.3763, 39.4699],
    },
    topics: ['participation-transparency'],
  },
  {
    slug: 'three-on-three-basketball',
    status: 'EventCancelled',
    price: { free: true },
    title: { en: '3x3 basketball tournament', es: 'Torneo de baloncesto 3x3' },
    summary: {
      en: 'Street basketball for teams of three, in under-14, under-18 and open categories.',
      es: 'Baloncesto de calle por equipos de tres, en categorías sub-14, sub-18 y absoluta.',
    },
    body: {
      en: ['Team registration closes a week before.'],
      es: ['La inscripción de equipos se cierra una semana antes.'],
    },
    starts: { days: 36, at: '10:00' },
    ends: { days: 0, at: '19:00' },
    venue: { service: 'patraix-sports-centre' },
    topics: ['sport'],
  },
  {
    slug: 'old-town-guided-walk',
    status: 'EventPostponed',
    price: { amount: 8, details: { en: 'Free with the Villamar Card', es: 'Gratis con la Villamar Card' } },
    title: { en: 'Guided walk: the medieval walls', es: 'Ruta guiada: la muralla medieval' },
    summary: {
      en: 'A two-hour walk following the line of the medieval walls, from the towers to the river.',
      es: 'Un paseo de dos horas siguiendo el trazado de la muralla medieval, de las torres al río.',
    },
    body: {
      en: ['Tickets 8 euros at the tourist office; free with the Villamar Card.'],
      es: ['Entradas a 8 euros en la oficina de turismo; gratis con la Villamar Card.'],
    },
    starts: { days: 38, at: '10:30' },
    ends: { days: 0, at: '12:30' },
    venue: { service: 'tourist-office' },
    topics: ['culture-leisure'],
  },
  {
    slug: 'roman-port-lecture',
    title: { en: 'Lecture: the Roman port of Villamar', es: 'Conferencia: el puerto romano de Villamar' },
    summary: {
      en: 'The archaeologists of the latest excavation present what they found at the river mouth.',
      es: 'El equipo de la última excavación presenta sus hallazgos en la desembocadura del río.',
    },
    body: {
      en: ['In Spanish with English subtitles on screen.'],
      es: ['En castellano, con subtítulos en inglés en pantalla.'],
    },
    starts: { days: 42, at: '19:00' },
    ends: { days: 0, at: '20:30' },
    venue: { service: 'city-history-museum' },
    topics: ['culture-leisure'],
  },
  {
    slug: 'bike-day-turia',
    title: { en: 'Bike day in the Turia gardens', es: 'Día de la bici en el jardín del Turia' },
    summary: {
      en: 'A family bike ride along the old riverbed, with free bike checks and road safety games for children.',
      es: 'Paseo familiar en bici por el antiguo cauce, con revisión gratuita de bicicletas y juegos de seguridad vial infantil.',
    },
    body: {
      en: ['Helmets are compulsory for under-16s. Bikes can be borrowed at the start with an identity document.'],
      es: ['El casco es obligatorio para menores de 16 años. Se pueden tomar prestadas bicicletas en la salida con un documento de identidad.'],
    },
    starts: { days: 47, at: '09:00' },
    ends: { days: 0, at: '13:00' },
    venue: {
      name: { en: 'Turia gardens, Pont de les Flors', es: 'Jardín del Turia, Puente de las Flores' },
      address: 'Jardín del Turia, 46010 Villamar',
      lngLat: [-0.3676, 39.4712],
    },
    topics: ['sport', 'traffic-mobility', 'environment-waste'],
  },
  {
    slug: 'english-reading-club',
    title: { en: 'English reading club', es: 'Club de lectura en inglés' },
    summary: {
      en: 'This month the club discusses a short novel chosen by its members. Intermediate level.',
      es: 'Este mes el club comenta una novela breve elegida por sus miembros. Nivel intermedio.',
    },
    body: {
      en: ['Copies can be borrowed from the library two weeks before.'],
      es: ['Los ejemplares pueden tomarse en préstamo en la biblioteca dos semanas antes.'],
    },
    starts: { days: 52, at: '18:30' },
    ends: { days: 0, at: '20:00' },
    venue: { service: 'benimaclet-library' },
    topics: ['culture-leisure', 'education'],
  },
  {
    slug: 'central-market-tasting',
    title: { en: 'Market tasting morning', es: 'Mañana de degustación en el mercado' },
    summary: {
      en: 'Stallholders offer tastings of seasonal produce and traditional rice dishes.',
      es: 'Los puestos ofrecen degustaciones de producto de temporada y arroces tradicionales.',
    },
    body: {
      en: ['Tasting tokens at 1 euro; proceeds go to the city food bank.'],
      es: ['Tiques de degustación a 1 euro; lo recaudado se destina al banco de alimentos.'],
    },
    starts: { days: 56, at: '11:00' },
    ends: { days: 0, at: '14:00' },
    venue: { service: 'central-market' },
    topics: ['business-employment', 'culture-leisure'],
  },
  {
    slug: 'swimming-gala',
    title: { en: 'Inter-school swimming gala', es: 'Trofeo escolar de natación' },
    summary: {
      en: 'Primary schools compete in relays and individual races. Families welcome in the stands.',
      es: 'Los colegios de primaria compiten en relevos y pruebas individuales. Las familias pueden asistir desde la grada.',
    },
    body: {
      en: ['The pool is closed to the public during the gala.'],
      es: ['La piscina permanece cerrada al público durante el trofeo.'],
    },
    starts: { days: 59, at: '16:00' },
    ends: { days: 0, at: '20:00' },
    venue: { service: 'ciutat-vella-indoor-pool' },
    topics: ['sport', 'education'],
  },
  {
    slug: 'saturday-farmers-market',
    title: { en: 'Saturday farmers’ market', es: 'Mercado de agricultores del sábado' },
    summary: {
      en: 'Fruit, vegetables, cheese and bread straight from growers of the Huerta, every Saturday morning.',
      es: 'Fruta, verdura, queso y pan directamente de productores de la Huerta, todos los sábados por la mañana.',
    },
    body: {
      en: ['About thirty stalls. Bring your own bags: the market is plastic-free.'],
      es: ['Una treintena de puestos. Traiga sus bolsas: el mercado es libre de plásticos.'],
    },
    starts: { weekday: 'SA', at: '09:00' },
    ends: { days: 0, at: '14:00' },
    recurrence: { frequency: 'weekly', skipWeeks: [2] },
    venue: CITY_HALL_SQUARE,
    topics: ['business-employment', 'environment-waste'],
    price: { free: true },
    accessibility: { wheelchair: true },
    organiser: { en: 'Villamar Growers’ Association', es: 'Asociación de Productores de Villamar' },
  },
  {
    slug: 'museum-free-sunday',
    title: { en: 'Free museum Sunday', es: 'Domingo gratuito en el museo' },
    summary: {
      en: 'Free entry to the City History Museum on the first Sunday of every month.',
      es: 'Entrada gratuita al Museo de Historia de la Ciudad el primer domingo de cada mes.',
    },
    body: {
      en: ['Guided tours at 11:00 and 12:30 in Spanish and English, while places last.'],
      es: ['Visitas guiadas a las 11:00 y a las 12:30 en castellano e inglés, hasta completar aforo.'],
    },
    starts: { weekday: 'SU', nthOfMonth: 1, at: '10:00' },
    ends: { days: 0, at: '14:00' },
    recurrence: { frequency: 'monthly', byWeekdayOfMonth: true },
    venue: { service: 'city-history-museum' },
    topics: ['culture-leisure'],
    price: { free: true },
    accessibility: {
      wheelchair: true,
      signLanguage: true,
      notes: {
        en: 'Sign language tour at 12:30 on request; lifts to every floor.',
        es: 'Visita en lengua de signos a las 12:30 bajo petición; ascensor a todas las plantas.',
      },
    },
  },
  {
    slug: 'benimaclet-neighbourhood-festival',
    title: { en: 'Benimaclet neighbourhood festival', es: 'Fiestas del barrio de Benimaclet' },
    summary: {
      en: 'Four days of street concerts, a children’s parade, paella contest and open-air cinema.',
      es: 'Cuatro días de conciertos en la calle, desfile infantil, concurso de paellas y cine al aire libre.',
    },
    body: {
      en: ['The full programme is posted at the cultural centre. Streets around the square close to traffic.'],
      es: ['El programa completo se publica en el centro cultural. Las calles de la plaza se cierran al tráfico.'],
    },
    starts: { days: 25, at: '00:00' },
    ends: { days: 3, at: '23:59' },
    allDay: true,
    venue: { service: 'benimaclet-cultural-centre' },
    topics: ['culture-leisure', 'participation-transparency'],
    price: { free: true },
    accessibility: { wheelchair: true },
  },
]
