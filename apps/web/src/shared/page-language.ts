import type { PublicLanguage } from '@jointops/domain';
import { createContext } from 'react';

/**
 * How a public page tells the frame around it (the header, the skip link) which language it is
 * shown in: the frame provides the setter; the page reports its language, and null when it goes.
 * A module of its own, without @jointops/domain's values, because the frame is in the first-visit
 * bundle.
 */
export const PageLanguageReport = createContext<((language: PublicLanguage | null) => void) | null>(null);
