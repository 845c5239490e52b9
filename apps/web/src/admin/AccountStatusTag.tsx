import { Tag } from '@trussworks/react-uswds';

/**
 * Whether an account may sign in, shown the same way wherever it appears (the list, its card,
 * Manage): a tag each, Active in grey (the usual state), Disabled in red so it stands out.
 */
export function AccountStatusTag({ active }: { active: boolean }) {
  return <Tag className={`${active ? 'bg-base-lighter text-ink' : 'bg-secondary-dark'} text-no-wrap`}>{active ? 'Active' : 'Disabled'}</Tag>;
}
