import { COMPLAINT_HANDLING_MESSAGES, COMPLAINT_MESSAGES, complaintHandlingSchema, complaintPatchSchema, complaintSchema, missingOutcomeMessage } from './complaints';
import { violationsOf } from './violations';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const valid = { category: 'USE_OF_FORCE', occurredAt: '2026-06-14T22:30:00.000Z', location: 'I-40 exit 289', description: 'An officer pushed me.', contact: null, agencyId: null };

describe('complaintSchema (the public form and fileComplaint)', () => {
  it('accepts a complaint without contact or agency', () => {
    expect(violationsOf(complaintSchema({ now: NOW }), valid, 'input')).toEqual([]);
    expect(violationsOf(complaintSchema({ now: NOW }), { ...valid, contact: '', agencyId: '' }, 'input')).toEqual([]);
  });

  it('names every missing field, in English and in Spanish', () => {
    const empty = { category: '', occurredAt: '', location: '  ', description: '', contact: '', agencyId: '' };
    expect(violationsOf(complaintSchema({ now: NOW }), empty, 'input')).toEqual([
      { field: 'input.category', message: COMPLAINT_MESSAGES.en.category },
      { field: 'input.occurredAt', message: 'Say when it happened.' },
      { field: 'input.location', message: 'Say where it happened.' },
      { field: 'input.description', message: 'Describe what happened.' },
    ]);
    expect(violationsOf(complaintSchema({ language: 'es', now: NOW }), empty).map((v) => v.message)).toEqual([
      'Elija de qué trata la queja.',
      'Indique cuándo ocurrió.',
      'Indique dónde ocurrió.',
      'Describa lo que ocurrió.',
    ]);
  });

  it('caps each text at its limit', () => {
    const long = { ...valid, location: 'x'.repeat(301), description: 'x'.repeat(5001), contact: 'x'.repeat(301) };
    expect(violationsOf(complaintSchema({ now: NOW }), long, 'input')).toEqual([
      { field: 'input.location', message: 'Where it happened must be at most 300 characters.' },
      { field: 'input.description', message: 'What happened must be at most 5,000 characters.' },
      { field: 'input.contact', message: 'Contact must be at most 300 characters.' },
    ]);
    expect(violationsOf(complaintSchema({ now: NOW }), { ...valid, description: `  ${'x'.repeat(5000)}  ` })).toEqual([]);
  });

  it('refuses a time in the future (beyond a minute of clock skew), before 2000, or not a date', () => {
    const at = (occurredAt: unknown, language: 'en' | 'es' = 'en') => violationsOf(complaintSchema({ language, now: NOW }), { ...valid, occurredAt }).map((v) => v.message);
    expect(at(new Date(NOW + 30_000))).toEqual([]);
    expect(at(new Date(NOW + 3_600_000))).toEqual(['When it happened cannot be in the future.']);
    expect(at('2026-06-16T10:00', 'es')).toEqual(['La fecha de cuándo ocurrió no puede estar en el futuro.']);
    expect(at('1999-12-31T10:00:00Z')).toEqual(['When it happened must be a date from the year 2000 on.']);
    expect(at('yesterday')).toEqual(['When it happened is not a valid date and time.']);
  });

  it('refuses an unknown category', () => {
    expect(violationsOf(complaintSchema({ now: NOW }), { ...valid, category: 'IMMIGRATION_STATUS' }, 'input')).toEqual([{ field: 'input.category', message: 'Choose what the complaint is about.' }]);
  });
});

describe('complaint handling (oversight)', () => {
  it('lets a patch leave everything out, and caps the outcome', () => {
    expect(violationsOf(complaintPatchSchema, {}, 'patch')).toEqual([]);
    expect(violationsOf(complaintPatchSchema, { status: 'CLOSED' }, 'patch')).toEqual([]);
    expect(violationsOf(complaintPatchSchema, { outcome: 'x'.repeat(2001) }, 'patch')).toEqual([{ field: 'patch.outcome', message: 'Outcome must be at most 2,000 characters.' }]);
    expect(violationsOf(complaintPatchSchema, { status: 'OPEN' }, 'patch').map((v) => v.field)).toEqual(['patch.status']);
  });

  it('wants an outcome to close, in the handling form', () => {
    const form = { status: 'CLOSED', planId: '', agencyId: '', outcome: ' ' };
    expect(violationsOf(complaintHandlingSchema('REFERRED'), form)).toEqual([{ field: 'outcome', message: COMPLAINT_HANDLING_MESSAGES.outcomeToClose }]);
    expect(violationsOf(complaintHandlingSchema('REFERRED'), { ...form, outcome: 'Referred to the agency; the officer was retrained.' })).toEqual([]);
    expect(violationsOf(complaintHandlingSchema('REFERRED'), { ...form, status: 'UNDER_REVIEW' })).toEqual([]);
  });

  it('says that a closed complaint keeps its outcome when it is cleared, as the API does, and lets it be corrected', () => {
    const closed = { status: 'CLOSED', planId: '', agencyId: '', outcome: '' };
    expect(violationsOf(complaintHandlingSchema('CLOSED'), closed)).toEqual([{ field: 'outcome', message: 'A closed complaint keeps its outcome; correct it instead of clearing it.' }]);
    expect(violationsOf(complaintHandlingSchema('CLOSED'), { ...closed, outcome: 'Not sustained (corrected).' })).toEqual([]);
    expect(missingOutcomeMessage('CLOSED')).toBe(COMPLAINT_HANDLING_MESSAGES.keepOutcome);
    expect(missingOutcomeMessage('UNDER_REVIEW')).toBe(COMPLAINT_HANDLING_MESSAGES.outcomeToClose);
  });
});
