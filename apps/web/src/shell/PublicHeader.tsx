import { Link } from 'react-router';
import { HelpLink } from '../help/HelpLink';
import type { Dictionary, PublicLanguage } from '../shared/public-language';
import { Header, Title } from '../shared/uswds-markup';
import { PUBLIC_FIGURES_PATH } from '../transparency/paths';
import { COMPLAINT_STATUS_PATH, NEW_COMPLAINT_PATH } from '../complaints/complaint-paths';

const TEXT: Dictionary<{ nav: string; figures: string; complaint: string; status: string; help: string }> = {
  en: { nav: 'Public pages', figures: 'Published figures', complaint: 'File a complaint', status: 'Check a complaint', help: 'Help' },
  es: { nav: 'Páginas públicas', figures: 'Cifras publicadas', complaint: 'Presentar una queja', status: 'Consultar una queja', help: 'Ayuda' },
};

/**
 * The header for signed-out pages: the product name, the published figures, filing a complaint,
 * checking one by its tracking code and Help, in the language of the page below (`language`: a
 * complaint page read in Spanish).
 */
export function PublicHeader({ language = 'en' }: { language?: PublicLanguage }) {
  const text = TEXT[language];
  return (
    <Header>
      <div className="usa-nav-container">
        <div className="usa-navbar jo-public-navbar">
          <Title>
            <Link to="/sign-in">JointOps</Link>
          </Title>
          <nav aria-label={text.nav} className="jo-public-links" lang={language}>
            {/* The figures and the guide are in English only (hrefLang tells a Spanish reader's tools). */}
            <Link to={PUBLIC_FIGURES_PATH} className="usa-link" hrefLang={language === 'en' ? undefined : 'en'}>
              {text.figures}
            </Link>
            <Link to={NEW_COMPLAINT_PATH} className="usa-link">
              {text.complaint}
            </Link>
            <Link to={COMPLAINT_STATUS_PATH} className="usa-link">
              {text.status}
            </Link>
            <HelpLink className="usa-link jo-public-help" label={text.help} />
          </nav>
        </div>
      </div>
    </Header>
  );
}
