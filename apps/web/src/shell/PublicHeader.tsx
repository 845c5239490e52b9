import { Header, Title } from '@trussworks/react-uswds';
import { Link } from 'react-router';
import { HelpLink } from '../help/HelpLink';

/** The header for signed-out pages: the product name and Help. */
export function PublicHeader() {
  return (
    <Header basic>
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
