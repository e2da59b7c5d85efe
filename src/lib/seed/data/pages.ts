import type { Localized } from '../localized'

export interface PageSeed {
  slug: string
  title: Localized
  summary: Localized
  /** Paragraphs; a `## ` prefix makes a heading. */
  body: Localized<string[]>
}

/** `reviewedOn`: the date the accessibility statement states, written out in each language. */
export function pages(reviewedOn: Localized): PageSeed[] {
  return [
    {
      slug: 'about',
      title: { en: 'About Villamar', es: 'Sobre Villamar' },
      summary: {
        en: 'A coastal city of 180,000 people, between the orchards and the sea.',
        es: 'Una ciudad costera de 180.000 habitantes, entre la huerta y el mar.',
      },
      body: {
        en: [
          'Villamar is a coastal city of 180,000 people on the Mediterranean, founded as a Roman river port. Its old town, its market and its beaches attract visitors all year round, and its port is one of the busiest on the coast.',
          '## This website',
          'This is the city portal of Villamar City Council: procedures you can do online, municipal services and facilities, the city agenda and official alerts, in Spanish and English.',
          'Villamar is a demonstration city for Plaza, the open-source city portal. Its places are set on real coordinates, but the city, its services and its people are fictional, and no form on this site sends data anywhere.',
        ],
        es: [
          'Villamar es una ciudad costera mediterránea de 180.000 habitantes, fundada como puerto fluvial romano. Su centro histórico, su mercado y sus playas atraen visitantes todo el año, y su puerto es uno de los de más tráfico de la costa.',
          '## Este sitio web',
          'Este es el portal municipal del Ayuntamiento de Villamar: trámites que puede hacer en línea, servicios y equipamientos municipales, la agenda de la ciudad y los avisos oficiales, en castellano e inglés.',
          'Villamar es una ciudad de demostración de Plaza, el portal municipal de código abierto. Sus lugares están situados en coordenadas reales, pero la ciudad, sus servicios y sus habitantes son ficticios, y ningún formulario de este sitio envía datos.',
        ],
      },
    },
    {
      slug: 'accessibility',
      title: { en: 'Accessibility statement', es: 'Declaración de accesibilidad' },
      summary: {
        en: 'How accessible this website is, what we are fixing and how to tell us about a problem.',
        es: 'Grado de accesibilidad de este sitio web, qué estamos corrigiendo y cómo comunicarnos un problema.',
      },
      body: {
        en: [
          'Villamar City Council is committed to making its website accessible, in accordance with Royal Decree 1112/2018 on the accessibility of public sector websites and mobile applications, which transposes Directive (EU) 2016/2102.',
          'This accessibility statement applies to the Villamar city portal, www.villamar.example.',
          '## Compliance status',
          'This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.2 level AA and with the harmonised standard EN 301 549, due to the non-compliances listed below.',
          '## How it is tested',
          'Every change to the website is tested automatically before it is published: every page template, in English and Spanish, is checked against WCAG 2.2 level AA with the axe-core rules, with no failure allowed, and seven everyday tasks (a procedure online, services near you and their map, a transit line and a stop timetable, alerts, the agenda and adding an event to your calendar, search, and notifications) are done with the keyboard only on a phone-sized and a desktop screen. Those tests check that focus is always visible and never hidden under another element, that every page has one main heading and the usual landmarks, and that results, dismissed alerts and notification settings are announced to screen readers.',
          '## Non-accessible content',
          'Lack of compliance: some PDF documents published before 2024, such as older bylaws and plenary minutes, are not tagged and cannot be read properly with a screen reader (WCAG 1.3.1 and 4.1.2). We are replacing them with accessible versions, starting with the most consulted. Ask us for any of them and we will send it in an accessible format.',
          'Map tiles: if the city shows map images from another provider, those images are third-party content the City Council does not control, and they have no text alternative (WCAG 1.1.1). The maps are an extra: every place on a map, with its address and distance, is also listed as text next to it, and the map’s markers can be used with a keyboard and a screen reader.',
          'Disproportionate burden: none claimed.',
          'Content outside the scope of the applicable legislation: recordings of plenary sessions published before 23 September 2020, and content from third parties that the City Council neither funds nor controls, such as the electronic offices of other administrations.',
          '## Preparation of this statement',
          `This statement was prepared on 15 September 2025 and last reviewed on ${reviewedOn.en}, on the basis of a self-assessment by the City Council’s web team: automated checks of every page template and manual testing with keyboard, screen readers (NVDA, VoiceOver) and 400 % zoom.`,
          '## Feedback and contact information',
          'If you find content you cannot access, or want to tell us about any accessibility problem on this website, write to accesibilidad@villamar.example, call 010 or use the complaints and suggestions procedure. Tell us the page address and what went wrong. We will answer within 20 working days.',
          '## Enforcement procedure',
          'If you are not satisfied with our answer, or get no answer within 20 working days, you can file a complaint with the City Council under article 13 of Royal Decree 1112/2018. It will be decided within two months; if it is rejected, you may appeal to the administrative courts.',
        ],
        es: [
          'El Ayuntamiento de Villamar se ha comprometido a hacer accesible su sitio web de conformidad con el Real Decreto 1112/2018, sobre accesibilidad de los sitios web y aplicaciones para dispositivos móviles del sector público, que transpone la Directiva (UE) 2016/2102.',
          'La presente declaración de accesibilidad se aplica al portal municipal de Villamar, www.villamar.example.',
          '## Situación de cumplimiento',
          'Este sitio web es parcialmente conforme con las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 nivel AA y con la norma armonizada EN 301 549, debido a las faltas de conformidad que se enumeran a continuación.',
          '## Cómo se comprueba',
          'Cada cambio del sitio web se comprueba automáticamente antes de publicarse: todas las plantillas de página, en castellano e inglés, se revisan según las WCAG 2.2 nivel AA con las reglas de axe-core, sin admitir ningún fallo, y siete tareas habituales (un trámite en línea, los servicios cercanos y su mapa, una línea de transporte y el horario de una parada, los avisos, la agenda y añadir un evento al calendario, la búsqueda y los avisos en el dispositivo) se realizan solo con el teclado en una pantalla de móvil y en una de escritorio. Esas pruebas comprueban que el foco siempre se ve y nunca queda oculto bajo otro elemento, que cada página tiene un único encabezado principal y las regiones habituales, y que los resultados, los avisos descartados y la configuración de los avisos se anuncian a los lectores de pantalla.',
          '## Contenido no accesible',
          'Falta de conformidad: algunos documentos PDF publicados antes de 2024, como ordenanzas antiguas y actas de pleno, no están etiquetados y no se leen correctamente con lector de pantalla (WCAG 1.3.1 y 4.1.2). Los estamos sustituyendo por versiones accesibles, empezando por los más consultados. Solicítenos cualquiera de ellos y se lo enviaremos en formato accesible.',
          'Teselas de los mapas: si la ciudad muestra imágenes de mapa de otro proveedor, esas imágenes son contenido de terceros que el Ayuntamiento no controla y no tienen alternativa textual (WCAG 1.1.1). Los mapas son un complemento: cada lugar del mapa, con su dirección y su distancia, figura también como texto junto a él, y los marcadores del mapa se pueden usar con teclado y lector de pantalla.',
          'Carga desproporcionada: no se alega.',
          'Contenido no sujeto a la legislación aplicable: las grabaciones de sesiones plenarias publicadas antes del 23 de septiembre de 2020 y los contenidos de terceros que el Ayuntamiento no financia ni controla, como las sedes electrónicas de otras administraciones.',
          '## Preparación de la presente declaración',
          `Esta declaración se preparó el 15 de septiembre de 2025 y se revisó por última vez el ${reviewedOn.es}, a partir de una autoevaluación del equipo web municipal: revisiones automáticas de todas las plantillas de página y pruebas manuales con teclado, lectores de pantalla (NVDA, VoiceOver) y ampliación al 400 %.`,
          '## Observaciones y datos de contacto',
          'Si encuentra contenido al que no puede acceder o quiere comunicarnos cualquier problema de accesibilidad de este sitio web, escriba a accesibilidad@villamar.example, llame al 010 o utilice el trámite de quejas y sugerencias. Indíquenos la dirección de la página y el problema. Le responderemos en un plazo de 20 días hábiles.',
          '## Procedimiento de aplicación',
          'Si no está conforme con nuestra respuesta, o no la recibe en 20 días hábiles, puede presentar una reclamación ante el Ayuntamiento conforme al artículo 13 del Real Decreto 1112/2018. Se resolverá en un plazo de dos meses; si se desestima, podrá acudir a la jurisdicción contencioso-administrativa.',
        ],
      },
    },
    {
      slug: 'privacy',
      title: { en: 'Privacy', es: 'Privacidad' },
      summary: {
        en: 'What personal data this website processes, why, and your rights.',
        es: 'Qué datos personales trata este sitio web, para qué y cuáles son sus derechos.',
      },
      body: {
        en: [
          'The controller of the personal data processed through this website is Villamar City Council, Plaza del Ayuntamiento 1, 46002 Villamar. You can contact the Data Protection Officer at dpd@villamar.example.',
          '## What we process and why',
          'Browsing this portal requires no personal data. It uses only technical cookies needed for it to work (your language and, for staff, the session), and no analytics or advertising cookies.',
          'Procedures are carried out in the electronic office, where the data you give are used only to handle your request, in the exercise of public powers (article 6.1.e of the General Data Protection Regulation), and kept for as long as the law on archives requires.',
          '## Notifications and the city app',
          'If you ask to be notified ("Notify me"), we store what your browser gives us to reach this device (the push service address and its encryption keys), the choices you make (alerts, districts or area, transit lines, agenda topics), your language and the dates of the last deliveries. No account, name or contact details. You can change or stop this at any time, which deletes it.',
          'If you connect your electronic office, we store a keyed hash of the identity you proved when signing in (not your name, ID number or identifier itself), the devices you link, and for each message the electronic office sends you a notice with its subject, date and link, kept for 90 days unless the city sets another period. The message itself stays in the electronic office. Disconnecting deletes the link, the notices and the list of devices. The sign-in cookie lasts one hour.',
          'There is no tracking: no analytics, no advertising identifiers, and nothing is shared with anyone else.',
          '## Your rights',
          'You can access, rectify or erase your data, object to or restrict their processing, by writing to the Data Protection Officer. If you think your rights have not been respected, you can complain to the Spanish Data Protection Agency (www.aepd.es).',
        ],
        es: [
          'El responsable de los datos personales que se tratan a través de este sitio web es el Ayuntamiento de Villamar, Plaza del Ayuntamiento 1, 46002 Villamar. Puede contactar con la Delegación de Protección de Datos en dpd@villamar.example.',
          '## Qué tratamos y para qué',
          'Navegar por este portal no requiere datos personales. Solo utiliza las cookies técnicas necesarias para funcionar (su idioma y, para el personal municipal, la sesión), y ninguna cookie de analítica ni de publicidad.',
          'Los trámites se realizan en la sede electrónica, donde los datos que facilite se usan únicamente para gestionar su solicitud, en ejercicio de poderes públicos (artículo 6.1.e del Reglamento General de Protección de Datos), y se conservan el tiempo que exige la normativa de archivos.',
          '## Avisos y la app de la ciudad',
          'Si pide recibir avisos («Avisarme»), guardamos lo que su navegador nos da para llegar a este dispositivo (la dirección del servicio de notificaciones y sus claves de cifrado), lo que elige (alertas, distritos o zona, líneas de transporte, temas de la agenda), su idioma y las fechas de los últimos envíos. Ni cuenta, ni nombre, ni datos de contacto. Puede cambiarlo o dejarlo en cualquier momento, y entonces se borra.',
          'Si conecta su sede electrónica, guardamos un resumen cifrado con clave (hash) de la identidad que acreditó al identificarse (no su nombre, DNI ni el identificador mismo), los dispositivos que vincule y, por cada mensaje que le envíe la sede, un aviso con su asunto, fecha y enlace, que se conserva 90 días salvo que el Ayuntamiento fije otro plazo. El mensaje en sí se queda en la sede electrónica. Al desconectar se borran el vínculo, los avisos y la lista de dispositivos. La cookie de la sesión dura una hora.',
          'No hay seguimiento: ni analítica, ni identificadores publicitarios, y no se comparte nada con terceros.',
          '## Sus derechos',
          'Puede acceder a sus datos, rectificarlos o suprimirlos, oponerse a su tratamiento o limitarlo, escribiendo a la Delegación de Protección de Datos. Si considera que no se han respetado sus derechos, puede reclamar ante la Agencia Española de Protección de Datos (www.aepd.es).',
        ],
      },
    },
  ]
}
