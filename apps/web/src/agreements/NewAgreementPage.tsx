import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { AllAgenciesDocument, CreateAgreementDocument } from '@jointops/web-data';
import { Link, useNavigate } from 'react-router';
import { isAdmin } from '../admin/admin-model';
import { useMe } from '../plans/useMe';
import { AgreementForm } from './AgreementForm';

/** `/agreements/new` (ADMIN): record a new agreement between agencies. */
export function NewAgreementPage() {
  const navigate = useNavigate();
  const { me } = useMe();
  const agencies = useQuery(AllAgenciesDocument).data?.agencies ?? [];
  const [create] = useMutation(CreateAgreementDocument, { refetchQueries: ['AgreementsPage'] });
  return (
    <div className="grid-row">
      <div className="desktop:grid-col-8">
        <title>New agreement · JointOps</title>
        <PageHeading lead="Record an agreement between agencies: its parties, scope and terms. Every later change is kept in its history.">New agreement</PageHeading>
        {me && !isAdmin(me.roles) ? (
          <Alert type="info" slim>
            Only administrators record agreements.
          </Alert>
        ) : (
          <AgreementForm
            agencies={agencies}
            cancel={<Link to="/agreements">Cancel</Link>}
            onCreate={async (input) => {
              const result = await create({ variables: { input } });
              if (result.data) navigate(`/agreements/${result.data.createAgreement.id}`);
            }}
          />
        )}
      </div>
    </div>
  );
}
