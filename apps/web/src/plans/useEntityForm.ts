import type { FieldViolation } from '@jointops/domain';
import type { FieldError } from '@jointops/ui';
import { conflictOf, type ConflictInfo } from '@jointops/web-data';
import { useCallback, useMemo, useState } from 'react';
import { serverFormErrors, splitViolations } from './form-errors';

export interface EntityForm<K extends string> {
  errors: Partial<Record<K, string>>;
  /** An error not tied to a field (FORBIDDEN, INVALID_STATE, network …). */
  formError: string | null;
  /** For the ErrorSummary at the top of the form. */
  summary: FieldError[];
  saving: boolean;
  /** Set when an update answered CONFLICT; the form keeps what was typed. */
  conflict: ConflictInfo | null;
  /** Announced politely after a successful save. */
  status: string | null;
  clearError: (key: K) => void;
  /** Shows the violations (focusing the first field); true when there are none. */
  check: (violations: readonly FieldViolation[]) => boolean;
  /** Runs a mutation: saving flag, CONFLICT capture, server field errors. True on success. */
  run: (action: () => Promise<unknown>, successMessage?: string) => Promise<boolean>;
  dismissConflict: () => void;
  reset: () => void;
}

/** Form state shared by every plan form. `ids` maps each field key to its input's id. */
export function useEntityForm<K extends string>(ids: Record<K, string>): EntityForm<K> {
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const keys = useMemo(() => Object.keys(ids) as K[], [ids]);

  const show = useCallback(
    (fields: Record<string, string>, general: string | null) => {
      setErrors(fields as Partial<Record<K, string>>);
      setFormError(general);
      const first = keys.find((key) => fields[key]);
      if (first) document.getElementById(ids[first])?.focus();
    },
    [ids, keys],
  );

  const check = useCallback(
    (violations: readonly FieldViolation[]) => {
      const { fields, general } = splitViolations(violations, keys);
      show(fields, general);
      if (violations.length > 0) setStatus(null);
      return violations.length === 0;
    },
    [keys, show],
  );

  const run = useCallback(
    async (action: () => Promise<unknown>, successMessage?: string) => {
      setSaving(true);
      setStatus(null);
      try {
        await action();
        setErrors({});
        setFormError(null);
        setConflict(null);
        if (successMessage) setStatus(successMessage);
        return true;
      } catch (error) {
        const found = conflictOf(error);
        if (found) {
          setConflict(found);
          return false;
        }
        const { fields, general } = serverFormErrors(error, keys);
        show(fields, general);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [keys, show],
  );

  const summary = keys.filter((key) => errors[key]).map((key) => ({ fieldId: ids[key], message: errors[key] as string }));

  return {
    errors,
    formError,
    summary,
    saving,
    conflict,
    status,
    clearError: useCallback((key: K) => setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current)), []),
    check,
    run,
    dismissConflict: useCallback(() => setConflict(null), []),
    reset: useCallback(() => {
      setErrors({});
      setFormError(null);
      setConflict(null);
    }, []),
  };
}
