import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AgenciesService } from '../../modules/agencies/agencies.service';
import { UsersService } from '../../modules/users/users.service';
import { DEMO_AGENCIES, DEMO_USERS } from './demo-data';
import { DemoClosedPlanSeed } from './demo-closed-plan';
import { DemoComplaintsSeed } from './demo-complaints';
import { RemindersService } from '../../modules/notifications/reminders/reminders.service';
import { DemoAccountabilitySeed } from './demo-accountability';
import { DemoPlanSeed, type DemoPeople } from './demo-plan';

/** Any fixed 64-bit key other than the migrations' one: every JointOps instance takes the same one. */
const SEED_LOCK_KEY = 4_242_002;

export interface SeedReport {
  adminCreated: string | null;
  demoAccounts: Array<{ email: string; roles: Role[]; agency: string }> | null;
}

@Injectable()
export class SeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly demoPlan: DemoPlanSeed,
    private readonly closedPlan: DemoClosedPlanSeed,
    private readonly accountability: DemoAccountabilitySeed,
    private readonly complaints: DemoComplaintsSeed,
    private readonly reminders: RemindersService,
  ) {}

  /**
   * Runs on every start: the configured admin (production too), then demo data into an empty
   * database. Under an advisory lock, as the migrations are: replicas starting together on a new
   * database would otherwise both find no administrator and both create it (one then fails to start).
   */
  async run(): Promise<SeedReport> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
      const report: SeedReport = { adminCreated: null, demoAccounts: null };
      if (this.config.seedDemoData && (await this.isEmpty())) {
        report.demoAccounts = await this.seedDemo();
      }
      if (this.config.adminEmail && this.config.adminPassword) {
        report.adminCreated = await this.ensureAdmin(this.config.adminEmail, this.config.adminPassword);
      }
      return report;
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY]).catch(() => undefined);
      await lock.release();
    }
  }

  private async isEmpty(): Promise<boolean> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM agencies`);
    return count === 0;
  }

  private async seedDemo(): Promise<SeedReport['demoAccounts']> {
    const agencyIds = new Map<string, { id: string; shortName: string }>();
    for (const agency of DEMO_AGENCIES) {
      const [row] = await this.dataSource.query(
        `INSERT INTO agencies (name, short_name, level) VALUES ($1, $2, $3) RETURNING id`,
        [agency.name, agency.shortName, agency.level],
      );
      agencyIds.set(agency.key, { id: row.id, shortName: agency.shortName });
    }
    const accounts: NonNullable<SeedReport['demoAccounts']> = [];
    const people: DemoPeople = {
      agencies: { ncshp: agencyIds.get('ncshp')!.id, wcso: agencyIds.get('wcso')!.id, cbp: agencyIds.get('cbp')!.id, hsi: agencyIds.get('hsi')!.id },
      users: new Map(),
    };
    for (const user of DEMO_USERS) {
      const agency = agencyIds.get(user.agency)!;
      // The demo seed never runs in production, so the public demo password is allowed here alone.
      const saved = await this.users.insert({ ...user, agencyId: agency.id, password: this.config.demoPassword }, { allowDemoPassword: true });
      await this.users.recordRoleGrant(saved, { actorId: null, source: 'demo seed' });
      people.users.set(user.email, { id: saved.id, agencyId: agency.id, roles: user.roles, displayName: user.displayName });
      accounts.push({ email: user.email, roles: user.roles, agency: agency.shortName });
    }
    // Agreements and training come first: the closed operation was activated under them.
    await this.accountability.seed(people);
    const closedPlanId = await this.closedPlan.seed(people);
    // Complaints from the public, three of them about the closed operation.
    await this.complaints.seed(people, closedPlanId);
    await this.demoPlan.seedDraft(people);
    // What is due now (overdue corrective actions, expiring training and agreements) is in the bell
    // from the first start, as the scheduled reminder job would have written it.
    await this.reminders.run();
    return accounts;
  }

  /** Creates JOINTOPS_ADMIN_EMAIL if missing, in the first agency (or a new administration agency). */
  private async ensureAdmin(email: string, password: string): Promise<string | null> {
    const [existing] = await this.dataSource.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email]);
    if (existing) return null;
    let [agency] = await this.dataSource.query(`SELECT id FROM agencies ORDER BY created_at LIMIT 1`);
    if (!agency) {
      [agency] = await this.dataSource.query(
        `INSERT INTO agencies (name, short_name, level) VALUES ('JointOps Administration', 'ADMIN', 'STATE') RETURNING id`,
      );
    }
    const admin = await this.users.insert(
      { email, displayName: 'Administrator', agencyId: agency.id, roles: [Role.ADMIN], password },
      { fieldPrefix: 'JOINTOPS_ADMIN_', allowDemoPassword: !this.config.production },
    );
    await this.users.recordRoleGrant(admin, { actorId: null, source: 'JOINTOPS_ADMIN_EMAIL' });
    return email;
  }
}
