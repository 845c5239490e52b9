import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
  it('writes dates as ISO strings', () => {
    expect(canonicalJson({ at: new Date('2027-03-01T14:00:00Z') })).toBe('{"at":"2027-03-01T14:00:00.000Z"}');
  });
});
