import { OperationLoader, whenLoaded } from './dataloader.service';

describe('OperationLoader', () => {
  const loader = (calls: string[][]) =>
    new OperationLoader<string, string | undefined>(async (keys) => {
      calls.push([...keys]);
      return keys.map((key) => (key === 'missing' ? undefined : key === 'broken' ? new Error('broken') : `value of ${key}`));
    });

  it('batches like a DataLoader and answers get() with a promise until the batch has settled', async () => {
    const calls: string[][] = [];
    const values = loader(calls);
    const first = values.get('a');
    const second = values.get('b');
    expect(first).toBeInstanceOf(Promise);
    expect(await Promise.all([first, second])).toEqual(['value of a', 'value of b']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('answers get() with the value itself once loaded, without loading it again', async () => {
    const calls: string[][] = [];
    const values = loader(calls);
    await values.load('a');
    await values.load('missing');
    expect(values.get('a')).toBe('value of a');
    expect(values.get('missing')).toBeUndefined();
    expect(calls).toEqual([['a'], ['missing']]);
  });

  it('does not keep errors, and forgets what clear() and clearAll() drop', async () => {
    const calls: string[][] = [];
    const values = loader(calls);
    await expect(values.load('broken')).rejects.toThrow('broken');
    await expect(values.get('broken')).rejects.toThrow('broken');
    await values.load('a');
    values.clear('a');
    expect(values.get('a')).toBeInstanceOf(Promise);
    await values.load('a');
    values.clearAll();
    expect(values.get('a')).toBeInstanceOf(Promise);
  });
});

describe('whenLoaded', () => {
  it('applies the function at once to a value, and after settling to a promise', async () => {
    expect(whenLoaded(2, (n) => n * 10)).toBe(20);
    const later = whenLoaded(Promise.resolve(3), (n) => n * 10);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(30);
  });
});
