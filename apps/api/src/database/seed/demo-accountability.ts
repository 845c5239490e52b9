import { Injectable } from '@nestjs/common';
import { taskForceDayEnd, taskForceDayStart, type OperationType } from '@jointops/domain';
import { AgreementsService } from '../../modules/agreements/agreements.service';
import { TrainingService } from '../../modules/training/training.service';
import { actAs, type DemoPeople } from './demo-plan';

const EVERY_FIELD_OPERATION: OperationType[] = ['CARGO_INSPECTION', 'CHECKPOINT', 'WARRANT_SERVICE', 'INVESTIGATION_SUPPORT', 'SURVEILLANCE', 'TRANSPORT'];

/** The courses a North Carolina task force asks of its people, by the operations that need them. */
const COURSES: Array<{ code: string; title: string; validityMonths: number | null; requiredFor: OperationType[] }> = [
  { code: 'CJIS-SA', title: 'CJIS security awareness', validityMonths: 24, requiredFor: EVERY_FIELD_OPERATION },
  { code: '4A-101', title: 'Search and seizure at the roadside', validityMonths: 12, requiredFor: ['CHECKPOINT', 'CARGO_INSPECTION', 'WARRANT_SERVICE'] },
  { code: 'BFP-200', title: 'Bias-free policing', validityMonths: 12, requiredFor: ['CHECKPOINT', 'CARGO_INSPECTION', 'TRANSPORT', 'WARRANT_SERVICE'] },
  { code: 'LEP-110', title: 'Language access for field officers', validityMonths: 24, requiredFor: ['CHECKPOINT'] },
  { code: 'DE-300', title: 'De-escalation and crisis intervention', validityMonths: 12, requiredFor: ['WARRANT_SERVICE', 'SURVEILLANCE'] },
  { code: 'ICS-100', title: 'Introduction to the Incident Command System', validityMonths: null, requiredFor: [] },
];

const MEMBERS = [
  'dana.whitfield@ncshp.example',
  'marcus.bell@ncshp.example',
  'maria.lopez@cbp.example',
  'james.okafor@cbp.example',
  'renee.jacobs@wcso.example',
  'tom.hargrove@wcso.example',
  'priya.natarajan@hsi.example',
  'alex.chen@hsi.example',
];

/**
 * Courses and training records (docs/architecture.md#training), recorded by the administrator
 * through the same service as the API. Every member holds every course, completed in October
 * 2026, except James Okafor, whose bias-free policing (completed 16 April 2026) lapses on
 * 16 April 2027: the day before the seeded draft's operation, which is a checkpoint and so needs it.
 */
@Injectable()
export class DemoAccountabilitySeed {
  constructor(
    private readonly training: TrainingService,
    private readonly agreements: AgreementsService,
  ) {}

  async seed(people: DemoPeople): Promise<void> {
    await this.seedAgreements(people);
    await this.seedTraining(people);
  }

  /**
   * NCSHP's agreements with the other three agencies. Each covers the closed operation of
   * September 2026 and the e2e plans (investigation support, within the next months); for the
   * seeded draft (a checkpoint on 17 April 2027, 06:00 to 20:00 EDT) CBP's covers it, WCSO's ends
   * at noon that day (AGREEMENT_MISSING) and ICE HSI's leaves out checkpoints (AGREEMENT_SCOPE).
   */
  private async seedAgreements(people: DemoPeople): Promise<void> {
    const admin = actAs(people, 'admin@oversight.example');
    const { ncshp, wcso, cbp, hsi } = people.agencies;
    await this.agreements.create(admin, {
      title: 'Interstate Corridor Task-Force MOU (v3)',
      kind: 'MOU',
      agencyIds: [ncshp, cbp],
      scope: ['CHECKPOINT', 'CARGO_INSPECTION', 'TRANSPORT', 'INVESTIGATION_SUPPORT'],
      dataSharingTerms:
        'Criminal-justice information is shared only through the task-force case system and only for the operation at hand. ' +
        'CBP receives stop and inspection records for commercial vehicles; no information about a person’s immigration status is collected or shared by state officers. ' +
        'Records are kept 3 years, then destroyed; every disclosure outside the task force needs the written approval of both agency heads.',
      reportingRequirements: 'Each party reports stops, searches, arrests and complaints per operation to the task-force board within 30 days, and quarterly to NC OLEO.',
      // Dates are calendar days, kept in UTC as the agreement pages enter and show them.
      effectiveFrom: new Date(taskForceDayStart('2025-07-01')!),
      expiresOn: new Date(taskForceDayEnd('2027-12-31')!),
    });
    await this.agreements.create(admin, {
      title: 'Wake County mutual-aid agreement',
      kind: 'MOA',
      agencyIds: [ncshp, wcso],
      scope: ['CHECKPOINT', 'CARGO_INSPECTION', 'TRANSPORT', 'INVESTIGATION_SUPPORT', 'TRAINING_EXERCISE'],
      dataSharingTerms: 'Incident reports and body-worn camera video of joint operations are shared between the parties on request; personal data of the public is not shared beyond the incident.',
      reportingRequirements: 'The requesting party reports use of force and complaints to the other within 72 hours.',
      effectiveFrom: new Date(taskForceDayStart('2023-05-01')!),
      // Through 16 April 2027, the day before Safe Passage: renewal is with the county attorney.
      expiresOn: new Date(taskForceDayEnd('2027-04-16')!),
    });
    await this.agreements.create(admin, {
      title: 'ICE HSI investigative support task-force agreement',
      kind: 'TASK_FORCE_AGREEMENT',
      agencyIds: [ncshp, hsi],
      scope: ['INVESTIGATION_SUPPORT', 'SURVEILLANCE', 'WARRANT_SERVICE'],
      dataSharingTerms:
        'HSI shares case leads on human trafficking with NCSHP investigators; NCSHP shares only records of the investigation supported. ' +
        'State officers do not enforce civil immigration law and share no data for that purpose.',
      reportingRequirements: 'HSI reports each joint action and its outcome to the NCSHP task-force coordinator within 7 days.',
      effectiveFrom: new Date(taskForceDayStart('2026-01-15')!),
      expiresOn: new Date(taskForceDayEnd('2028-01-14')!),
    });
  }

  private async seedTraining(people: DemoPeople): Promise<void> {
    const admin = actAs(people, 'admin@oversight.example');
    const courses = [];
    for (const course of COURSES) courses.push(await this.training.createCourse(course));
    for (const [index, email] of MEMBERS.entries()) {
      const userId = people.users.get(email)!.id;
      for (const course of courses) {
        const lapsing = email === 'james.okafor@cbp.example' && course.code === 'BFP-200';
        const completedOn = lapsing ? '2026-04-16T14:00:00Z' : `2026-10-${String(5 + index).padStart(2, '0')}T14:00:00Z`;
        const evidence = lapsing ? 'Certificate BFP-2026-0416-17, NC Justice Academy' : `Certificate ${course.code}-2026-${1000 + index}, NC Justice Academy`;
        await this.training.recordTraining(admin, { userId, courseId: course.id, completedOn, evidence });
      }
    }
  }
}
