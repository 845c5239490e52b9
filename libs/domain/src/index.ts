export * from './lib/error-codes';
export * from './lib/roles';
export * from './lib/limits';
export * from './lib/session-policy';
export * from './lib/plan-lifecycle';
export * from './lib/readiness';
export * from './lib/canonical-json';
export * from './lib/plan-content';
