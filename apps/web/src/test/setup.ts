// jsdom lacks TextEncoder/TextDecoder, which react-router needs at import time.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });

// `npm test` runs every project in parallel on two cores; the 1 s default for findBy/waitFor
// makes component specs flaky under that load without making them any more exacting.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
