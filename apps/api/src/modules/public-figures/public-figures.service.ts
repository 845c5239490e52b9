import { Injectable } from '@nestjs/common';
import { publishedPeriod, type FieldViolation } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import type { Agency } from '../agencies/agency.entity';
import { PublicFiguresRepository, type Periods } from './public-figures.repository';
import { PERIODS, publishYear, type PublishedFigures } from './published-year';

export interface PublishedPeriod extends PublishedFigures {
  year: number;
  /** 1 to 4, or null for the whole year. */
  quarter: number | null;
}

/** A year's published figures: the whole year's, then each quarter's. */
export interface PublishedYear {
  year: number;
  periods: PublishedPeriod[];
  agencies: Agency[];
}

/**
 * Published figures (DESIGN section 8): anyone may read them, so they are counts only (and the
 * names of the agencies that took part), of operations ACTIVE, COMPLETED or CLOSED in the period,
 * every count under 5 suppressed and every count that would give one back (published-year.ts).
 *
 * A period is a UTC calendar year or quarter; an operation is in it when its window overlaps it
 * (without a window: when it was created in it), the oversight report's rule. Complaints count in
 * the period that received them, with the status they have now.
 */
@Injectable()
export class PublicFiguresService {
  constructor(
    private readonly repository: PublicFiguresRepository,
    private readonly clock: Clock,
  ) {}

  /** The figures of a year or of one of its quarters. Bad arguments: VALIDATION naming each, and nothing read. */
  async period(year: number, quarter: number | null): Promise<PublishedPeriod & { agencies: Agency[]; years: number[] }> {
    const years = await this.validate(year, quarter);
    const figures = await this.figures(year);
    const { from, to } = publishedPeriod(year, quarter);
    return { ...figures[quarter ?? 0], quarter, agencies: await this.repository.agencies(from, to), years };
  }

  /** The whole year and each of its quarters, for the annual report. */
  async year(year: number): Promise<PublishedYear> {
    await this.validate(year, null);
    const { from, to } = publishedPeriod(year, null);
    return { year, periods: await this.figures(year), agencies: await this.repository.agencies(from, to) };
  }

  /** The years that may be asked for, newest first; throws on a quarter outside 1-4 or a year outside them. */
  async validate(year: number, quarter: number | null): Promise<number[]> {
    const thisYear = this.clock.now().getUTCFullYear();
    const firstYear = Math.min((await this.repository.firstYear()) ?? thisYear, thisYear);
    const violations: FieldViolation[] = [];
    if (quarter !== null && ![1, 2, 3, 4].includes(quarter)) {
      violations.push({ field: 'quarter', message: 'The quarter must be 1, 2, 3 or 4 (or none, for the whole year).' });
    }
    if (!Number.isInteger(year) || year < firstYear || year > thisYear) {
      violations.push({
        field: 'year',
        message: firstYear === thisYear ? `The year must be ${thisYear}: figures are published from the year of the first operation.` : `The year must be from ${firstYear} to ${thisYear}: figures are published from the year of the first operation to this one.`,
      });
    }
    ValidationException.throwIfAny(violations);
    return Array.from({ length: thisYear - firstYear + 1 }, (_, index) => thisYear - index);
  }

  /** The year's figures (index 0) and its quarters' (1 to 4), suppressed together. */
  private async figures(year: number): Promise<PublishedPeriod[]> {
    const quarters = [null, 1, 2, 3, 4].map((quarter) => ({ quarter, ...publishedPeriod(year, quarter) }));
    const periods: Periods = { from: quarters.map((q) => q.from), to: quarters.map((q) => q.to) };
    const now = this.clock.now();
    const [operations, incidents, complaints, actions] = await Promise.all([
      this.repository.operations(periods),
      this.repository.incidents(periods),
      this.repository.complaints(periods),
      this.repository.correctiveActions(periods),
    ]);
    const published = publishYear({ operations, incidents, complaints, actions, ahead: quarters.map((q) => q.from > now) });
    return Array.from({ length: PERIODS }, (_, index) => ({ year, quarter: quarters[index].quarter, ...published[index] }));
  }
}
