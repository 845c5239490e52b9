import { Header, Title } from '@trussworks/react-uswds';
import { Link } from 'react-router';

/** The header for signed-out pages: just the product name. */
export function PublicHeader() {
  return (
    <Header basic>
      <div className="usa-nav-container">
        <div className="usa-navbar">
          <Title>
            <Link to="/sign-in">JointOps</Link>
          </Title>
        </div>
      </div>
    </Header>
  );
}
