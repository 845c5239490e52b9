import { Link } from 'react-router';
import { rememberLanguage } from '../shared/public-language';
import { COMPLAINT_STATUS_PATH, NEW_COMPLAINT_PATH } from './complaint-paths';

/** On the sign-in page: the public pages, for visitors who are not with an agency, in English and Spanish. */
export function PublicSideLinks() {
  return (
    <section aria-labelledby="public-side-heading" className="margin-top-5 padding-top-3 border-top-1px border-base-lighter">
      <h2 id="public-side-heading" className="font-heading-md margin-top-0">
        Not with an agency?
      </h2>
      <p>
        Anyone can file a complaint about a joint operation, without an account.{' '}
        <span lang="es">Cualquier persona puede presentar una queja sobre un operativo conjunto, sin una cuenta.</span>
      </p>
      <ul className="usa-list usa-list--unstyled">
        <li className="margin-bottom-1">
          <Link to={NEW_COMPLAINT_PATH} className="usa-link" onClick={() => rememberLanguage('en')}>
            File a complaint
          </Link>
          {' · '}
          <Link to={NEW_COMPLAINT_PATH} className="usa-link" lang="es" onClick={() => rememberLanguage('es')}>
            Presentar una queja
          </Link>
        </li>
        <li>
          <Link to={COMPLAINT_STATUS_PATH} className="usa-link" onClick={() => rememberLanguage('en')}>
            Check a complaint’s status
          </Link>
          {' · '}
          <Link to={COMPLAINT_STATUS_PATH} className="usa-link" lang="es" onClick={() => rememberLanguage('es')}>
            Consultar el estado de una queja
          </Link>
        </li>
      </ul>
    </section>
  );
}
