import { accountSchema } from '../../passwords';
import { agencySchema } from './accounts';
import { changeReasonSchema, checklistItemEditSchema, checklistItemPatchSchema, checklistItemSchema, checklistResolutionSchema } from './checklist';
import { violationsOf } from './violations';

const REQUIRED_ITEM = { required: true, category: 'LEGAL_AUTHORITY', text: 'A warrant is in hand.', citation: 'G.S. 15A-285' };

describe('checklist schemas', () => {
  it('wants the text of an item and bounds its citation, naming the fields as the API does', () => {
    expect(violationsOf(checklistItemSchema, { category: 'OTHER', text: '  ', citation: 'x'.repeat(20_001) }, 'input')).toEqual([
      { field: 'input.text', message: 'Text is required.' },
      { field: 'input.citation', message: 'Citation must be at most 20,000 characters.' },
    ]);
    expect(violationsOf(checklistItemPatchSchema, { text: null, citation: null }, 'patch')).toEqual([]);
  });

  it('wants a reason only when the edit changes the requirement of a required item', () => {
    const edit = checklistItemEditSchema(REQUIRED_ITEM);
    expect(violationsOf(edit, { ...REQUIRED_ITEM, required: false, reason: '' })).toEqual([]);
    expect(violationsOf(edit, { ...REQUIRED_ITEM, text: 'A judicial warrant is in hand.', reason: ' ' })).toEqual([
      { field: 'reason', message: 'Say why this required item is changed or removed; the agency leads who sign the plan will see it.' },
    ]);
    expect(violationsOf(checklistItemEditSchema(), { ...REQUIRED_ITEM, text: 'Changed', reason: '' })).toEqual([]);
    expect(violationsOf(changeReasonSchema, { reason: null })[0]?.field).toBe('reason');
  });

  it("says what a resolution misses, in the form's words or in a sentence of its own", () => {
    expect(violationsOf(checklistResolutionSchema('SATISFIED', 'Evidence'), { note: '' })).toEqual([{ field: 'note', message: 'Evidence is required.' }]);
    expect(violationsOf(checklistResolutionSchema('SATISFIED'), { note: '' })).toEqual([{ field: 'note', message: 'Give the evidence that satisfies this item.' }]);
    expect(violationsOf(checklistResolutionSchema('NOT_APPLICABLE'), { note: '' })).toEqual([{ field: 'note', message: 'Say why this item does not apply.' }]);
    expect(violationsOf(checklistResolutionSchema('OPEN'), { note: '' })).toEqual([]);
  });
});

describe('agency and account schemas', () => {
  it("bounds an agency's short name and wants a level", () => {
    expect(violationsOf(agencySchema, { name: 'Durham Police Department', shortName: 'x'.repeat(33), level: '' }, 'input')).toEqual([
      { field: 'input.shortName', message: 'Short name must be at most 32 characters.' },
      { field: 'input.level', message: 'Choose a level.' },
    ]);
  });

  it('checks an account with the email, role and password rules, the password after the display name', () => {
    const fields = violationsOf(accountSchema(), { email: 'nope', displayName: '', password: 'Password1234', roles: ['ADMIN', 'PLANNER'], agencyId: '' }, 'input');
    expect(fields.map((v) => v.field)).toEqual(['input.email', 'input.displayName', 'input.password', 'input.roles', 'input.agencyId']);
    expect(fields[2]?.message).toBe('This password is too common. Choose another.');
    expect(violationsOf(accountSchema({ allowDemoPassword: true }).omit({ agencyId: true }), { email: 'a@b.gov', displayName: 'A', password: 'jointops-demo-2026', roles: ['PLANNER'] })).toEqual([]);
  });
});
