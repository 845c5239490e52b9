/*
 * setupFilesAfterEnv of the browser-side suites (apps/web, libs/ui): a spec fails when anything is
 * written to console.error while it runs. React's warnings (a state update outside act, a missing
 * key, a bad prop) and the app's own errors are bugs a spec is there to show, not noise to scroll
 * past. A spec that expects an error replaces this spy's implementation with its own
 * (jest.spyOn(console, 'error') hands it this spy).
 * The testing library unmounts the page before this runs (its cleanup is an earlier afterEach).
 */
const { format } = require('node:util');
const { afterEach, beforeEach, jest: jestApi } = require('@jest/globals');

let errors = [];
let spy = null;

beforeEach(() => {
  errors = [];
  spy = jestApi.spyOn(console, 'error').mockImplementation((...args) => {
    errors.push(format(...args));
  });
});

afterEach(() => {
  const seen = errors;
  spy?.mockRestore();
  spy = null;
  errors = [];
  if (seen.length > 0) throw new Error(`console.error was called while this spec ran:\n\n${seen.join('\n\n')}`);
});
