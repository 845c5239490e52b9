import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { ErrorAlert, LoadingStatus, PageHeading } from '@jointops/ui';
import { NotificationPreferencesDocument, UpdateNotificationPreferencesDocument, type NotificationPreferencesFieldsFragment } from '@jointops/web-data';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../shared/errors';
import { focusOn } from '../shared/focus';
import { FormCheckbox } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { KindsField, PREFERENCE_IDS, preferencesSchema, type PreferenceValues } from './notification-preferences-form';
import { NOTIFICATIONS_PATH } from './paths';

export const NOT_CONFIGURED = 'Email is not configured on this server: notifications appear only here.';

function valuesOf(preferences: NotificationPreferencesFieldsFragment): PreferenceValues {
  return { email: preferences.email, muted: [...preferences.muted] };
}

function PreferencesForm({ preferences, onSaved }: { preferences: NotificationPreferencesFieldsFragment; onSaved: (saved: boolean) => void }) {
  const [update] = useMutation(UpdateNotificationPreferencesDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: NotificationPreferencesDocument, data: { notificationPreferences: data.updateNotificationPreferences } });
    },
  });
  const form = useSchemaForm<PreferenceValues>(preferencesSchema, valuesOf(preferences));

  const save = async (values: PreferenceValues) => {
    onSaved(false);
    const { data } = await update({ variables: { input: { email: values.email, muted: values.muted } } });
    if (data) form.reset(valuesOf(data.updateNotificationPreferences));
    onSaved(true);
  };

  return (
    <PlanItemForm form={form} ids={PREFERENCE_IDS} label="Notification settings" submitLabel="Save settings" onSave={save} headingLevel="h2" large>
      <FormCheckbox name="email" label="Also send my notifications by email" />
      <KindsField emailOn={form.watch('email')} />
    </PlanItemForm>
  );
}

/**
 * `/account/notifications` (emails link here to unsubscribe): whether notifications are also
 * emailed, and which kinds are not. Review requests and voided approvals are always emailed.
 */
export function NotificationPreferencesPage() {
  // Fresh on every visit: the form starts from what the server holds now.
  const { data, loading, error } = useQuery(NotificationPreferencesDocument, { fetchPolicy: 'network-only' });
  const preferences = data?.notificationPreferences;
  const [saved, setSaved] = useState(false);
  // Saving leaves nothing to press (the form is clean again): focus goes to the message that it saved.
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved && savedRef.current) focusOn(savedRef.current);
  }, [saved]);
  return (
    <div className="grid-row">
      <div className="tablet:grid-col-10 desktop:grid-col-8">
        <title>Notification settings · JointOps</title>
        <PageHeading
          lead={
            <>
              Every notification appears under{' '}
              <Link to={NOTIFICATIONS_PATH} className="usa-link">
                Notifications
              </Link>
              . Choose which are also sent to your email.
            </>
          }
        >
          Notification settings
        </PageHeading>
        {preferences && !preferences.emailConfigured ? (
          <Alert type="info" slim className="margin-bottom-3" data-testid="email-not-configured">
            <p className="usa-alert__text">{NOT_CONFIGURED}</p>
          </Alert>
        ) : null}
        {error && !data ? <ErrorAlert message={errorMessage(error)} /> : null}
        {loading && !data ? <LoadingStatus /> : null}
        <div role="status" aria-live="polite" ref={savedRef}>
          {saved ? (
            <Alert type="success" slim className="margin-bottom-3">
              <p className="usa-alert__text">Your notification settings were saved.</p>
            </Alert>
          ) : null}
        </div>
        {preferences ? <PreferencesForm preferences={preferences} onSaved={setSaved} /> : null}
      </div>
    </div>
  );
}
