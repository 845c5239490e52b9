import type { Role } from '@jointops/domain';
import { DataTable } from '@jointops/ui';
import type { AdminUserFragment } from '@jointops/web-data';
import { Button } from '@trussworks/react-uswds';
import { PHONE_MEDIA_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import '../shared/phone-cards.css';
import { AccountStatusTag } from './AccountStatusTag';
import { ROLE_LABELS, ROLES } from './admin-model';

/** Roles in their usual order (as the form lists them), whatever order they were granted in. */
const rolesText = (roles: readonly string[]) =>
  [...roles]
    .sort((a, b) => ROLES.indexOf(a as Role) - ROLES.indexOf(b as Role))
    .map((role) => ROLE_LABELS[role as Role] ?? role)
    .join(', ');

export interface AccountsListProps {
  users: readonly AdminUserFragment[];
  /** What the list holds, for screen readers: "Accounts", or "Accounts in CBP". */
  caption: string;
  onManage: (userId: string) => void;
}

/**
 * The accounts, each with its agency, roles, status and Manage. On a phone (PHONE_MEDIA_QUERY) a
 * card each, its fields named: the table's six columns do not fit 390 px. Manage has the same id
 * in both, so focus returns to it when the account is closed.
 */
export function AccountsList({ users, caption, onManage }: AccountsListProps) {
  const phone = useMediaQuery(PHONE_MEDIA_QUERY);
  const manage = (user: AdminUserFragment, className: string) => (
    <Button id={`manage-${user.id}`} type="button" unstyled className={className} aria-label={`Manage ${user.displayName}`} onClick={() => onManage(user.id)}>
      Manage
    </Button>
  );
  if (phone) {
    return (
      <ul className="usa-list usa-list--unstyled jo-phone-cards margin-y-2" aria-label={caption} data-testid="account-cards">
        {users.map((user) => (
          <li key={user.id} className="jo-phone-card">
            <h3 className="jo-phone-card__title">{user.displayName}</h3>
            <dl className="jo-phone-card__fields">
              <dt>Email</dt>
              <dd>{user.email}</dd>
              <dt>Agency</dt>
              <dd>{user.agency.shortName}</dd>
              <dt>Roles</dt>
              <dd>{rolesText(user.roles) || '—'}</dd>
              <dt>Status</dt>
              <dd>
                <AccountStatusTag active={user.active} />
              </dd>
            </dl>
            {manage(user, 'jo-phone-card__action')}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <DataTable fullWidth scrollable caption={caption} captionClassName="usa-sr-only" columns={['Name', 'Email', 'Agency', 'Roles', 'Status']} actionsColumn>
      {users.map((user) => (
        <tr key={user.id}>
          <th scope="row">{user.displayName}</th>
          <td>{user.email}</td>
          <td>{user.agency.shortName}</td>
          <td>{rolesText(user.roles)}</td>
          <td>
            <AccountStatusTag active={user.active} />
          </td>
          <td>{manage(user, 'text-no-wrap')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
