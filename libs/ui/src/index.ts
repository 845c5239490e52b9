export * from './lib/ConfirmAction';
export * from './lib/ConflictNotice';
export * from './lib/EmptyState';
export * from './lib/ErrorSummary';
export * from './lib/LiveStatus';
export * from './lib/PageHeading';
export * from './lib/TextField';
