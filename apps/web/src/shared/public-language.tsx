import { DEFAULT_TIME_ZONE, formatInZone, PUBLIC_LANGUAGES, type PublicLanguage } from '@jointops/domain';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { PageLanguageReport } from './page-language';

export type { PublicLanguage } from '@jointops/domain';

/**
 * The public pages (complaints) speak English and Spanish. Each page keeps its words in a small
 * typed dictionary, one entry per language (`Dictionary<T>`), and reads them with `useText`. The
 * visible switch sets `lang` on the page's root, so screen readers and spell checkers follow, and
 * the choice is remembered in localStorage for the next public page. The first visit follows the
 * browser's language.
 */
export type Dictionary<T> = Readonly<Record<PublicLanguage, T>>;

export const PUBLIC_LANGUAGE_KEY = 'jointops.publicLanguage';

/** Each language's name in itself, for the switch. */
const NAMES: Dictionary<string> = { en: 'English', es: 'Español' };
/** Locales for dates and numbers. */
export const PUBLIC_LOCALES: Dictionary<string> = { en: 'en-US', es: 'es-US' };

const isLanguage = (value: unknown): value is PublicLanguage => (PUBLIC_LANGUAGES as readonly unknown[]).includes(value);

/** The remembered choice, else Spanish when the browser's first language is, else English. */
export function initialLanguage(): PublicLanguage {
  try {
    const saved = window.localStorage.getItem(PUBLIC_LANGUAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage may be off (private browsing): the browser's language decides.
  }
  const preferred = typeof navigator === 'undefined' ? '' : (navigator.languages?.[0] ?? navigator.language ?? '');
  return preferred.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Keeps `language` for the public pages (a link in one language opens them in it). */
export function rememberLanguage(language: PublicLanguage): void {
  try {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, language);
  } catch {
    // Not remembered; the page still switches.
  }
}

const LanguageContext = createContext<PublicLanguage>('en');

/** The language of the public page around the caller. */
export function usePublicLanguage(): PublicLanguage {
  return useContext(LanguageContext);
}

/** The caller's words, in the page's language. */
export function useText<T>(dictionary: Dictionary<T>): T {
  return dictionary[usePublicLanguage()];
}

/** A public page's root: the language switch above the page, `lang` on the root, the choice kept. */
export function PublicLanguageRoot({ children, className }: { children: ReactNode; className?: string }) {
  const [language, setLanguage] = useState<PublicLanguage>(initialLanguage);
  const choose = useCallback((next: PublicLanguage) => {
    setLanguage(next);
    rememberLanguage(next);
  }, []);
  const report = useContext(PageLanguageReport);
  useEffect(() => {
    report?.(language);
    return () => report?.(null);
  }, [language, report]);
  return (
    <LanguageContext.Provider value={language}>
      <div lang={language} className={className} data-testid="public-page">
        <LanguageSwitch language={language} onChange={choose} />
        {children}
      </div>
    </LanguageContext.Provider>
  );
}

/** Two buttons, each language named in itself; the current one is pressed. */
export function LanguageSwitch({ language, onChange }: { language: PublicLanguage; onChange: (language: PublicLanguage) => void }) {
  return (
    // A row of its own (grid-col-12): the public pages' root is a grid row, in which the switch
    // would otherwise sit beside the page as a column, its two buttons stretched to the page's height.
    <div role="group" aria-label={language === 'es' ? 'Idioma' : 'Language'} className="grid-col-12 display-flex flex-justify-end margin-bottom-2">
      <ul className="usa-button-group usa-button-group--segmented">
        {PUBLIC_LANGUAGES.map((option) => (
          <li key={option} className="usa-button-group__item">
            <button
              type="button"
              lang={option}
              className={`usa-button${option === language ? '' : ' usa-button--outline'}`}
              aria-pressed={option === language}
              onClick={() => onChange(option)}
            >
              {NAMES[option]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A date and time for the public, in the page's language, on the clocks oversight reads complaints
 * by (DEFAULT_TIME_ZONE, North Carolina's) and naming that zone, so a visitor elsewhere is not
 * misled: "May 2, 2026 at 5:30 PM EDT" / "2 de mayo de 2026 a las 5:30 p.m. EDT".
 */
export function formatPublicDateTime(iso: string, language: PublicLanguage): string {
  return formatInZone(iso, DEFAULT_TIME_ZONE, 'long', PUBLIC_LOCALES[language]) || iso;
}

/**
 * `text` as a sentence: with one full stop at its end. A sentence may end in something formatted
 * that already ends in one ("… a las 8:12 p.m.", "… Inc."), which must not get a second.
 */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
