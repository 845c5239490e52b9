import { EditingBadge } from '@jointops/ui';
import { useFocusOf } from './useFocusOf';

/** "Maria Lopez is editing" on an item someone else has open, e.g. `entityKey="objective:<id>"`. */
export function EditingBadgeFor({ entityKey, className }: { entityKey: string; className?: string }) {
  const names = useFocusOf(entityKey);
  return <EditingBadge names={names} className={className} />;
}
