import { Link } from 'react-router';
import { HelpLink } from '../help/HelpLink';
import { Header, Title } from '../shared/uswds-markup';
import { PUBLIC_FIGURES_PATH } from '../transparency/paths';
import { NEW_COMPLAINT_PATH } from '../complaints/complaint-paths';

/** The header for signed-out pages: the product name, the published figures, filing a complaint and Help. */
export function PublicHeader() {
  return (
    <Header>
      <div className="usa-nav-container">
        <div className="usa-navbar jo-public-navbar">
          <Title>
            <Link to="/sign-in">JointOps</Link>
          </Title>
          <nav aria-label="Public pages" className="jo-public-links">
            <Link to={PUBLIC_FIGURES_PATH} className="usa-link">
              Published figures
            </Link>
            <Link to={NEW_COMPLAINT_PATH} className="usa-link">
              File a complaint
            </Link>
            <HelpLink className="usa-link jo-public-help" />
          </nav>
        </div>
      </div>
    </Header>
  );
}
