import { Button, Checkbox, Fieldset, Label } from '@trussworks/react-uswds';
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from '@jointops/domain';

export interface PlanFiltersProps {
  statuses: readonly PlanStatus[];
  searchInput: string;
  onToggleStatus: (status: PlanStatus, on: boolean) => void;
  onSearch: (value: string) => void;
  onClear: () => void;
  filtered: boolean;
}

/** Status checkboxes and a search box above the plans list. */
export function PlanFilters({ statuses, searchInput, onToggleStatus, onSearch, onClear, filtered }: PlanFiltersProps) {
  return (
    <section aria-label="Filter plans" className="margin-bottom-3">
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-4">
          <Label htmlFor="plans-search">Search plans</Label>
          <input
            id="plans-search"
            className="usa-input"
            type="search"
            value={searchInput}
            onChange={(e) => onSearch(e.target.value)}
            aria-describedby="plans-search-hint"
          />
          <span id="plans-search-hint" className="usa-hint">
            Title or summary
          </span>
        </div>
        <div className="tablet:grid-col-8">
          <Fieldset legend="Status" className="margin-top-2">
            <div className="display-flex flex-wrap">
              {PLAN_STATUSES.map((status) => (
                <Checkbox
                  key={status}
                  id={`plans-status-${status}`}
                  name="status"
                  value={status}
                  label={PLAN_STATUS_LABELS[status]}
                  className="margin-right-3"
                  checked={statuses.includes(status)}
                  onChange={(e) => onToggleStatus(status, e.target.checked)}
                />
              ))}
            </div>
          </Fieldset>
        </div>
      </div>
      {filtered ? (
        <Button type="button" unstyled className="margin-top-1" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </section>
  );
}
