export * from './lib/apollo-client';
export * from './lib/cache';
export * from './lib/connection-state';
export * from './lib/useConnectionState';
export * from './lib/useOnline';
export * from './lib/errors';
export * from './lib/session-store';
export * from './generated/graphql';
