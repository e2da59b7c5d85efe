import type { Identification } from '@/lib/eoffice/startOnline'

import type { Localized } from '../localized'

export interface ProcedureSeed {
  slug: string
  title: Localized
  summary: Localized
  /** Monthly uses from the e-office statistics: the home page's top tasks. */
  popularity: number
  topics: string[]
  department: string
  whoCanApply: Localized
  requirements: Localized[]
  documents: Localized[]
  /** Empty when the procedure is free. */
  fees: { label: Localized; amount: number; note?: Localized }[]
  deadline: Localized
  processingTime: Localized
  steps: { title: Localized; description: Localized }[]
  /** A path on the electronic office, resolved against its base URL from site settings. */
  online?: { transactionPath: string; identification: Identification }
  /** Slugs of the services where it can be done in person. */
  inPerson?: { locations: string[]; appointmentRequired: boolean }
  phone: { number: string; hours: Localized }
  legalBasis: { title: Localized; url: string }[]
  related: string[]
  /** Days before today of the last review, and after today of the next one. */
  review: { lastDaysAgo: number; nextInDays: number }
  body: Localized<string[]>
}

const CITIZEN_OFFICES = [
  'citizen-office-city-hall',
  'citizen-office-campanar',
  'citizen-office-benimaclet',
  'citizen-office-el-grau',
  'citizen-office-russafa',
]

const PHONE_010 = {
  number: '010',
  hours: {
    en: 'Monday to Friday 08:00–20:00; Saturday 09:00–14:00. From outside Villamar: +34 96 000 00 10.',
    es: 'De lunes a viernes de 08:00 a 20:00; sábados de 09:00 a 14:00. Desde fuera de Villamar: +34 96 000 00 10.',
  },
}

const LAW = {
  localGovernment: {
    title: {
      en: 'Law 7/1985 regulating the bases of local government',
      es: 'Ley 7/1985, reguladora de las Bases del Régimen Local',
    },
    url: 'https://www.boe.es/eli/es/l/1985/04/02/7',
  },
  populationRegulation: {
    title: {
      en: 'Royal Decree 1690/1986, Regulation on population and territorial demarcation of local entities',
      es: 'Real Decreto 1690/1986, Reglamento de Población y Demarcación Territorial de las Entidades Locales',
    },
    url: 'https://www.boe.es/eli/es/rd/1986/07/11/1690',
  },
  administrativeProcedure: {
    title: {
      en: 'Law 39/2015 on the common administrative procedure of public administrations',
      es: 'Ley 39/2015, del Procedimiento Administrativo Común de las Administraciones Públicas',
    },
    url: 'https://www.boe.es/eli/es/l/2015/10/01/39',
  },
  localFinance: {
    title: {
      en: 'Royal Legislative Decree 2/2004, consolidated text of the Local Finance Law',
      es: 'Real Decreto Legislativo 2/2004, texto refundido de la Ley Reguladora de las Haciendas Locales',
    },
    url: 'https://www.boe.es/eli/es/rdlg/2004/03/05/2',
  },
  traffic: {
    title: {
      en: 'Royal Legislative Decree 6/2015, consolidated text of the Traffic and Road Safety Law',
      es: 'Real Decreto Legislativo 6/2015, texto refundido de la Ley sobre Tráfico y Seguridad Vial',
    },
    url: 'https://www.boe.es/eli/es/rdlg/2015/10/30/6',
  },
}

export const procedures: ProcedureSeed[] = [
  {
    slug: 'register-certificate',
    title: { en: 'Register certificate', es: 'Certificado de empadronamiento' },
    summary: {
      en: 'Get a certificate showing that you are registered as living at your address in Villamar. Free, online in a few minutes.',
      es: 'Obtenga el documento que acredita que está empadronado en su domicilio de Villamar. Gratuito y en línea en unos minutos.',
    },
    popularity: 18400,
    topics: ['certificates-registry'],
    department: 'citizen-services',
    whoCanApply: {
      en: 'Anyone registered in Villamar, for themselves or for the minors and people under their guardianship registered at the same address. A third party can apply with a signed authorisation.',
      es: 'Cualquier persona empadronada en Villamar, para sí misma o para los menores y personas bajo su tutela empadronados en el mismo domicilio. Otra persona puede solicitarlo con una autorización firmada.',
    },
    requirements: [
      { en: 'Being registered in the Villamar municipal register.', es: 'Estar inscrito en el padrón municipal de Villamar.' },
      { en: 'Proving your identity (online with Cl@ve or a digital certificate).', es: 'Acreditar su identidad (en línea con Cl@ve o certificado digital).' },
    ],
    documents: [
      { en: 'Identity document (DNI, NIE or passport), only in person.', es: 'Documento de identidad (DNI, NIE o pasaporte), solo en persona.' },
      { en: 'Signed authorisation and copy of the applicant’s identity document, when applying for someone else.', es: 'Autorización firmada y copia del documento de identidad de la persona interesada, si lo solicita otra persona.' },
    ],
    fees: [],
    deadline: { en: 'You can apply at any time.', es: 'Puede solicitarlo en cualquier momento.' },
    processingTime: {
      en: 'Immediate online and at the office; 3 working days by post.',
      es: 'Inmediato en línea y en la oficina; 3 días hábiles por correo postal.',
    },
    steps: [
      {
        title: { en: 'Choose the type of certificate', es: 'Elija el tipo de certificado' },
        description: {
          en: 'Individual (only you) or collective (everyone registered at your address). Historical certificates list your previous addresses in Villamar.',
          es: 'Individual (solo usted) o colectivo (todas las personas empadronadas en su domicilio). El histórico incluye sus domicilios anteriores en Villamar.',
        },
      },
      {
        title: { en: 'Identify yourself', es: 'Identifíquese' },
        description: {
          en: 'Online with Cl@ve PIN, Cl@ve Permanente or a digital certificate; at the office with your identity document.',
          es: 'En línea con Cl@ve PIN, Cl@ve Permanente o certificado digital; en la oficina con su documento de identidad.',
        },
      },
      {
        title: { en: 'Download or collect the certificate', es: 'Descargue o recoja el certificado' },
        description: {
          en: 'The certificate is issued as a PDF with a secure verification code, valid for any administration for three months.',
          es: 'El certificado se emite en PDF con código seguro de verificación y es válido ante cualquier administración durante tres meses.',
        },
      },
    ],
    online: { transactionPath: '/procedures/register-certificate', identification: 'password' },
    inPerson: { locations: CITIZEN_OFFICES, appointmentRequired: false },
    phone: PHONE_010,
    legalBasis: [LAW.localGovernment, LAW.populationRegulation],
    related: ['register-registration', 'change-of-address-register'],
    review: { lastDaysAgo: 21, nextInDays: 344 },
    body: {
      en: [
        'Most administrations can check your registration directly, so you may not need a certificate: ask the body that requests it whether they can consult it themselves.',
        '## Without an appointment',
        'Every citizen service office issues certificates without an appointment from 08:30 to 10:00.',
      ],
      es: [
        'La mayoría de administraciones pueden consultar directamente su empadronamiento, así que quizá no necesite el certificado: pregunte al organismo que se lo pide si puede consultarlo.',
        '## Sin cita previa',
        'Todas las oficinas de atención a la ciudadanía expiden certificados sin cita de 08:30 a 10:00.',
      ],
    },
  },
  {
    slug: 'register-registration',
    title: { en: 'Register as a resident', es: 'Alta en el padrón municipal' },
    summary: {
      en: 'Register in the municipal register when you move to Villamar. It is compulsory and gives access to health care, schools and local services.',
      es: 'Inscríbase en el padrón cuando llegue a vivir a Villamar. Es obligatorio y da acceso a la sanidad, la escolarización y los servicios municipales.',
    },
    popularity: 6200,
    topics: ['certificates-registry'],
    department: 'citizen-services',
    whoCanApply: {
      en: 'Anyone who lives in Villamar most of the year, whatever their nationality or residence status.',
      es: 'Toda persona que viva en Villamar la mayor parte del año, sea cual sea su nacionalidad o situación administrativa.',
    },
    requirements: [
      { en: 'Living at the address you register.', es: 'Residir en el domicilio en el que se inscribe.' },
      { en: 'Not being registered at another address (the previous municipality is informed automatically).', es: 'No estar inscrito en otro domicilio (el municipio anterior recibe la baja de oficio).' },
      { en: 'Consent of the owner or main tenant when you are not the owner or tenant yourself.', es: 'Autorización de la persona propietaria o titular del contrato cuando usted no lo es.' },
    ],
    documents: [
      { en: 'Identity document of every person registering (DNI, NIE, passport; family book or birth certificate for children).', es: 'Documento de identidad de cada persona (DNI, NIE, pasaporte; libro de familia o partida de nacimiento para menores).' },
      { en: 'Title deed, rental contract or a recent utility bill for the address.', es: 'Escritura, contrato de alquiler o factura reciente de suministros del domicilio.' },
      { en: 'Signed authorisation of the owner or tenant, if applicable.', es: 'Autorización firmada de la persona propietaria o arrendataria, si procede.' },
    ],
    fees: [],
    deadline: { en: 'As soon as you move to Villamar.', es: 'En cuanto se traslade a Villamar.' },
    processingTime: {
      en: 'Immediate at the office; up to 10 working days online.',
      es: 'Inmediato en la oficina; hasta 10 días hábiles en línea.',
    },
    steps: [
      {
        title: { en: 'Gather the documents', es: 'Reúna la documentación' },
        description: {
          en: 'For each person, an identity document, plus proof of the address.',
          es: 'Un documento de identidad por persona y un justificante del domicilio.',
        },
      },
      {
        title: { en: 'Book an appointment or apply online', es: 'Pida cita o solicítelo en línea' },
        description: {
          en: 'Appointments can be booked online or by calling 010.',
          es: 'La cita se pide en línea o llamando al 010.',
        },
      },
      {
        title: { en: 'Receive your registration', es: 'Reciba el alta' },
        description: {
          en: 'You will get a registration receipt; the certificate can be requested straight away.',
          es: 'Recibirá un justificante de inscripción; el certificado puede pedirse en ese momento.',
        },
      },
    ],
    online: { transactionPath: '/procedures/register-registration', identification: 'certificate' },
    inPerson: { locations: CITIZEN_OFFICES, appointmentRequired: true },
    phone: PHONE_010,
    legalBasis: [LAW.localGovernment, LAW.populationRegulation],
    related: ['register-certificate', 'change-of-address-register'],
    review: { lastDaysAgo: 60, nextInDays: 305 },
    body: {
      en: [
        'Registering is free and does not depend on your immigration status. Your data is used only for municipal and statistical purposes.',
        'Non-EU citizens without permanent residence must renew their registration every two years.',
      ],
      es: [
        'Empadronarse es gratuito y no depende de su situación administrativa. Sus datos se usan solo para fines municipales y estadísticos.',
        'Las personas extranjeras no comunitarias sin residencia permanente deben renovar la inscripción cada dos años.',
      ],
    },
  },
  {
    slug: 'change-of-address-register',
    title: { en: 'Change of address in the register', es: 'Cambio de domicilio en el padrón' },
    summary: {
      en: 'Update your address in the municipal register when you move within Villamar.',
      es: 'Actualice su domicilio en el padrón cuando se mude dentro de Villamar.',
    },
    popularity: 5400,
    topics: ['certificates-registry'],
    department: 'citizen-services',
    whoCanApply: {
      en: 'People registered in Villamar who move to another address in the city.',
      es: 'Personas empadronadas en Villamar que se trasladan a otro domicilio de la ciudad.',
    },
    requirements: [
      { en: 'Being registered in Villamar.', es: 'Estar empadronado en Villamar.' },
      { en: 'Living at the new address.', es: 'Residir en el nuevo domicilio.' },
    ],
    documents: [
      { en: 'Identity document of every person moving.', es: 'Documento de identidad de cada persona que se traslada.' },
      { en: 'Proof of the new address (deed, rental contract or utility bill).', es: 'Justificante del nuevo domicilio (escritura, contrato de alquiler o factura de suministros).' },
    ],
    fees: [],
    deadline: { en: 'Within one month of moving.', es: 'En el plazo de un mes desde el traslado.' },
    processingTime: {
      en: 'Immediate at the office; up to 10 working days online.',
      es: 'Inmediato en la oficina; hasta 10 días hábiles en línea.',
    },
    steps: [
      {
        title: { en: 'Apply online or at an office', es: 'Solicítelo en línea o en una oficina' },
        description: {
          en: 'Fill in the change of address form with the new address and the people moving.',
          es: 'Cumplimente el formulario con el nuevo domicilio y las personas que se trasladan.',
        },
      },
      {
        title: { en: 'Attach the proof of address', es: 'Adjunte el justificante del domicilio' },
        description: {
          en: 'Upload or bring the deed, rental contract or a utility bill.',
          es: 'Adjunte o traiga la escritura, el contrato de alquiler o una factura.',
        },
      },
      {
        title: { en: 'Update your vehicle and tax address', es: 'Actualice el domicilio de vehículos y tributos' },
        description: {
          en: 'You can ask in the same application for your vehicle tax and tax notices to be sent to the new address.',
          es: 'En la misma solicitud puede pedir que el impuesto de vehículos y las notificaciones tributarias se envíen al nuevo domicilio.',
        },
      },
    ],
    online: { transactionPath: '/procedures/change-of-address', identification: 'certificate' },
    inPerson: { locations: CITIZEN_OFFICES, appointmentRequired: true },
    phone: PHONE_010,
    legalBasis: [LAW.populationRegulation],
    related: ['register-certificate', 'register-registration'],
    review: { lastDaysAgo: 95, nextInDays: 270 },
    body: {
      en: ['Your new address is passed on to the Traffic Department (DGT) and the electoral roll automatically.'],
      es: ['El nuevo domicilio se comunica de oficio a la Dirección General de Tráfico y al censo electoral.'],
    },
  },
  {
    slug: 'municipal-tax-payment',
    title: { en: 'Pay municipal taxes', es: 'Pago de tributos municipales' },
    summary: {
      en: 'Pay property tax, vehicle tax, the waste fee and other municipal taxes online, at an office or at a partner bank.',
      es: 'Pague el IBI, el impuesto de vehículos, la tasa de residuos y otros tributos municipales en línea, en una oficina o en una entidad colaboradora.',
    },
    popularity: 14200,
    topics: ['taxes-fees'],
    department: 'finance-taxation',
    whoCanApply: {
      en: 'The taxpayer or anyone paying on their behalf; no identification is needed to pay a notice with its reference.',
      es: 'La persona obligada al pago o cualquiera en su nombre; para pagar un recibo con su referencia no hace falta identificarse.',
    },
    requirements: [
      { en: 'The payment notice or its reference number (or your tax ID to look it up).', es: 'El recibo o su referencia (o su NIF para buscarlo).' },
      { en: 'A bank card or a bank account for online payment.', es: 'Una tarjeta bancaria o una cuenta para el pago en línea.' },
    ],
    documents: [
      { en: 'Payment notice (not needed online if you identify yourself).', es: 'Recibo o carta de pago (no es necesario en línea si se identifica).' },
    ],
    fees: [],
    deadline: {
      en: 'Voluntary payment period: property tax 1 September – 5 November; vehicle tax 1 April – 5 June.',
      es: 'Periodo voluntario: IBI del 1 de septiembre al 5 de noviembre; vehículos del 1 de abril al 5 de junio.',
    },
    processingTime: {
      en: 'Immediate; the receipt is valid as proof of payment.',
      es: 'Inmediato; el justificante sirve como prueba de pago.',
    },
    steps: [
      {
        title: { en: 'Find your notice', es: 'Localice su recibo' },
        description: {
          en: 'Enter the reference from the notice, or identify yourself to see all your pending payments.',
          es: 'Introduzca la referencia del recibo o identifíquese para ver todos sus pagos pendientes.',
        },
      },
      {
        title: { en: 'Pay', es: 'Pague' },
        description: {
          en: 'By card, Bizum or charge to your account. At an office, by card only.',
          es: 'Con tarjeta, Bizum o cargo en cuenta. En la oficina, solo con tarjeta.',
        },
      },
      {
        title: { en: 'Keep the receipt', es: 'Guarde el justificante' },
        description: {
          en: 'Download the receipt; it is also kept in your tax account.',
          es: 'Descargue el justificante; también queda en su carpeta tributaria.',
        },
      },
    ],
    online: { transactionPath: '/procedures/tax-payment', identification: 'none' },
    inPerson: {
      locations: ['tax-office', 'citizen-office-city-hall', 'citizen-office-russafa'],
      appointmentRequired: false,
    },
    phone: PHONE_010,
    legalBasis: [LAW.localFinance],
    related: ['property-tax-direct-debit', 'vehicle-tax'],
    review: { lastDaysAgo: 30, nextInDays: 150 },
    body: {
      en: [
        'After the voluntary period, a surcharge of 5 % to 20 % is added and the debt is collected by enforcement.',
        '## Can’t pay it all at once?',
        'You can ask to pay in instalments: up to 12 monthly payments without guarantees for debts under 30,000 euros.',
      ],
      es: [
        'Tras el periodo voluntario se aplica un recargo del 5 % al 20 % y la deuda se cobra por la vía de apremio.',
        '## ¿No puede pagarlo de una vez?',
        'Puede solicitar un fraccionamiento: hasta 12 plazos mensuales sin garantías para deudas inferiores a 30.000 euros.',
      ],
    },
  },
  {
    slug: 'traffic-fine-payment',
    title: { en: 'Pay a traffic fine', es: 'Pago de multas de tráfico' },
    summary: {
      en: 'Pay a municipal traffic or parking fine. Paying within 20 days halves the amount.',
      es: 'Pague una multa de tráfico o de aparcamiento municipal. Si paga en 20 días, el importe se reduce a la mitad.',
    },
    popularity: 9800,
    topics: ['traffic-mobility', 'taxes-fees'],
    department: 'mobility-police',
    whoCanApply: {
      en: 'The person fined, the vehicle owner or anyone on their behalf.',
      es: 'La persona denunciada, la titular del vehículo o cualquiera en su nombre.',
    },
    requirements: [
      { en: 'The fine reference number (on the ticket or notification) or the vehicle number plate.', es: 'El número de expediente de la multa (en el boletín o la notificación) o la matrícula del vehículo.' },
    ],
    documents: [
      { en: 'The ticket or the notification of the fine.', es: 'El boletín de denuncia o la notificación de la multa.' },
    ],
    fees: [
      {
        label: { en: 'Minor offence (e.g. parking in a loading bay)', es: 'Infracción leve (p. ej., aparcar en zona de carga y descarga)' },
        amount: 100,
        note: { en: '50 euros if paid within 20 calendar days', es: '50 euros si se paga en 20 días naturales' },
      },
      {
        label: { en: 'Serious offence (e.g. parking on a pedestrian crossing)', es: 'Infracción grave (p. ej., estacionar en un paso de peatones)' },
        amount: 200,
        note: { en: '100 euros if paid within 20 calendar days', es: '100 euros si se paga en 20 días naturales' },
      },
    ],
    deadline: {
      en: '20 calendar days from notification for the 50 % reduction.',
      es: '20 días naturales desde la notificación para la reducción del 50 %.',
    },
    processingTime: { en: 'Immediate.', es: 'Inmediato.' },
    steps: [
      {
        title: { en: 'Find the fine', es: 'Localice la multa' },
        description: {
          en: 'Enter the reference number, or the number plate and the date of the offence.',
          es: 'Introduzca el número de expediente, o la matrícula y la fecha de la infracción.',
        },
      },
      {
        title: { en: 'Check the amount', es: 'Compruebe el importe' },
        description: {
          en: 'Within 20 days of notification the reduced amount is shown automatically.',
          es: 'Dentro de los 20 días desde la notificación se muestra automáticamente el importe reducido.',
        },
      },
      {
        title: { en: 'Pay and keep the receipt', es: 'Pague y guarde el justificante' },
        description: {
          en: 'Paying with the reduction ends the procedure and waives the right to appeal.',
          es: 'Pagar con reducción pone fin al procedimiento y supone renunciar a presentar alegaciones.',
        },
      },
    ],
    online: { transactionPath: '/procedures/traffic-fine-payment', identification: 'none' },
    inPerson: {
      locations: ['citizen-office-city-hall', 'citizen-office-campanar', 'citizen-office-benimaclet', 'citizen-office-russafa'],
      appointmentRequired: false,
    },
    phone: { number: '+34 96 000 00 10', hours: PHONE_010.hours },
    legalBasis: [LAW.traffic],
    related: ['traffic-fine-appeal', 'municipal-tax-payment'],
    review: { lastDaysAgo: 45, nextInDays: 320 },
    body: {
      en: ['Paying with the reduction does not remove points from your licence for offences that carry them, and the fine does not appear on your criminal record.'],
      es: ['El pago con reducción no evita la pérdida de puntos en las infracciones que la conllevan, y la multa no consta en antecedentes penales.'],
    },
  },
  {
    slug: 'traffic-fine-appeal',
    title: { en: 'Appeal a traffic fine', es: 'Alegaciones y recurso contra una multa de tráfico' },
    summary: {
      en: 'Challenge a municipal traffic fine or identify the driver who was at the wheel.',
      es: 'Presente alegaciones contra una multa de tráfico municipal o identifique a la persona que conducía.',
    },
    popularity: 2100,
    topics: ['traffic-mobility'],
    department: 'mobility-police',
    whoCanApply: {
      en: 'The person fined or the vehicle owner, or their representative.',
      es: 'La persona denunciada o la titular del vehículo, o su representante.',
    },
    requirements: [
      { en: 'Not having paid the fine with the reduction.', es: 'No haber pagado la multa con reducción.' },
      { en: 'Applying within the deadline.', es: 'Presentarlo dentro de plazo.' },
    ],
    documents: [
      { en: 'The notification of the fine.', es: 'La notificación de la multa.' },
      { en: 'Any evidence supporting your appeal (photos, tickets, witness statements).', es: 'Las pruebas que apoyen sus alegaciones (fotografías, tiques, testimonios).' },
      { en: 'For driver identification: the driver’s name, ID and licence number.', es: 'Para identificar al conductor: nombre, documento de identidad y número de permiso.' },
    ],
    fees: [],
    deadline: {
      en: '20 calendar days from notification of the fine; one month from the penalty decision for an appeal for reconsideration.',
      es: '20 días naturales desde la notificación de la denuncia; un mes desde la resolución sancionadora para el recurso de reposición.',
    },
    processingTime: {
      en: 'The city has one year to decide; you will be notified of the decision.',
      es: 'El Ayuntamiento dispone de un año para resolver; se le notificará la resolución.',
    },
    steps: [
      {
        title: { en: 'Write your statement', es: 'Redacte sus alegaciones' },
        description: {
          en: 'Explain why you disagree with the fine and attach your evidence.',
          es: 'Explique por qué no está de acuerdo con la multa y adjunte sus pruebas.',
        },
      },
      {
        title: { en: 'Submit it', es: 'Preséntelas' },
        description: {
          en: 'Online with a digital certificate or Cl@ve, or at any citizen service office.',
          es: 'En línea con certificado digital o Cl@ve, o en cualquier oficina de atención a la ciudadanía.',
        },
      },
      {
        title: { en: 'Wait for the decision', es: 'Espere la resolución' },
        description: {
          en: 'The officer who issued the fine reports on your statement before the decision.',
          es: 'El agente denunciante informa sobre sus alegaciones antes de resolver.',
        },
      },
      {
        title: { en: 'Appeal further if needed', es: 'Recurra si es necesario' },
        description: {
          en: 'Against the decision you can file an appeal for reconsideration, or go to the administrative courts.',
          es: 'Contra la resolución puede interponer recurso de reposición o acudir a la vía contencioso-administrativa.',
        },
      },
    ],
    online: { transactionPath: '/procedures/traffic-fine-appeal', identification: 'certificate' },
    inPerson: { locations: CITIZEN_OFFICES, appointmentRequired: true },
    phone: PHONE_010,
    legalBasis: [LAW.traffic, LAW.administrativeProcedure],
    related: ['traffic-fine-payment'],
    review: { lastDaysAgo: 45, nextInDays: 320 },
    body: {
      en: ['Submitting a statement stops the payment deadline, but you lose the 50 % reduction if the fine is upheld.'],
      es: ['Presentar alegaciones suspende el plazo de pago, pero si se confirma la multa pierde la reducción del 50 %.'],
    },
  },
  {
    slug: 'property-tax-direct-debit',
    title: { en: 'Property tax (IBI) direct debit', es: 'Domiciliación del IBI' },
    summary: {
      en: 'Have your property tax charged to your bank account and get a 2 % discount, with the option of splitting it into two payments.',
      es: 'Domicilie el IBI en su cuenta bancaria y obtenga un 2 % de bonificación, con la opción de pagarlo en dos plazos.',
    },
    popularity: 3100,
    topics: ['taxes-fees', 'housing-urban-planning'],
    department: 'finance-taxation',
    whoCanApply: {
      en: 'The owner of the property or their representative.',
      es: 'La persona titular del inmueble o su representante.',
    },
    requirements: [
      { en: 'Being the taxpayer for the property.', es: 'Ser sujeto pasivo del impuesto del inmueble.' },
      { en: 'A bank account in the SEPA area.', es: 'Una cuenta bancaria de la zona SEPA.' },
    ],
    documents: [
      { en: 'IBAN of the account, and the account holder’s consent if it is not yours.', es: 'IBAN de la cuenta y autorización de la persona titular si no es usted.' },
    ],
    fees: [],
    deadline: {
      en: 'Before 1 June to apply to this year’s tax.',
      es: 'Antes del 1 de junio para que se aplique al impuesto de este año.',
    },
    processingTime: {
      en: 'Confirmed within 5 working days.',
      es: 'Se confirma en 5 días hábiles.',
    },
    steps: [
      {
        title: { en: 'Identify yourself', es: 'Identifíquese' },
        description: {
          en: 'Sign in with Cl@ve or your digital certificate to see your properties.',
          es: 'Acceda con Cl@ve o certificado digital para ver sus inmuebles.',
        },
      },
      {
        title: { en: 'Choose the properties and the account', es: 'Elija los inmuebles y la cuenta' },
        description: {
          en: 'Select one or two instalments (July and November).',
          es: 'Elija uno o dos plazos (julio y noviembre).',
        },
      },
      {
        title: { en: 'Confirm', es: 'Confirme' },
        description: {
          en: 'The direct debit stays in force for future years until you cancel it.',
          es: 'La domiciliación se mantiene en los años siguientes hasta que la anule.',
        },
      },
    ],
    online: { transactionPath: '/procedures/direct-debit', identification: 'password' },
    inPerson: { locations: ['tax-office'], appointmentRequired: false },
    phone: PHONE_010,
    legalBasis: [LAW.localFinance],
    related: ['municipal-tax-payment'],
    review: { lastDaysAgo: 120, nextInDays: 245 },
    body: {
      en: ['Large families and homes with solar panels can also apply for a rebate of up to 50 %. Ask at the Tax Office.'],
      es: ['Las familias numerosas y las viviendas con placas solares pueden solicitar además una bonificación de hasta el 50 %. Infórmese en la Oficina de Gestión Tributaria.'],
    },
  },
  {
    slug: 'vehicle-tax',
    title: { en: 'Vehicle tax', es: 'Impuesto sobre vehículos de tracción mecánica' },
    summary: {
      en: 'The annual tax on vehicles registered in Villamar: amounts, rebates for electric and historic vehicles, and how to pay.',
      es: 'El impuesto anual de los vehículos domiciliados en Villamar: cuotas, bonificaciones para vehículos eléctricos e históricos y cómo pagarlo.',
    },
    popularity: 2600,
    topics: ['taxes-fees', 'traffic-mobility'],
    department: 'finance-taxation',
    whoCanApply: {
      en: 'The person or company in whose name the vehicle is registered with the Traffic Department (DGT) at an address in Villamar.',
      es: 'La persona o empresa a cuyo nombre consta el vehículo en la DGT con domicilio en Villamar.',
    },
    requirements: [
      { en: 'Owning a vehicle registered at an address in Villamar on 1 January.', es: 'Ser titular de un vehículo domiciliado en Villamar a 1 de enero.' },
    ],
    documents: [
      { en: 'Vehicle registration certificate, for rebates.', es: 'Permiso de circulación, para las bonificaciones.' },
      { en: 'Certificate of disability of 33 % or more, for the exemption.', es: 'Certificado de discapacidad igual o superior al 33 %, para la exención.' },
    ],
    fees: [
      { label: { en: 'Car under 8 fiscal HP', es: 'Turismo de menos de 8 CV fiscales' }, amount: 23.98 },
      { label: { en: 'Car 8 to 11.99 fiscal HP', es: 'Turismo de 8 a 11,99 CV fiscales' }, amount: 64.75 },
      { label: { en: 'Car 12 to 15.99 fiscal HP', es: 'Turismo de 12 a 15,99 CV fiscales' }, amount: 136.69 },
      {
        label: { en: 'Car 16 fiscal HP or more', es: 'Turismo de 16 CV fiscales o más' },
        amount: 170.26,
        note: { en: '212.80 euros from 20 fiscal HP', es: '212,80 euros a partir de 20 CV fiscales' },
      },
      {
        label: { en: 'Motorcycle up to 125 cc', es: 'Motocicleta hasta 125 cc' },
        amount: 8.39,
        note: { en: 'Electric vehicles: 75 % rebate', es: 'Vehículos eléctricos: bonificación del 75 %' },
      },
    ],
    deadline: { en: '1 April to 5 June.', es: 'Del 1 de abril al 5 de junio.' },
    processingTime: {
      en: 'Rebate applications are decided within one month.',
      es: 'Las solicitudes de bonificación se resuelven en un mes.',
    },
    steps: [
      {
        title: { en: 'Check your notice', es: 'Consulte su recibo' },
        description: {
          en: 'The notice is sent in March to the address registered with the DGT.',
          es: 'El recibo se envía en marzo al domicilio que consta en la DGT.',
        },
      },
      {
        title: { en: 'Apply for rebates or exemptions', es: 'Solicite bonificaciones o exenciones' },
        description: {
          en: 'Before 31 January for them to apply in the same year.',
          es: 'Antes del 31 de enero para que se apliquen ese mismo año.',
        },
      },
      {
        title: { en: 'Pay or set up a direct debit', es: 'Pague o domicilie' },
        description: {
          en: 'Online, at a partner bank or at the Tax Office.',
          es: 'En línea, en una entidad colaboradora o en la Oficina de Gestión Tributaria.',
        },
      },
    ],
    online: { transactionPath: '/procedures/vehicle-tax', identification: 'password' },
    inPerson: { locations: ['tax-office'], appointmentRequired: false },
    phone: PHONE_010,
    legalBasis: [LAW.localFinance],
    related: ['municipal-tax-payment', 'disabled-parking-card'],
    review: { lastDaysAgo: 200, nextInDays: 165 },
    body: {
      en: ['Amounts are the national minimums multiplied by the coefficient of 1.9 set in the municipal tax bylaw.'],
      es: ['Las cuotas son las mínimas estatales multiplicadas por el coeficiente 1,9 que fija la ordenanza fiscal.'],
    },
  },
  {
    slug: 'minor-works-notice',
    title: { en: 'Minor works notice', es: 'Declaración responsable de obra menor' },
    summary: {
      en: 'Notify the city before small building works inside a home or shop, such as replacing a kitchen, bathroom or floors.',
      es: 'Comunique al Ayuntamiento las obras pequeñas en el interior de una vivienda o local, como cambiar cocina, baño o suelos.',
    },
    popularity: 1900,
    topics: ['housing-urban-planning'],
    department: 'urban-planning-housing',
    whoCanApply: {
      en: 'The owner or tenant of the property, or the builder on their behalf.',
      es: 'La persona propietaria o arrendataria del inmueble, o la empresa constructora en su nombre.',
    },
    requirements: [
      { en: 'Works that do not alter the structure, the façade or the layout of the building.', es: 'Obras que no afecten a la estructura, la fachada ni la distribución del edificio.' },
      { en: 'Works not in a listed building (those need a permit).', es: 'Obras fuera de edificios protegidos (estas requieren licencia).' },
      { en: 'Paying the fee and the construction tax before starting.', es: 'Abonar la tasa y el impuesto de construcciones antes de empezar.' },
    ],
    documents: [
      { en: 'Description and budget of the works.', es: 'Descripción y presupuesto de las obras.' },
      { en: 'Photos of the current state.', es: 'Fotografías del estado actual.' },
      { en: 'Waste management deposit receipt for rubble.', es: 'Justificante de la fianza de gestión de residuos de obra.' },
    ],
    fees: [
      {
        label: { en: 'Urban planning fee', es: 'Tasa urbanística' },
        amount: 60,
        note: { en: 'Plus the construction tax (ICIO): 4 % of the budget', es: 'Más el impuesto de construcciones (ICIO): 4 % del presupuesto' },
      },
    ],
    deadline: { en: 'Before starting the works.', es: 'Antes de iniciar las obras.' },
    processingTime: {
      en: 'You can start as soon as you submit the notice; the city checks it within 3 months.',
      es: 'Puede empezar en cuanto presente la declaración; el Ayuntamiento la comprueba en 3 meses.',
    },
    steps: [
      {
        title: { en: 'Check that your works qualify', es: 'Compruebe que su obra encaja' },
        description: {
          en: 'If in doubt, ask the Urban Planning Information Office.',
          es: 'Si tiene dudas, consulte en la Oficina de Información Urbanística.',
        },
      },
      {
        title: { en: 'Pay the fee and the tax', es: 'Pague la tasa y el impuesto' },
        description: {
          en: 'Generate the self-assessment online and pay it.',
          es: 'Genere la autoliquidación en línea y abónela.',
        },
      },
      {
        title: { en: 'Submit the notice', es: 'Presente la declaración' },
        description: {
          en: 'With the documents and the payment receipts.',
          es: 'Con la documentación y los justificantes de pago.',
        },
      },
      {
        title: { en: 'Keep a copy on site', es: 'Guarde una copia en la obra' },
        description: {
          en: 'Inspectors may ask to see it during the works.',
          es: 'La inspección puede pedirla durante las obras.',
        },
      },
    ],
    online: { transactionPath: '/procedures/minor-works', identification: 'certificate' },
    inPerson: { locations: ['urban-planning-office'], appointmentRequired: true },
    phone: { number: '+34 96 000 00 10', hours: PHONE_010.hours },
    legalBasis: [
      {
        title: { en: 'Law 38/1999 on building regulation', es: 'Ley 38/1999, de Ordenación de la Edificación' },
        url: 'https://www.boe.es/eli/es/l/1999/11/05/38',
      },
      LAW.localFinance,
    ],
    related: ['business-activity-licence', 'bulky-waste-collection'],
    review: { lastDaysAgo: 150, nextInDays: 215 },
    body: {
      en: ['Scaffolding or a skip on the public street needs a separate occupation permit.'],
      es: ['Los andamios o contenedores en la vía pública necesitan una autorización de ocupación aparte.'],
    },
  },
  {
    slug: 'business-activity-licence',
    title: { en: 'Business activity licence', es: 'Licencia de apertura de actividad' },
    summary: {
      en: 'Open a shop, office, bar or workshop: which notice or licence you need and how to apply.',
      es: 'Abra una tienda, oficina, bar o taller: qué declaración o licencia necesita y cómo solicitarla.',
    },
    popularity: 850,
    topics: ['business-employment', 'housing-urban-planning'],
    department: 'economic-development',
    whoCanApply: {
      en: 'The person or company that will run the business.',
      es: 'La persona o empresa que va a ejercer la actividad.',
    },
    requirements: [
      { en: 'Premises whose planning use allows the activity.', es: 'Un local cuyo uso urbanístico permita la actividad.' },
      { en: 'Compliance with fire safety, accessibility and noise rules.', es: 'Cumplir la normativa de incendios, accesibilidad y ruido.' },
      { en: 'A technical project signed by a qualified professional for activities with environmental impact (bars, workshops).', es: 'Proyecto técnico firmado por profesional competente para actividades con incidencia ambiental (bares, talleres).' },
    ],
    documents: [
      { en: 'Notice or application form.', es: 'Impreso de declaración responsable o solicitud.' },
      { en: 'Plan of the premises and technical report or project.', es: 'Plano del local y memoria o proyecto técnico.' },
      { en: 'Proof of payment of the fee.', es: 'Justificante del pago de la tasa.' },
    ],
    fees: [
      { label: { en: 'Premises up to 100 m²', es: 'Locales de hasta 100 m²' }, amount: 250 },
      { label: { en: 'Premises of 101 to 500 m²', es: 'Locales de 101 a 500 m²' }, amount: 600 },
      {
        label: { en: 'Premises over 500 m²', es: 'Locales de más de 500 m²' },
        amount: 1200,
        note: { en: '50 % rebate for businesses opened by under-30s', es: 'Bonificación del 50 % para negocios de menores de 30 años' },
      },
    ],
    deadline: { en: 'Before opening.', es: 'Antes de la apertura.' },
    processingTime: {
      en: 'Shops and offices can open on submitting the notice; licences are decided within 3 months.',
      es: 'Comercios y oficinas pueden abrir al presentar la declaración; las licencias se resuelven en 3 meses.',
    },
    steps: [
      {
        title: { en: 'Check the premises', es: 'Compruebe el local' },
        description: {
          en: 'Ask for a planning compatibility report before signing a lease.',
          es: 'Pida un informe de compatibilidad urbanística antes de firmar el alquiler.',
        },
      },
      {
        title: { en: 'Prepare the technical documents', es: 'Prepare la documentación técnica' },
        description: {
          en: 'The Business Support Office can review them with you.',
          es: 'La Oficina de Atención a Empresas puede revisarla con usted.',
        },
      },
      {
        title: { en: 'Pay the fee and submit', es: 'Pague la tasa y preséntela' },
        description: {
          en: 'Online with a digital certificate (compulsory for companies).',
          es: 'En línea con certificado digital (obligatorio para empresas).',
        },
      },
      {
        title: { en: 'Inspection', es: 'Inspección' },
        description: {
          en: 'An inspector may visit to check the premises match the documents.',
          es: 'La inspección puede visitar el local para comprobar que coincide con la documentación.',
        },
      },
    ],
    online: { transactionPath: '/procedures/business-licence', identification: 'certificate' },
    inPerson: { locations: ['business-support-office'], appointmentRequired: true },
    phone: { number: '+34 96 000 00 10', hours: PHONE_010.hours },
    legalBasis: [
      {
        title: { en: 'Law 12/2012 on urgent measures to liberalise trade and certain services', es: 'Ley 12/2012, de medidas urgentes de liberalización del comercio y de determinados servicios' },
        url: 'https://www.boe.es/eli/es/l/2012/12/26/12',
      },
    ],
    related: ['minor-works-notice'],
    review: { lastDaysAgo: 75, nextInDays: 290 },
    body: {
      en: ['Companies must deal with the city electronically. Self-employed people may choose to apply in person.'],
      es: ['Las empresas están obligadas a relacionarse electrónicamente con el Ayuntamiento. Las personas autónomas pueden elegir hacerlo en persona.'],
    },
  },
  {
    slug: 'bulky-waste-collection',
    title: { en: 'Bulky waste collection', es: 'Recogida de muebles y enseres' },
    summary: {
      en: 'Book a free collection of furniture, mattresses and large appliances from outside your door.',
      es: 'Reserve la recogida gratuita de muebles, colchones y electrodomésticos grandes en la puerta de su casa.',
    },
    popularity: 4300,
    topics: ['environment-waste'],
    department: 'environment-urban-services',
    whoCanApply: {
      en: 'Residents of Villamar, for household items. Businesses must use an authorised waste manager.',
      es: 'Vecinos de Villamar, para enseres domésticos. Los comercios deben recurrir a un gestor autorizado.',
    },
    requirements: [
      { en: 'Up to 5 items per collection.', es: 'Hasta 5 objetos por recogida.' },
      { en: 'Leaving the items at the street door the evening before, between 20:00 and 22:00.', es: 'Dejar los objetos en la puerta de la calle la víspera, entre las 20:00 y las 22:00.' },
    ],
    documents: [{ en: 'None.', es: 'Ninguno.' }],
    fees: [],
    deadline: { en: 'Book at least 2 days ahead.', es: 'Reserve con al menos 2 días de antelación.' },
    processingTime: {
      en: 'Collection within a week of booking.',
      es: 'Recogida en la semana siguiente a la reserva.',
    },
    steps: [
      {
        title: { en: 'Book a day', es: 'Reserve un día' },
        description: {
          en: 'Online or by calling 010; list the items.',
          es: 'En línea o llamando al 010; indique los objetos.',
        },
      },
      {
        title: { en: 'Put the items out', es: 'Saque los objetos' },
        description: {
          en: 'The evening before, next to your door, without blocking the pavement.',
          es: 'La víspera, junto a su portal, sin obstaculizar la acera.',
        },
      },
      {
        title: { en: 'Collection', es: 'Recogida' },
        description: {
          en: 'The truck comes the next morning before 10:00.',
          es: 'El camión pasa a la mañana siguiente antes de las 10:00.',
        },
      },
    ],
    online: { transactionPath: '/procedures/bulky-waste', identification: 'none' },
    phone: PHONE_010,
    legalBasis: [
      {
        title: { en: 'Law 7/2022 on waste and contaminated soils for a circular economy', es: 'Ley 7/2022, de residuos y suelos contaminados para una economía circular' },
        url: 'https://www.boe.es/eli/es/l/2022/04/08/7',
      },
    ],
    related: ['minor-works-notice'],
    review: { lastDaysAgo: 10, nextInDays: 355 },
    body: {
      en: ['Leaving furniture in the street without booking can be fined up to 750 euros. Small items can go to the mobile recycling point.'],
      es: ['Abandonar muebles en la calle sin reserva puede sancionarse con hasta 750 euros. Los objetos pequeños pueden llevarse al ecoparque móvil.'],
    },
  },
  {
    slug: 'disabled-parking-card',
    title: {
      en: 'Disabled parking card',
      es: 'Tarjeta de estacionamiento para personas con movilidad reducida',
    },
    summary: {
      en: 'The European parking card for people with reduced mobility, valid throughout the EU.',
      es: 'La tarjeta europea de estacionamiento para personas con movilidad reducida, válida en toda la UE.',
    },
    popularity: 420,
    topics: ['traffic-mobility', 'social-services'],
    department: 'mobility-police',
    whoCanApply: {
      en: 'Residents of Villamar with a recognised reduced mobility, or severe visual impairment, and organisations transporting them.',
      es: 'Personas empadronadas en Villamar con movilidad reducida reconocida o con discapacidad visual grave, y entidades que las transportan.',
    },
    requirements: [
      { en: 'Being registered in Villamar.', es: 'Estar empadronado en Villamar.' },
      { en: 'A favourable reduced-mobility assessment from the regional disability centre.', es: 'Dictamen favorable de movilidad reducida del centro de valoración de la discapacidad.' },
    ],
    documents: [
      { en: 'Identity document.', es: 'Documento de identidad.' },
      { en: 'Reduced-mobility assessment.', es: 'Dictamen de movilidad reducida.' },
      { en: 'A recent passport-size photo.', es: 'Una fotografía reciente tamaño carné.' },
    ],
    fees: [],
    deadline: {
      en: 'Any time; renew it 3 months before it expires.',
      es: 'En cualquier momento; renuévela 3 meses antes de que caduque.',
    },
    processingTime: { en: 'Up to one month.', es: 'Hasta un mes.' },
    steps: [
      {
        title: { en: 'Apply', es: 'Solicítela' },
        description: {
          en: 'Online or at a citizen service office with an appointment.',
          es: 'En línea o en una oficina de atención a la ciudadanía con cita previa.',
        },
      },
      {
        title: { en: 'Collect the card', es: 'Recoja la tarjeta' },
        description: {
          en: 'You will be notified when it is ready to collect in person.',
          es: 'Se le avisará cuando esté lista para recogerla en persona.',
        },
      },
    ],
    online: { transactionPath: '/procedures/disabled-parking-card', identification: 'certificate' },
    inPerson: { locations: CITIZEN_OFFICES, appointmentRequired: true },
    phone: PHONE_010,
    legalBasis: [
      {
        title: { en: 'Royal Decree 1056/2014 on the parking card for people with disabilities', es: 'Real Decreto 1056/2014, condiciones básicas de emisión y uso de la tarjeta de estacionamiento para personas con discapacidad' },
        url: 'https://www.boe.es/eli/es/rd/2014/12/12/1056',
      },
    ],
    related: ['vehicle-tax'],
    review: { lastDaysAgo: 240, nextInDays: 125 },
    body: {
      en: ['A provisional card is issued within 3 days for people with a terminal illness.'],
      es: ['Las personas con una enfermedad terminal reciben una tarjeta provisional en 3 días.'],
    },
  },
  {
    slug: 'sports-membership',
    title: { en: 'Municipal sports membership', es: 'Abono deportivo municipal' },
    summary: {
      en: 'One membership for every municipal sports centre and indoor pool, plus free entry to the summer pools.',
      es: 'Un abono para todos los polideportivos y piscinas cubiertas municipales, con entrada gratuita a las piscinas de verano.',
    },
    popularity: 2800,
    topics: ['sport'],
    department: 'culture-sport',
    whoCanApply: {
      en: 'Anyone aged 14 or over; children from 4 with a family membership.',
      es: 'Cualquier persona a partir de 14 años; menores desde 4 años con el abono familiar.',
    },
    requirements: [
      { en: 'Paying the monthly fee by direct debit.', es: 'Domiciliar la cuota mensual.' },
    ],
    documents: [
      { en: 'Identity document.', es: 'Documento de identidad.' },
      { en: 'Proof of age or large family card, for reduced rates.', es: 'Acreditación de edad o título de familia numerosa, para las tarifas reducidas.' },
    ],
    fees: [
      { label: { en: 'Adult, per month', es: 'Adulto, al mes' }, amount: 32.5 },
      { label: { en: 'Under 26 or over 65, per month', es: 'Menores de 26 o mayores de 65, al mes' }, amount: 18 },
      {
        label: { en: 'Family, per month', es: 'Familiar, al mes' },
        amount: 55,
        note: { en: 'Two adults and their children under 18', es: 'Dos personas adultas y sus hijos e hijas menores de 18 años' },
      },
    ],
    deadline: { en: 'Any time; fees are charged from the following month.', es: 'En cualquier momento; la cuota se cobra desde el mes siguiente.' },
    processingTime: { en: 'Immediate.', es: 'Inmediato.' },
    steps: [
      {
        title: { en: 'Sign up', es: 'Dese de alta' },
        description: { en: 'Online or at the reception of any sports centre.', es: 'En línea o en la recepción de cualquier polideportivo.' },
      },
      {
        title: { en: 'Get your card', es: 'Obtenga su tarjeta' },
        description: {
          en: 'Use the card in the Villamar app or collect a plastic card at reception.',
          es: 'Use la tarjeta en la app de Villamar o recoja una tarjeta física en recepción.',
        },
      },
      {
        title: { en: 'Book activities', es: 'Reserve actividades' },
        description: { en: 'Classes and courts can be booked 7 days ahead.', es: 'Las clases y pistas se reservan con 7 días de antelación.' },
      },
    ],
    online: { transactionPath: '/procedures/sports-membership', identification: 'password' },
    inPerson: {
      locations: ['campanar-sports-centre', 'benimaclet-sports-centre', 'patraix-sports-centre', 'ciutat-vella-indoor-pool'],
      appointmentRequired: false,
    },
    phone: PHONE_010,
    legalBasis: [
      {
        title: { en: 'Villamar bylaw on public prices for sports facilities', es: 'Ordenanza de precios públicos de las instalaciones deportivas de Villamar' },
        url: 'https://www.villamar.example/bylaws/sports-prices',
      },
    ],
    related: ['library-card'],
    review: { lastDaysAgo: 80, nextInDays: 285 },
    body: {
      en: ['Unemployed people and people with a disability of 33 % or more pay the reduced rate.'],
      es: ['Las personas desempleadas y las personas con discapacidad igual o superior al 33 % pagan la tarifa reducida.'],
    },
  },
  {
    slug: 'library-card',
    title: { en: 'Library card', es: 'Carné de biblioteca' },
    summary: {
      en: 'A free card for borrowing books, films and e-books in every municipal library.',
      es: 'Un carné gratuito para tomar en préstamo libros, películas y libros electrónicos en todas las bibliotecas municipales.',
    },
    popularity: 1500,
    topics: ['culture-leisure', 'education'],
    department: 'culture-sport',
    whoCanApply: {
      en: 'Anyone, whether or not they live in Villamar. Children under 14 need a parent’s consent.',
      es: 'Cualquier persona, viva o no en Villamar. Los menores de 14 años necesitan autorización familiar.',
    },
    requirements: [
      { en: 'An identity document.', es: 'Un documento de identidad.' },
    ],
    documents: [
      { en: 'Identity document (or the parent’s, for children).', es: 'Documento de identidad (o el de la madre, padre o tutor, para menores).' },
    ],
    fees: [
      {
        label: { en: 'Replacement of a lost card', es: 'Duplicado por pérdida' },
        amount: 2,
        note: { en: 'The first card is free', es: 'El primer carné es gratuito' },
      },
    ],
    deadline: { en: 'Any time.', es: 'En cualquier momento.' },
    processingTime: {
      en: 'Immediate at the library; a digital card online straight away.',
      es: 'Inmediato en la biblioteca; carné digital en línea al momento.',
    },
    steps: [
      {
        title: { en: 'Apply', es: 'Solicítelo' },
        description: { en: 'Online or at any municipal library.', es: 'En línea o en cualquier biblioteca municipal.' },
      },
      {
        title: { en: 'Start borrowing', es: 'Empiece a tomar en préstamo' },
        description: {
          en: 'Up to 10 items for 3 weeks, renewable twice.',
          es: 'Hasta 10 documentos durante 3 semanas, renovables dos veces.',
        },
      },
    ],
    online: { transactionPath: '/procedures/library-card', identification: 'none' },
    inPerson: {
      locations: ['central-library', 'benimaclet-library', 'campanar-library'],
      appointmentRequired: false,
    },
    phone: PHONE_010,
    legalBasis: [
      {
        title: { en: 'Law 10/2007 on reading, books and libraries', es: 'Ley 10/2007, de la lectura, del libro y de las bibliotecas' },
        url: 'https://www.boe.es/eli/es/l/2007/06/22/10',
      },
    ],
    related: ['sports-membership'],
    review: { lastDaysAgo: 15, nextInDays: 350 },
    body: {
      en: ['The same card gives access to the regional e-book platform with over 20,000 titles.'],
      es: ['El mismo carné da acceso a la plataforma autonómica de préstamo de libros electrónicos, con más de 20.000 títulos.'],
    },
  },
  {
    slug: 'civil-marriage',
    title: {
      en: 'Civil marriage or registered partnership',
      es: 'Matrimonio civil o inscripción de pareja de hecho',
    },
    summary: {
      en: 'Get married at City Hall or register your partnership.',
      es: 'Cásese en el Ayuntamiento o inscriba su pareja de hecho.',
    },
    popularity: 310,
    topics: ['certificates-registry'],
    department: 'citizen-services',
    whoCanApply: {
      en: 'Couples of legal age, at least one of whom is registered in Villamar.',
      es: 'Parejas mayores de edad en las que al menos una persona esté empadronada en Villamar.',
    },
    requirements: [
      { en: 'A marriage file approved by the Civil Registry (for marriages).', es: 'Expediente matrimonial aprobado por el Registro Civil (para matrimonios).' },
      { en: 'Two witnesses of legal age.', es: 'Dos testigos mayores de edad.' },
    ],
    documents: [
      { en: 'Identity documents of both partners and the witnesses.', es: 'Documentos de identidad de la pareja y de los testigos.' },
      { en: 'Civil Registry approval, or a sworn statement for a registered partnership.', es: 'Auto del Registro Civil o, para la pareja de hecho, declaración jurada.' },
    ],
    fees: [
      { label: { en: 'Ceremony at City Hall, weekdays', es: 'Ceremonia en el Ayuntamiento, días laborables' }, amount: 90 },
      { label: { en: 'Ceremony on Saturdays', es: 'Ceremonia en sábado' }, amount: 180 },
    ],
    deadline: {
      en: 'Book the date at least 2 months ahead.',
      es: 'Reserve la fecha con al menos 2 meses de antelación.',
    },
    processingTime: {
      en: 'Date confirmed within 10 working days.',
      es: 'La fecha se confirma en 10 días hábiles.',
    },
    steps: [
      {
        title: { en: 'Choose a date', es: 'Elija fecha' },
        description: { en: 'Check availability of the wedding hall online.', es: 'Consulte en línea la disponibilidad del salón de bodas.' },
      },
      {
        title: { en: 'Apply and pay the fee', es: 'Solicítelo y pague la tasa' },
        description: {
          en: 'With the Civil Registry approval attached.',
          es: 'Adjuntando el auto del Registro Civil.',
        },
      },
      {
        title: { en: 'Attend the ceremony', es: 'Acuda a la ceremonia' },
        description: {
          en: 'Arrive 15 minutes early with your witnesses and identity documents.',
          es: 'Llegue 15 minutos antes con sus testigos y los documentos de identidad.',
        },
      },
    ],
    online: { transactionPath: '/procedures/civil-marriage', identification: 'certificate' },
    inPerson: { locations: ['citizen-office-city-hall'], appointmentRequired: true },
    phone: PHONE_010,
    legalBasis: [
      {
        title: { en: 'Law 20/2011 on the Civil Registry', es: 'Ley 20/2011, del Registro Civil' },
        url: 'https://www.boe.es/eli/es/l/2011/07/21/20',
      },
    ],
    related: ['register-certificate'],
    review: { lastDaysAgo: 300, nextInDays: 65 },
    body: {
      en: ['Ceremonies are held in the Hall of Mirrors of City Hall, which seats 60 guests.'],
      es: ['Las ceremonias se celebran en el Salón de los Espejos del Ayuntamiento, con capacidad para 60 invitados.'],
    },
  },
  {
    slug: 'complaints-suggestions',
    title: { en: 'Complaints and suggestions', es: 'Quejas y sugerencias' },
    summary: {
      en: 'Tell us what went wrong or how we could do better. We answer within 20 working days.',
      es: 'Cuéntenos qué ha fallado o cómo podemos mejorar. Respondemos en 20 días hábiles.',
    },
    popularity: 1200,
    topics: ['participation-transparency'],
    department: 'citizen-services',
    whoCanApply: { en: 'Anyone.', es: 'Cualquier persona.' },
    requirements: [
      { en: 'A contact address if you want an answer.', es: 'Una dirección de contacto si desea respuesta.' },
    ],
    documents: [
      { en: 'Any photos or documents that help explain your complaint (optional).', es: 'Fotografías o documentos que ayuden a explicar la queja (opcional).' },
    ],
    fees: [],
    deadline: { en: 'Any time.', es: 'En cualquier momento.' },
    processingTime: { en: 'An answer within 20 working days.', es: 'Respuesta en un plazo de 20 días hábiles.' },
    steps: [
      {
        title: { en: 'Describe the issue', es: 'Describa el asunto' },
        description: { en: 'What happened, where and when.', es: 'Qué pasó, dónde y cuándo.' },
      },
      {
        title: { en: 'Send it', es: 'Envíela' },
        description: { en: 'Online, by phone (010) or at any office.', es: 'En línea, por teléfono (010) o en cualquier oficina.' },
      },
      {
        title: { en: 'Get an answer', es: 'Reciba respuesta' },
        description: { en: 'From the department responsible.', es: 'Del servicio responsable.' },
      },
    ],
    online: { transactionPath: '/procedures/complaints', identification: 'none' },
    inPerson: { locations: CITIZEN_OFFICES, appointmentRequired: false },
    phone: PHONE_010,
    legalBasis: [LAW.administrativeProcedure],
    related: ['public-information-request'],
    review: { lastDaysAgo: 50, nextInDays: 315 },
    body: {
      en: ['Complaints are not appeals: they do not stop deadlines in an ongoing procedure.'],
      es: ['Las quejas no son recursos: no interrumpen los plazos de un procedimiento en curso.'],
    },
  },
  {
    slug: 'public-information-request',
    title: {
      en: 'Request access to public information',
      es: 'Solicitud de acceso a la información pública',
    },
    summary: {
      en: 'Ask for documents or data held by the city council, under the transparency law.',
      es: 'Solicite documentos o datos que obren en poder del Ayuntamiento, al amparo de la ley de transparencia.',
    },
    popularity: 140,
    topics: ['participation-transparency'],
    department: 'citizen-services',
    whoCanApply: {
      en: 'Anyone, without having to give a reason.',
      es: 'Cualquier persona, sin necesidad de motivar la solicitud.',
    },
    requirements: [
      { en: 'Identifying yourself and the information you ask for.', es: 'Identificarse e identificar la información que solicita.' },
    ],
    documents: [{ en: 'None.', es: 'Ninguno.' }],
    fees: [
      {
        label: { en: 'Paper copies, per page', es: 'Copias en papel, por página' },
        amount: 0.1,
        note: { en: 'Electronic copies are free', es: 'Las copias electrónicas son gratuitas' },
      },
    ],
    deadline: { en: 'Any time.', es: 'En cualquier momento.' },
    processingTime: {
      en: 'One month, extendable by one more month for complex requests.',
      es: 'Un mes, ampliable otro mes en solicitudes complejas.',
    },
    steps: [
      {
        title: { en: 'Check the transparency portal', es: 'Consulte el portal de transparencia' },
        description: { en: 'The information may already be published.', es: 'Puede que la información ya esté publicada.' },
      },
      {
        title: { en: 'Submit your request', es: 'Presente la solicitud' },
        description: { en: 'Describe the information as precisely as you can.', es: 'Describa la información con la mayor precisión posible.' },
      },
      {
        title: { en: 'Receive the decision', es: 'Reciba la resolución' },
        description: {
          en: 'If refused, you can complain to the Transparency Council.',
          es: 'Si se deniega, puede reclamar ante el Consejo de Transparencia.',
        },
      },
    ],
    online: { transactionPath: '/procedures/public-information', identification: 'certificate' },
    inPerson: { locations: ['citizen-office-city-hall'], appointmentRequired: true },
    phone: PHONE_010,
    legalBasis: [
      {
        title: { en: 'Law 19/2013 on transparency, access to public information and good governance', es: 'Ley 19/2013, de transparencia, acceso a la información pública y buen gobierno' },
        url: 'https://www.boe.es/eli/es/l/2013/12/09/19',
      },
    ],
    related: ['complaints-suggestions'],
    // Overdue on purpose: the demo shows editors a procedure whose review date has passed.
    review: { lastDaysAgo: 400, nextInDays: -35 },
    body: {
      en: ['Personal data of third parties are removed from the documents before they are released.'],
      es: ['Los datos personales de terceras personas se eliminan de los documentos antes de entregarlos.'],
    },
  },
]
