// The user guide, bundled at build time (Vite's ?raw import; jest maps it to the same file).
import guide from '../../../../docs/guide.md?raw';

export const GUIDE_MARKDOWN: string = guide;
