export * from './lib/EmptyState';
export * from './lib/ErrorSummary';
export * from './lib/PageHeading';
