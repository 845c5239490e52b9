import type { To } from 'react-router';
import { Link } from 'react-router';
import { PLAN_SORTS, type PlanSort } from './plan-order';

/** "Sort by" above the plan list; the choice is kept in the URL. */
export function PlanSortSelect({ sort, onChange }: { sort: PlanSort; onChange: (key: string) => void }) {
  return (
    <div className="usa-form-group margin-top-0 margin-bottom-2">
      <label className="usa-label margin-top-0" htmlFor="plans-sort">
        Sort by
      </label>
      <select id="plans-sort" className="usa-select width-auto" value={sort.key} onChange={(e) => onChange(e.target.value)}>
        {PLAN_SORTS.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Previous / "Page 2 of 5" / Next under the plan list, as links that keep filters and sort. */
export function PlanPagination({ page, pages, hrefOf }: { page: number; pages: number; hrefOf: (page: number) => To }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of plans" className="usa-pagination jo-plan-pages">
      <ul className="usa-pagination__list">
        {page > 1 ? (
          <li className="usa-pagination__item usa-pagination__arrow">
            <Link to={hrefOf(page - 1)} className="usa-pagination__link usa-pagination__previous-page" aria-label="Previous page">
              <span className="usa-pagination__link-text">Previous</span>
            </Link>
          </li>
        ) : null}
        <li className="usa-pagination__item usa-pagination__page-no">
          <span className="usa-pagination__button usa-current" aria-current="page">
            Page {page} of {pages}
          </span>
        </li>
        {page < pages ? (
          <li className="usa-pagination__item usa-pagination__arrow">
            <Link to={hrefOf(page + 1)} className="usa-pagination__link usa-pagination__next-page" aria-label="Next page">
              <span className="usa-pagination__link-text">Next</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
