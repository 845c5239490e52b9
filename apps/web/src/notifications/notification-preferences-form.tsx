import { Checkbox, Fieldset } from '@trussworks/react-uswds';
import { isMutable, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from '@jointops/domain';
import { useController, useFormContext } from 'react-hook-form';
import { z } from 'zod';

export interface PreferenceValues {
  email: boolean;
  /** Kinds not to be emailed. */
  muted: NotificationKind[];
}

/** Field key → its control's id, in the order the error summary lists them. */
export const PREFERENCE_IDS = { email: 'notify-email', muted: 'notify-kinds' } as const;

/** Why a kind's box cannot be cleared. */
export const ALWAYS_SENT = 'A signature waits on you: always sent';

/** What the form checks before sending: the same rule the server applies (`isMutable`). */
export const preferencesSchema = z.object({
  email: z.boolean(),
  muted: z
    .array(z.enum(NOTIFICATION_KINDS as [NotificationKind, ...NotificationKind[]]))
    .refine((kinds) => kinds.every(isMutable), { message: 'Review requests and voided approvals are always sent: a signature waits on you.' }),
});

/**
 * One box per kind, checked when it is emailed (not muted). The kinds that cannot be muted are
 * shown checked and disabled, with the reason. The fieldset carries the error of `muted`.
 */
export function KindsField({ emailOn, disabled }: { emailOn: boolean; disabled?: boolean }) {
  const { control, clearErrors } = useFormContext<PreferenceValues>();
  const { field, fieldState } = useController({ name: 'muted', control });
  const muted: NotificationKind[] = field.value ?? [];
  const error = fieldState.error?.message ?? null;
  const id = PREFERENCE_IDS.muted;
  const toggle = (kind: NotificationKind, wanted: boolean) => {
    field.onChange(wanted ? muted.filter((k) => k !== kind) : [...muted, kind]);
    if (error) clearErrors('muted');
  };
  return (
    <Fieldset
      legend="Email me about"
      id={id}
      tabIndex={-1}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
      className={error ? 'usa-form-group--error margin-top-3' : 'margin-top-3'}
    >
      <span className="usa-hint" id={`${id}-hint`}>
        {emailOn
          ? 'Every kind always appears under Notifications; these choose what is also emailed.'
          : 'Email is off: only the kinds a signature waits on are emailed. Every kind still appears under Notifications.'}
      </span>
      {error ? (
        <span id={`${id}-error`} className="usa-error-message">
          {error}
        </span>
      ) : null}
      {NOTIFICATION_KINDS.map((kind) => {
        const mutable = isMutable(kind);
        return (
          <Checkbox
            key={kind}
            id={`${id}-${kind}`}
            name="muted"
            label={NOTIFICATION_KIND_LABELS[kind]}
            labelDescription={mutable ? undefined : ALWAYS_SENT}
            checked={!mutable || !muted.includes(kind)}
            disabled={!mutable || disabled}
            onChange={(event) => toggle(kind, event.target.checked)}
          />
        );
      })}
    </Fieldset>
  );
}
