import { createContext, useContext } from 'react';

/**
 * Asked before a content change is sent: resolves true to go on, false when the editor backs out
 * (for example rather than void the agencies' sign-offs). The workspace provides it
 * (`approvals/VoidSignOffsGuard`); outside a plan, or with nothing to void, it says yes at once.
 */
export interface SignOffGuard {
  confirm: () => Promise<boolean>;
}

const SignOffGuardContext = createContext<SignOffGuard>({ confirm: () => Promise.resolve(true) });

export const SignOffGuardProvider = SignOffGuardContext.Provider;

export function useSignOffGuard(): SignOffGuard {
  return useContext(SignOffGuardContext);
}
