/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** "true" shows the USWDS "An official website of the United States government" banner. */
  readonly VITE_GOV_BANNER?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
