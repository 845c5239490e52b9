import { Link } from 'react-router';
import { HelpLink } from '../help/HelpLink';
import { Header, Title } from '../shared/uswds-markup';

/** The header for signed-out pages: the product name and Help. */
export function PublicHeader() {
  return (
    <Header>
      <div className="usa-nav-container">
        <div className="usa-navbar">
          <Title>
            <Link to="/sign-in">JointOps</Link>
          </Title>
          <HelpLink className="usa-link jo-public-help" />
        </div>
      </div>
    </Header>
  );
}
