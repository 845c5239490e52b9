import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
  it('writes dates as ISO strings', () => {
    expect(canonicalJson({ at: new Date('2027-03-01T14:00:00Z') })).toBe('{"at":"2027-03-01T14:00:00.000Z"}');
  });
});

describe('canonical JSON test vector', () => {
  it('writes a fixed input as fixed text (sorted by UTF-16 code unit, unicode kept, null kept, undefined dropped)', () => {
    const input = { z: [3, { b: null, a: 'é' }], 'É': true, a: { y: undefined, x: new Date('2027-02-28T23:59:59.5Z') }, 'ä': 'ü\u2028', n: -0.5 };
    expect(canonicalJson(input)).toBe('{"a":{"x":"2027-02-28T23:59:59.500Z"},"n":-0.5,"z":[3,{"a":"é","b":null}],"É":true,"ä":"ü\u2028"}');
  });
});
