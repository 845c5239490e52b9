import type { AssignmentFieldsFragment } from '@jointops/web-data';
import { AssignedPlace } from '../shared/AssignedPlace';

/** The roles of the plan held by `userId`. */
export function assignedTo<R extends Pick<AssignmentFieldsFragment, 'assignee'>>(roles: readonly R[], userId: string): R[] {
  return roles.filter((role) => role.assignee?.id === userId);
}

/**
 * "Your assignment" on the officer's view of a running plan: each role the signed-in user holds,
 * its agency and where it works, with the coordinates to copy or open in the phone's maps app.
 * Nothing when the user holds no role.
 */
export function YourAssignment({ roles }: { roles: readonly AssignmentFieldsFragment[] }) {
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="your-assignment-heading" className="margin-bottom-3">
      <h3 id="your-assignment-heading">Your assignment</h3>
      <ul className="usa-list usa-list--unstyled">
        {roles.map((role) => (
          <li key={role.id} className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2" data-testid="assignment">
            <h4 className="margin-y-0">{role.title}</h4>
            <p className="margin-y-05">
              {role.agency.name} ({role.agency.shortName})
            </p>
            {role.place ? <AssignedPlace place={role.place} idPrefix={`assignment-${role.id}`} /> : <p className="margin-y-05 text-base-dark">No place is named for this role.</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
