// The user guide, bundled at build time (Vite's ?raw import; jest maps it to the same file).
// docs/guide.md is a document, not an Nx project: the module-boundary rule does not apply to it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import guide from '../../../../docs/guide.md?raw';

export const GUIDE_MARKDOWN: string = guide;
