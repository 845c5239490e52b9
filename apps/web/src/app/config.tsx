import { createContext, useContext } from 'react';

export interface AppConfig {
  /** Show the USWDS "official website of the United States government" banner (agency deployments only). */
  govBanner: boolean;
}

const AppConfigContext = createContext<AppConfig>({ govBanner: false });

export const AppConfigProvider = AppConfigContext.Provider;

export function useAppConfig(): AppConfig {
  return useContext(AppConfigContext);
}
