import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import { checkText, checkTitle, collectViolations, LIMITS } from '@jointops/domain';
import { ConflictNotice, ErrorSummary } from '@jointops/ui';
import { RoleFieldsFragmentDoc, type RoleFieldsFragment } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { writeConflictCurrent } from '../plans/plan-cache';
import { useEntityForm } from '../plans/useEntityForm';
import type { WorkspacePlan } from '../plans/workspace-types';
import { RoleFormFields, type RoleFieldKey, type RoleValues } from './RoleFormFields';
import { useRoleMutations } from './useRoleMutations';
import { useSnapshot } from '../plans/useSnapshot';

const FIELDS = [
  { key: 'title', label: 'Role title' },
  { key: 'responsibilities', label: 'Responsibilities' },
  { key: 'agencyId', label: 'Agency' },
  { key: 'assigneeId', label: 'Assignee' },
];

export interface RoleFormProps {
  plan: WorkspacePlan;
  role?: RoleFieldsFragment;
  /** Preselects the agency when adding from an agency's group. */
  agencyId?: string;
  onDone: (message?: string) => void;
}

/** Adds a role assignment, or edits one (`assigneeId: null` unassigns). */
export function RoleForm({ plan, role, agencyId, onDone }: RoleFormProps) {
  const opened = useSnapshot(role);
  const client = useApolloClient();
  const prefix = role ? `role-${role.id}-edit` : 'role-new';
  const [ids] = useState<Record<RoleFieldKey, string>>(() => ({
    agencyId: `${prefix}-agency`,
    title: `${prefix}-title`,
    responsibilities: `${prefix}-responsibilities`,
    assigneeId: `${prefix}-assignee`,
    objectiveIds: `${prefix}-objectives`,
  }));
  const form = useEntityForm(ids);
  const { addRole, updateRole } = useRoleMutations(plan.id);
  const initial = (): RoleValues => ({
    agencyId: role?.agency.id ?? agencyId ?? '',
    title: role?.title ?? '',
    responsibilities: role?.responsibilities ?? '',
    assigneeId: role?.assignee?.id ?? '',
    objectiveIds: role?.objectives.map((o) => o.id) ?? [],
  });
  const [values, setValues] = useState<RoleValues>(initial);
  const onChange = (change: Partial<RoleValues>, key: RoleFieldKey) => {
    setValues((current) => ({ ...current, ...change }));
    form.clearError(key);
  };

  const payload = () => ({ ...values, title: values.title.trim(), assigneeId: values.assigneeId || null });
  const save = async (expectedVersion?: number) => {
    const ok = await form.run(() => (role ? updateRole(role.id, expectedVersion ?? (opened ?? role).version, payload()) : addRole(payload())));
    if (!ok) return;
    if (!role) setValues({ ...initial(), agencyId: values.agencyId });
    onDone(role ? 'Role saved.' : 'Role added.');
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.saving) return;
    const path = role ? 'patch' : 'input';
    const violations = collectViolations(checkTitle(`${path}.title`, values.title), checkText(`${path}.responsibilities`, values.responsibilities, LIMITS.textMax));
    if (!values.agencyId) violations.unshift({ field: `${path}.agencyId`, message: 'Choose the agency that holds this role.' });
    if (form.check(violations)) void save();
  };

  const conflict = form.conflict;
  const displayed = (v: Record<string, unknown>) => {
    const agency = plan.agencies.find((a) => a.id === (v['agencyId'] ?? (v['agency'] as { id?: string } | undefined)?.id));
    return { ...v, agencyId: agency?.shortName ?? v['agencyId'], assigneeId: v['assigneeId'] ?? (v['assignee'] as { displayName?: string } | null | undefined)?.displayName ?? null };
  };

  return (
    <Form onSubmit={onSubmit} noValidate aria-label={role ? `Edit role ${role.title}` : 'Add a role'} className="maxw-full">
      <ErrorSummary errors={form.summary} headingLevel="h3" />
      {form.formError ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">{form.formError}</p>
        </Alert>
      ) : null}
      {conflict && role ? (
        <ConflictNotice
          fields={FIELDS}
          mine={displayed(values as unknown as Record<string, unknown>)}
          theirs={displayed(conflict.current)}
          busy={form.saving}
          onKeepTheirs={() => {
            writeConflictCurrent(client.cache, { typename: 'RoleAssignment', id: role.id, fragment: RoleFieldsFragmentDoc, current: conflict.current, currentVersion: conflict.currentVersion });
            form.dismissConflict();
            onDone('Kept their version.');
          }}
          onApplyMine={() => void save(conflict.currentVersion)}
        />
      ) : null}
      <RoleFormFields plan={plan} ids={ids} values={values} errors={form.errors} onChange={onChange} />
      <div className="margin-top-3">
        <Button type="submit" disabled={form.saving}>
          {form.saving ? 'Saving…' : role ? 'Save role' : 'Add role'}
        </Button>
        {role ? (
          <Button type="button" unstyled onClick={() => onDone()} disabled={form.saving}>
            Cancel
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
