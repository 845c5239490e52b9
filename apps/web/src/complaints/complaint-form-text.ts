import { ENGLISH_CHARACTER_COUNT, type CharacterCountWords } from '@jointops/ui';
import type { Dictionary } from '../shared/public-language';

/** The words of the public complaint form and its page, in English and Spanish. */
export interface ComplaintFormText {
  title: string;
  heading: string;
  lead: string;
  noStatusQuestions: string;
  optionalNote: string;
  formLabel: string;
  category: string;
  select: string;
  occurredAt: string;
  occurredAtHint: string;
  location: string;
  locationHint: string;
  description: string;
  descriptionHint: string;
  /** The count under "What happened?" (its limit is the shared rule's, COMPLAINT_LIMITS.description). */
  count: CharacterCountWords;
  contact: string;
  contactHint: string;
  agency: string;
  agencyHint: string;
  agencyUnknown: string;
  submit: string;
  sending: string;
  problem: string;
  checkField: string;
  rateLimited: (minutes: number) => string;
  unreachable: string;
  failed: string;
  checkStatus: string;
}

export const COMPLAINT_FORM_TEXT: Dictionary<ComplaintFormText> = {
  en: {
    title: 'File a complaint · JointOps',
    heading: 'File a complaint',
    lead: 'Tell us about a problem with officers or agencies during a joint operation. Anyone can file a complaint; you do not need an account.',
    noStatusQuestions: 'We do not ask about immigration status, nationality or ethnicity, and you do not need to tell us. You do not need to give your name.',
    optionalNote: 'Every question must be answered unless it says “optional”.',
    formLabel: 'Complaint',
    category: 'What is the complaint about?',
    select: '- Select -',
    occurredAt: 'When did it happen?',
    occurredAtHint: 'Date and time in North Carolina (Eastern time), as best you remember.',
    location: 'Where did it happen?',
    locationHint: 'An address, a road and exit, or the name of the place.',
    description: 'What happened?',
    descriptionHint: 'In your own words: what you saw, what was said and done, and who was involved.',
    count: ENGLISH_CHARACTER_COUNT,
    contact: 'How can we reach you? (optional)',
    contactHint: 'A phone number or an email address, if you want us to be able to contact you. Leave it empty to stay anonymous.',
    agency: 'Agency involved (optional)',
    agencyHint: 'If you know which agency the officers were from. If it is not listed, choose “I do not know or it is not listed” and name it in the description.',
    agencyUnknown: 'I do not know or it is not listed',
    submit: 'Send complaint',
    sending: 'Sending…',
    problem: 'There is a problem',
    checkField: 'Check this answer and try again.',
    rateLimited: (minutes) => `Too many complaints have been sent from this connection in the last hour. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    unreachable: 'We could not reach the server. Check your connection and try again; your complaint was not sent.',
    failed: 'Something went wrong on our side and your complaint was not sent. Please try again.',
    checkStatus: 'Already filed? Check the status of your complaint',
  },
  es: {
    title: 'Presentar una queja · JointOps',
    heading: 'Presentar una queja',
    lead: 'Cuéntenos sobre un problema con agentes o agencias durante un operativo conjunto. Cualquier persona puede presentar una queja; no necesita una cuenta.',
    noStatusQuestions: 'No preguntamos por su situación migratoria, nacionalidad ni origen étnico, y no necesita decírnoslo. No necesita dar su nombre.',
    optionalNote: 'Debe responder todas las preguntas, salvo las que dicen “opcional”.',
    formLabel: 'Queja',
    category: '¿De qué trata la queja?',
    select: '- Seleccione -',
    occurredAt: '¿Cuándo ocurrió?',
    occurredAtHint: 'Fecha y hora de Carolina del Norte (hora del Este), lo mejor que recuerde.',
    location: '¿Dónde ocurrió?',
    locationHint: 'Una dirección, una carretera y salida, o el nombre del lugar.',
    description: '¿Qué ocurrió?',
    descriptionHint: 'Con sus propias palabras: lo que vio, lo que se dijo y se hizo, y quiénes participaron.',
    count: {
      allowed: (max) => `Se permiten ${max} caracteres`,
      left: (count) => (count === 1 ? 'Queda 1 carácter' : `Quedan ${count} caracteres`),
      over: (count) => (count === 1 ? '1 carácter por encima del límite' : `${count} caracteres por encima del límite`),
      info: (max) => `Puede escribir hasta ${max} caracteres`,
    },
    contact: '¿Cómo podemos comunicarnos con usted? (opcional)',
    contactHint: 'Un número de teléfono o un correo electrónico, si quiere que podamos contactarle. Déjelo en blanco para permanecer en el anonimato.',
    agency: 'Agencia involucrada (opcional)',
    agencyHint: 'Si sabe de qué agencia eran los agentes. Si no está en la lista, elija “No lo sé o no está en la lista” y nómbrela en la descripción.',
    agencyUnknown: 'No lo sé o no está en la lista',
    submit: 'Enviar queja',
    sending: 'Enviando…',
    problem: 'Hay un problema',
    checkField: 'Revise esta respuesta e inténtelo de nuevo.',
    rateLimited: (minutes) => `Se enviaron demasiadas quejas desde esta conexión en la última hora. Inténtelo de nuevo en ${minutes} minuto${minutes === 1 ? '' : 's'}.`,
    unreachable: 'No pudimos comunicarnos con el servidor. Revise su conexión e inténtelo de nuevo; su queja no se envió.',
    failed: 'Algo salió mal de nuestro lado y su queja no se envió. Inténtelo de nuevo.',
    checkStatus: '¿Ya presentó una queja? Consulte su estado',
  },
};
