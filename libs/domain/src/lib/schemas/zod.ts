import { z } from 'zod';

/**
 * zod compiles object parsers with `new Function` when it may. The web app runs under a strict
 * Content-Security-Policy without 'unsafe-eval', where even zod's probe for eval is reported as a
 * violation; jitless parsing needs no eval and is fast enough for forms and API inputs. Every
 * schema module imports `z` from here, so the setting is in place before any schema parses.
 */
z.config({ jitless: true });

export { z };
