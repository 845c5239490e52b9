import { COMMS_PART, OBJECTIVES_PART, PLAN_PARTS, RESOURCES_PART } from './plan-parts';

describe('plan parts as declared', () => {
  it('fills the labels that say the same as the section and noun', () => {
    expect(OBJECTIVES_PART).toEqual({
      entityType: 'OBJECTIVE',
      typename: 'Objective',
      key: 'objectives',
      noun: 'Objective',
      order: 1,
      labels: { section: 'Objectives', diffSection: 'Objectives', diffNoun: 'Objective', anItem: 'an objective' },
    });
  });

  it('keeps the labels that differ', () => {
    expect(RESOURCES_PART.labels).toEqual({ section: 'Resources', diffSection: 'Resources', diffNoun: 'Resource', anItem: 'a resource commitment' });
    expect(COMMS_PART.labels).toEqual({ section: 'Communications', diffSection: 'Communications', diffNoun: 'Channel', anItem: 'a communications channel' });
  });

  it('lists the parts in their order, places last', () => {
    expect(PLAN_PARTS.map((part) => part.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(PLAN_PARTS.at(-1)?.key).toBe('places');
  });
});
