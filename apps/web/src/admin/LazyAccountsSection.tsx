import { lazy } from 'react';

/**
 * Loaded on demand: the account form checks passwords against a large dictionary of common
 * passwords that nobody but an administrator needs to download.
 */
export const LazyAccountsSection = lazy(() => import('./AccountsSection').then((m) => ({ default: m.AccountsSection })));
