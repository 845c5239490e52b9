import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** SQL about agencies beyond their own row. */
@Injectable()
export class AgencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Which of `ids` have an active AGENCY_LEAD: the person who signs a plan for the agency (the same
   * test as the AGENCY_WITHOUT_LEAD blocker's, PlanAccountabilityRepository.factsFor).
   */
  async withLead(ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ agency_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT u.agency_id FROM users u WHERE u.agency_id = ANY($1::uuid[]) AND u.disabled_at IS NULL AND 'AGENCY_LEAD' = ANY(u.roles)`,
      [ids],
    );
    return new Set(rows.map((row) => row.agency_id));
  }
}
