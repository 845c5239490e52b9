import type { AdminAgencyFragment, AdminUserFragment } from '@jointops/web-data';
import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { AccountAccessControls } from './AccountAccessControls';
import { EditAccountForm } from './EditAccountForm';

export interface ManageAccountProps {
  user: AdminUserFragment;
  agencies: readonly AdminAgencyFragment[];
  actorId: string;
  onClose: () => void;
}

/** One account, opened from the accounts table: its name, agency and roles, and its access. Focus moves to its heading. */
export function ManageAccount({ user, agencies, actorId, onClose }: ManageAccountProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [user.id]);
  return (
    <section aria-labelledby="manage-account-heading" className="border-1px border-base-lighter radius-md padding-2 margin-y-3">
      <h3 id="manage-account-heading" ref={heading} tabIndex={-1} className="margin-top-0">
        Manage {user.displayName}
      </h3>
      <p className="text-base-dark">{user.email}</p>
      <div className="grid-row grid-gap-4">
        <div className="tablet:grid-col-6">
          <EditAccountForm key={user.id} user={user} agencies={agencies} actorId={actorId} />
        </div>
        <div className="tablet:grid-col-6">
          <AccountAccessControls key={user.id} user={user} self={user.id === actorId} />
        </div>
      </div>
      <Button type="button" unstyled className="margin-top-2" onClick={onClose}>
        Close
      </Button>
    </section>
  );
}
