import { changedRequirementFields, checkChangeReason, isRequirementChange } from './checklist-rules';
import { can } from './permissions';

const item = { required: true, text: 'Legal counsel has reviewed the plan.', category: 'LEGAL_AUTHORITY', citation: 'G.S. 15A-285' };

describe('required checklist items', () => {
  it('counts only fields that really change', () => {
    expect(changedRequirementFields(item, { text: '  Legal counsel has reviewed the plan. ', category: 'LEGAL_AUTHORITY', citation: 'G.S. 15A-285' })).toEqual([]);
    expect(changedRequirementFields(item, { text: 'Counsel was told.', category: 'OTHER', citation: null })).toEqual(['text', 'category']);
    expect(changedRequirementFields(item, { citation: '' })).toEqual(['citation']);
  });

  it('treats a requirement change of a required item, not of an optional one, as the lead\'s call', () => {
    expect(isRequirementChange(item, { text: 'Counsel was told.' })).toBe(true);
    expect(isRequirementChange({ ...item, required: false }, { text: 'Counsel was told.' })).toBe(false);
    expect(isRequirementChange(item, {})).toBe(false);
    const plan = { agencyIds: ['cbp'], leadAgencyId: 'cbp' };
    expect(can({ roles: ['AGENCY_LEAD'], agencyId: 'cbp' }, 'checklist.alterRequired', plan)).toBe(true);
    expect(can({ roles: ['PLANNER', 'OFFICER'], agencyId: 'cbp' }, 'checklist.alterRequired', plan)).toBe(false);
  });

  it('wants a non-blank reason of at most 20,000 characters', () => {
    expect(checkChangeReason('reason', undefined)?.field).toBe('reason');
    expect(checkChangeReason('reason', '   ')?.field).toBe('reason');
    expect(checkChangeReason('reason', 'r'.repeat(20_001))?.message).toMatch(/at most 20,000/);
    expect(checkChangeReason('reason', 'Counsel: superseded by the 2027 MOU.')).toBeNull();
  });
});

describe('transparency report', () => {
  it('is for oversight only', () => {
    expect(can({ roles: ['OVERSIGHT'] }, 'transparency.read')).toBe(true);
    expect(can({ roles: ['AGENCY_LEAD'] }, 'transparency.read')).toBe(false);
    expect(can({ roles: ['PLANNER', 'AGENCY_LEAD', 'ADMIN'] }, 'transparency.read')).toBe(false);
  });
});
