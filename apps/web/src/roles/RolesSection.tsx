import { LiveStatus } from '@jointops/ui';
import { RolesSectionDocument, type RolesSectionQuery } from '@jointops/web-data';
import { useState } from 'react';
import { useWorkspace } from '../plans/workspace-context';
import { useSectionPlan, type SectionPlan } from '../plans/useSectionPlan';
import { RoleForm } from './RoleForm';
import { RoleItem } from './RoleItem';
import { AddPanel, SkipToAddForm } from '../shared/AddPanel';
import { placeOf, usePlacesById } from '../shared/place-ref';

/** `/plans/:id/roles`: role assignments grouped by agency; an agency without a role blocks review. */
export function RolesSection() {
  const { canEdit } = useWorkspace();
  const { plan, fallback } = useSectionPlan(RolesSectionDocument, 'the roles');
  return plan ? <Roles plan={plan} canEdit={canEdit} /> : fallback;
}

function Roles({ plan, canEdit }: { plan: SectionPlan<NonNullable<RolesSectionQuery['plan']>>; canEdit: boolean }) {
  const [status, setStatus] = useState<string | null>(null);
  const places = usePlacesById(plan.places);
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">Roles</h2>
      <SkipToAddForm target="roles-add" show={canEdit} />
      <LiveStatus message={status} />
      {plan.agencies.map((agency) => {
        const roles = plan.roles.filter((role) => role.agency.id === agency.id);
        return (
          <section key={agency.id} id={`agency-${agency.id}`} tabIndex={-1} aria-labelledby={`agency-${agency.id}-heading`} className="margin-bottom-3">
            <h3 id={`agency-${agency.id}-heading`}>
              {agency.name} ({agency.shortName})
            </h3>
            {roles.length === 0 ? (
              <p className="bg-secondary-lighter border-left-05 border-secondary padding-1" data-testid="agency-without-role">
                No role yet. Every participating agency needs one before review.
              </p>
            ) : (
              <ul className="usa-list usa-list--unstyled">
                {roles.map((role) => (
                  <RoleItem key={role.id} plan={plan} role={role} place={placeOf(role, places)} canEdit={canEdit} onStatus={setStatus} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <AddPanel id="roles-add" heading="Add a role" show={canEdit}>
        <RoleForm plan={plan} onDone={(message) => setStatus(message ?? null)} />
      </AddPanel>
    </section>
  );
}
