import { z } from 'zod';
import { objectiveSchema } from './index';

describe('schemas under a strict Content-Security-Policy', () => {
  it('parse without compiling code (zod jitless), so no eval probe trips script-src', () => {
    expect(z.config().jitless).toBe(true);
    const evalSpy = jest.spyOn(globalThis, 'Function');
    objectiveSchema.safeParse({ title: 'Keep I-40 open' });
    expect(evalSpy).not.toHaveBeenCalled();
    evalSpy.mockRestore();
  });
});
