import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ConflictField } from '@jointops/ui';
import { useState } from 'react';
import type { DefaultValues, FieldValues, Path, PathValue } from 'react-hook-form';
import type { z } from 'zod';
import { writeConflictCurrent } from '../plans/plan-cache';
import { webPartOfType } from '../plans/plan-parts';
import type { WorkspacePlan } from '../plans/workspace-types';
import { useSnapshot } from '../plans/useSnapshot';
import { focusFirstShown, focusWhenShown } from './focus';
import { keptTheirsMessage, NOTHING_CHANGED_MESSAGE, type PlanItemFormProps } from './PlanItemForm';
import { rebaseValues } from './rebase-values';
import { useLiveItem } from './useLiveItem';
import { useSchemaForm } from './useSchemaForm';

interface Versioned {
  id: string;
  version: number;
}

export interface PlanItemEditorOptions<V extends FieldValues, E extends Versioned> {
  /** Lower case, e.g. "objective"; "Add an objective", "Save objective", "Objective saved.". */
  noun: string;
  /** The entity to edit; absent to add one. */
  entity?: E;
  /** How the entity is named in "Edit objective …". */
  nameOf: (entity: E) => string;
  /**
   * Each field's id is `${idPrefix}-new-${suffix}` or `${idPrefix}-${id}-edit-${suffix}`; the suffix
   * is the field's key unless `idSuffixes` says otherwise. The error summary lists the fields in
   * the order `valuesOf` gives them.
   */
  idPrefix: string;
  idSuffixes?: Partial<Record<keyof V & string, string>>;
  /** From `@jointops/domain`: the API checks with the same one. */
  schema: z.ZodType;
  /** The form's values for the entity, or for a new one. */
  valuesOf: (entity?: E) => V;
  add: (values: NoInfer<V>) => Promise<unknown>;
  update: (id: string, expectedVersion: number, values: NoInfer<V>) => Promise<unknown>;
  /** What the add form starts over with after an add (default: as for a new one). */
  afterAdd?: (added: NoInfer<V>) => NoInfer<V>;
  /** Closes the form (when editing) and announces what happened. */
  onDone: (message?: string) => void;
  conflict: {
    fields: readonly ConflictField[];
    mine?: (values: NoInfer<V>) => Record<string, unknown>;
    theirs?: (current: Record<string, unknown>) => Record<string, unknown>;
    /** The cached entity "Keep theirs" rewrites. */
    typename: string;
    fragment: TypedDocumentNode<Record<string, unknown>, unknown>;
    fragmentName?: string;
  };
}

/**
 * The props of a plan part's add-or-edit form: `entity` names the part to edit (absent: add one);
 * `plan` is the workspace plan, with the section's own content where the form reads it.
 */
export type PlanPartFormProps<Name extends string, E, P = WorkspacePlan> = { plan: P; onDone: (message?: string) => void } & { [K in Name]?: E };

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Everything an add-or-edit form of a plan part hands to `PlanItemForm`, from its few particulars:
 * the schema, the values, the mutations, the words. Editing names the version the form was
 * opened on (live updates rewrite the cached entity meanwhile), so another person's save in
 * between answers CONFLICT.
 */
export function usePlanItemEditor<V extends FieldValues, E extends Versioned>(options: PlanItemEditorOptions<V, E>): Omit<PlanItemFormProps<V>, 'children'> {
  const { noun, entity, nameOf, idPrefix, idSuffixes = {}, schema, valuesOf, add, update, afterAdd, conflict } = options;
  // An edit that ends (saved, cancelled, nothing changed, theirs kept) puts focus back on the part's
  // Edit button (`<idPrefix>-<id>-edit`), or on the part itself, not on the page's start.
  const onDone = (message?: string) => {
    options.onDone(message);
    if (entity) void focusFirstShown([`${idPrefix}-${entity.id}-edit`, `${idPrefix}-${entity.id}`]);
  };
  const opened = useSnapshot(entity);
  const client = useApolloClient();
  const [ids] = useState(() => {
    const prefix = entity ? `${idPrefix}-${entity.id}-edit` : `${idPrefix}-new`;
    const suffixes: Partial<Record<string, string>> = idSuffixes;
    return Object.fromEntries(Object.keys(valuesOf()).map((key) => [key, `${prefix}-${suffixes[key] ?? key}`]));
  });
  const form = useSchemaForm<V>(schema, valuesOf(entity) as DefaultValues<V>);
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  // Co-editing: who else has this item open, and what someone else saved while this form is open.
  const focusKind = webPartOfType(conflict.typename)?.focus.kind;
  const live = useLiveItem(entity, opened, entity && focusKind ? `${focusKind}:${entity.id}` : null, valuesOf);

  return {
    form,
    ids,
    label: entity ? `Edit ${noun} ${nameOf(entity)}` : `Add ${article} ${noun}`,
    // Edit puts focus in the form's first field (the form may open away from the Edit button).
    autoFocus: entity ? Object.keys(valuesOf())[0] : undefined,
    submitLabel: entity ? `Save ${noun}` : `Add ${noun}`,
    onSave: async (values, expectedVersion) => {
      if (entity) {
        await update(entity.id, expectedVersion ?? (opened ?? entity).version, values);
        onDone(`${capitalized(noun)} saved.`);
      } else {
        // What the form held when it was sent (before the schema trimmed it): a field changed while
        // the add is saving (the next item begun) keeps that change when the form starts over.
        const sent = JSON.parse(JSON.stringify(form.getValues())) as V;
        const added = await add(values);
        const current = form.getValues();
        const next = afterAdd ? afterAdd(values) : valuesOf();
        const { kept } = rebaseValues<V>(sent, current, next);
        form.reset(next);
        for (const key of kept) form.setValue(key as Path<V>, current[key] as PathValue<V, Path<V>>, { shouldDirty: true });
        onDone(`${capitalized(noun)} added.`);
        // Focus goes to the new item (`${idPrefix}-${id}` in the list), not back to <body>, unless
        // the user is already at work on the next one.
        const addedId = (added as { id?: unknown } | undefined)?.id;
        if (typeof addedId === 'string' && kept.length === 0) void focusWhenShown(`${idPrefix}-${addedId}`);
      }
    },
    onCancel: entity ? () => onDone() : undefined,
    // Saving an edit that changed nothing sends nothing: in review it would void every sign-off.
    onUnchanged: entity ? () => onDone(NOTHING_CHANGED_MESSAGE) : undefined,
    conflict: entity
      ? {
          fields: conflict.fields,
          mine: conflict.mine ?? ((values) => values),
          theirs: conflict.theirs,
          keepTheirs: ({ current, currentVersion }) =>
            writeConflictCurrent(client.cache, { typename: conflict.typename, id: entity.id, fragment: conflict.fragment, fragmentName: conflict.fragmentName, current, currentVersion }),
        }
      : undefined,
    onKeptTheirs: (same) => onDone(keptTheirsMessage(same)),
    live,
  };
}
