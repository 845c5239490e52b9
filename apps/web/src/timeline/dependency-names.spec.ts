import { dependencyNames } from './dependency-names';

describe('dependencyNames', () => {
  const events = [
    { id: 'a', title: 'Brief' },
    { id: 'b', title: 'Stage' },
    { id: 'c', title: 'Move' },
  ];
  const names = dependencyNames(events);

  it("names the dependencies by title in the timeline's order, whatever the order of the ids", () => {
    expect(names(['c', 'a'])).toBe('Brief, Move');
    expect(names(['b'])).toBe('Stage');
  });

  it('says "—" for none, and leaves out an id the section does not hold (an event just removed)', () => {
    expect(names([])).toBe('—');
    expect(names(['gone'])).toBe('—');
    expect(names(['gone', 'b'])).toBe('Stage');
  });
});
