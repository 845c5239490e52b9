import { loadConfig } from '../config/app-config';
import { Clock } from './clock';

describe('Clock', () => {
  const original = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = original;
  });

  it('tells the real time until it is set', () => {
    const clock = new Clock(loadConfig({ NODE_ENV: 'test' }));
    const before = Date.now();
    const now = clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('outside production: stops at the time set, then returns to the real time on reset', () => {
    const clock = new Clock(loadConfig({ NODE_ENV: 'development' }));
    expect(clock.isSettable).toBe(true);
    clock.setTo('2026-09-12T11:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-09-12T11:00:00.000Z');
    expect(clock.now()).not.toBe(clock.now());
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('at() sets the clock for the work only, even when the work fails, then tells what it told before', async () => {
    const clock = new Clock(loadConfig({ NODE_ENV: 'test' }));
    await expect(clock.at('2020-01-01T00:00:00Z', async () => clock.now().toISOString())).resolves.toBe('2020-01-01T00:00:00.000Z');
    await expect(
      clock.at('2020-01-01T00:00:00Z', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(clock.now().getFullYear()).toBeGreaterThan(2020);
    clock.setTo('2026-09-12T11:00:00Z');
    await clock.at('2020-01-01T00:00:00Z', async () => undefined);
    expect(clock.now().toISOString()).toBe('2026-09-12T11:00:00.000Z');
  });

  it('refuses a time that is not one', () => {
    expect(() => new Clock(loadConfig({ NODE_ENV: 'test' })).setTo('yesterday')).toThrow('Not a time');
  });

  it('is never settable in production (NODE_ENV=production), by the config or by the environment', async () => {
    const production = new Clock(loadConfig({ NODE_ENV: 'production' }));
    expect(production.isSettable).toBe(false);
    expect(() => production.setTo('2020-01-01T00:00:00Z')).toThrow('The clock cannot be set in production.');
    await expect(production.at('2020-01-01T00:00:00Z', async () => 'ran')).rejects.toThrow('cannot be set in production');
    expect(production.now().getFullYear()).toBeGreaterThan(2020);

    process.env.NODE_ENV = 'production';
    const fromEnvironment = new Clock({ production: false });
    expect(() => fromEnvironment.setTo('2020-01-01T00:00:00Z')).toThrow('The clock cannot be set in production.');
  });
});
