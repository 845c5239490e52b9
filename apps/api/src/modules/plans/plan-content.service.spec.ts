import { itemsWithIds } from './plan-content.service';
import type { PlanPartEntity } from './plan-part.entity';

const item = (id: string) => ({ id }) as PlanPartEntity;

describe('itemsWithIds', () => {
  const list = ['a', 'b', 'c', 'd'].map(item);

  it('returns what list.filter(ids.includes) returns: the list order, each item once, unknown ids left out', () => {
    for (const ids of [['c', 'a'], ['d', 'd', 'b'], ['x', 'b'], [], ['a', 'b', 'c', 'd']]) {
      expect(itemsWithIds(list, ids)).toEqual(list.filter((entry) => ids.includes(entry.id)));
    }
  });

  it('indexes each loaded list on its own', () => {
    const other = ['c', 'e'].map(item);
    expect(itemsWithIds(list, ['c', 'e']).map((entry) => entry.id)).toEqual(['c']);
    expect(itemsWithIds(other, ['c', 'e']).map((entry) => entry.id)).toEqual(['c', 'e']);
  });
});
