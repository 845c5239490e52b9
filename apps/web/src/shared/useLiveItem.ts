import { latestActorOf } from '../live/live-memory';
import { useFocusOf } from '../live/useFocusOf';
import type { LiveItem } from './PlanItemForm';

/**
 * What `PlanItemForm` needs to show co-editing on an edit form: the item's version now against the
 * one the form was opened on (live events rewrite the cached entity), its saved values in the
 * form's shape, who saved the latest version, and who else has it open (`focusKey`, e.g.
 * `timeline:<id>`). Undefined for an add form.
 */
export function useLiveItem<E extends { id: string; version: number }, V>(entity: E | undefined, opened: E | undefined, focusKey: string | null, valuesOf: (entity: E) => V): LiveItem<V> | undefined {
  const editingBy = useFocusOf(entity && focusKey ? focusKey : '');
  if (!entity || !opened) return undefined;
  return { openedVersion: opened.version, version: entity.version, values: valuesOf(entity), savedBy: entity.version > opened.version ? latestActorOf(entity.id) : null, editingBy };
}
