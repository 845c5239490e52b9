import { Button } from '@trussworks/react-uswds';
import './checklist.css';

export const BULK_RESOLVE_HEADING_ID = 'bulk-resolve-heading';

/**
 * While items are selected: a bar kept at the bottom of the window (sticky) saying how many, with the
 * way to the form that resolves them, which sits above the list and is out of sight when the items
 * were ticked further down.
 */
export function SelectionBar({ count, onClear }: { count: number; onClear: () => void }) {
  const toForm = () => {
    const heading = document.getElementById(BULK_RESOLVE_HEADING_ID);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };
  return (
    <div className="jo-selection-bar" data-testid="checklist-selection-bar">
      <span role="status" className="margin-right-2 text-bold">
        {count === 1 ? '1 item selected' : `${count} items selected`}
      </span>
      <Button type="button" className="margin-right-2" onClick={toForm}>
        Resolve together
      </Button>
      <Button type="button" unstyled onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}
