import { Link, useLocation } from 'react-router';
import { helpHref } from './help-sections';

/** The header's Help link: the guide, at the section about the page the user is on. */
export function HelpLink({ className = 'usa-link', label = 'Help' }: { className?: string; label?: string }) {
  const { pathname } = useLocation();
  return (
    <Link to={helpHref(pathname)} className={className} data-testid="help-link">
      {label}
    </Link>
  );
}
