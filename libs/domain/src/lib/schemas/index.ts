export * from './messages';
export * from './fields';
export * from './violations';
export * from './plan-items';
export * from './after-action';
export * from './debrief';
export * from './checklist';
export * from './accounts';
