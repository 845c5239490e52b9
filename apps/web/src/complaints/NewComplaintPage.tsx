import { useMutation, useQuery } from '@apollo/client/react';
import { PageHeading } from '@jointops/ui';
import { FileComplaintDocument, PublicAgenciesDocument, type FileComplaintMutation } from '@jointops/web-data';
import { useState } from 'react';
import { Link } from 'react-router';
import { PublicLanguageRoot, usePublicLanguage, useText } from '../shared/public-language';
import { WHAT_HAPPENS_NEXT } from './complaint-labels';
import { COMPLAINT_FORM_TEXT } from './complaint-form-text';
import { COMPLAINT_STATUS_PATH } from './complaint-paths';
import { ComplaintForm } from './ComplaintForm';
import { ComplaintReceipt } from './ComplaintReceipt';

/** `/complaints/new`: anyone, without signing in, in English or Spanish. */
export function NewComplaintPage() {
  return (
    <PublicLanguageRoot className="grid-row">
      <div className="grid-col-12 tablet:grid-col-10 desktop:grid-col-8">
        <NewComplaint />
      </div>
    </PublicLanguageRoot>
  );
}

function NewComplaint() {
  const language = usePublicLanguage();
  const text = useText(COMPLAINT_FORM_TEXT);
  // The agency list is a help, not a condition: the form works while it loads or if it fails.
  const { data } = useQuery(PublicAgenciesDocument);
  const [fileComplaint] = useMutation(FileComplaintDocument);
  const [receipt, setReceipt] = useState<FileComplaintMutation['fileComplaint'] | null>(null);

  return (
    <>
      <title>{text.title}</title>
      <PageHeading lead={text.lead}>{text.heading}</PageHeading>
      {receipt ? (
        <ComplaintReceipt trackingCode={receipt.trackingCode} receivedAt={receipt.receivedAt} onAnother={() => setReceipt(null)} />
      ) : (
        <>
          <div className="usa-summary-box margin-bottom-3">
            <div className="usa-summary-box__body">
              <p className="usa-summary-box__text margin-top-0 text-bold">{text.noStatusQuestions}</p>
              <p className="usa-summary-box__text margin-bottom-0">{WHAT_HAPPENS_NEXT[language]}</p>
            </div>
          </div>
          <ComplaintForm
            agencies={data?.publicAgencies ?? []}
            onFile={async (input) => {
              const result = await fileComplaint({ variables: { input } });
              if (result.data) setReceipt(result.data.fileComplaint);
            }}
          />
          <p className="margin-top-4">
            <Link to={COMPLAINT_STATUS_PATH} className="usa-link">
              {text.checkStatus}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
