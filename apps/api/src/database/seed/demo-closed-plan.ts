import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock/clock';
import { ApprovalsService } from '../../modules/approvals/approvals.service';
import { ChecklistService } from '../../modules/checklist/checklist.service';
import { CommsService } from '../../modules/comms/comms.service';
import { PlacesService } from '../../modules/places/places.service';
import { CorrectiveActionsService } from '../../modules/corrective-actions/corrective-actions.service';
import { DebriefsService } from '../../modules/debriefs/debriefs.service';
import { ObjectivesService } from '../../modules/objectives/objectives.service';
import { OperationLogService } from '../../modules/operation-log/operation-log.service';
import { PlanContentService } from '../../modules/plans/plan-content.service';
import { PlanLifecycleService } from '../../modules/plans/plan-lifecycle.service';
import { PlansService } from '../../modules/plans/plans.service';
import { ReportService } from '../../modules/report/report.service';
import { ResourcesService } from '../../modules/resources/resources.service';
import { RolesService } from '../../modules/roles/roles.service';
import { TimelineService } from '../../modules/timeline/timeline.service';
import { actAs, type DemoPeople } from './demo-plan';

const at = (iso: string) => new Date(iso);

/**
 * A finished operation, walked through the whole lifecycle by the demo people with the real
 * services: sign-off by three agency leads, activity, actuals, three debriefs, a finalized
 * after-action report with corrective actions. It gives oversight, lessons and the
 * corrective-action tracker something true to show.
 *
 * Each step runs with the Clock set to when it happened (planning on 1 September 2026, sign-off
 * before the window, the log during the operational period of 12 September, the report in
 * October), so its events, decisions and activity are dated as they would have been at the time
 * and readiness judges the window as it stood then.
 */
@Injectable()
export class DemoClosedPlanSeed {
  constructor(
    private readonly plans: PlansService,
    private readonly objectives: ObjectivesService,
    private readonly roles: RolesService,
    private readonly checklist: ChecklistService,
    private readonly timeline: TimelineService,
    private readonly content: PlanContentService,
    private readonly approvals: ApprovalsService,
    private readonly lifecycle: PlanLifecycleService,
    private readonly activity: OperationLogService,
    private readonly debriefs: DebriefsService,
    private readonly reports: ReportService,
    private readonly correctiveActions: CorrectiveActionsService,
    private readonly resources: ResourcesService,
    private readonly comms: CommsService,
    private readonly places: PlacesService,
    private readonly clock: Clock,
  ) {}

  async seed(people: DemoPeople): Promise<string> {
    try {
      return await this.seedAtItsDates(people);
    } finally {
      this.clock.reset();
    }
  }

  private async seedAtItsDates(people: DemoPeople): Promise<string> {
    const when = (iso: string) => this.clock.setTo(iso);
    const dana = actAs(people, 'dana.whitfield@ncshp.example');
    const maria = actAs(people, 'maria.lopez@cbp.example');
    const marcus = actAs(people, 'marcus.bell@ncshp.example');
    const james = actAs(people, 'james.okafor@cbp.example');
    const renee = actAs(people, 'renee.jacobs@wcso.example');
    const tom = actAs(people, 'tom.hargrove@wcso.example');
    const { ncshp, wcso, cbp } = people.agencies;
    const [template] = await this.plans.checklistTemplates();

    when('2026-09-01T13:00:00Z');
    const plan = await this.plans.create(dana, {
      title: 'Operation Clear Lanes — I-40 commercial vehicle safety sweep',
      summary:
        'Situation: crash data showed a rise in out-of-service commercial vehicles on I-40 east of Raleigh.\n\n' +
        'Mission: one daytime operational period of Level I and II inspections at the Wake County rest area, with CBP support for cargo documentation.',
      agencyIds: [wcso, cbp],
      startsAt: at('2026-09-12T11:00:00Z'),
      endsAt: at('2026-09-12T23:00:00Z'),
      operationType: 'CARGO_INSPECTION',
      checklistTemplateId: template.id,
    });
    const inspect = await this.objectives.add(dana, plan.id, {
      title: 'Remove unsafe vehicles from the corridor',
      successCriteria: 'Every vehicle with an out-of-service violation is parked until repaired.',
      priority: 'HIGH',
    });
    const lawful = await this.objectives.add(maria, plan.id, {
      title: 'Keep every stop lawful and documented',
      successCriteria: 'Each stop has its basis recorded in the activity log; no complaints of profiling.',
      priority: 'CRITICAL',
    });
    const commandPost = await this.places.add(dana, plan.id, { name: 'Command post, I-40 rest area', kind: 'COMMAND_POST', coordinates: [[-78.4861, 35.7003]], address: 'I-40 eastbound rest area, Wake County, NC', notes: '' });
    const lanes = await this.places.add(dana, plan.id, { name: 'Inspection lanes, truck parking', kind: 'INSPECTION_SITE', coordinates: [[-78.4849, 35.6995]], address: 'Rest area truck parking', notes: '' });
    await this.roles.add(marcus, plan.id, { agencyId: ncshp, title: 'Operation Commander', assigneeId: people.users.get('marcus.bell@ncshp.example')!.id, objectiveIds: [inspect.id] });
    await this.roles.add(dana, plan.id, { agencyId: wcso, title: 'Traffic Control Supervisor', assigneeId: people.users.get('tom.hargrove@wcso.example')!.id, placeId: lanes.id });
    await this.roles.add(maria, plan.id, { agencyId: cbp, title: 'Cargo Documentation Liaison', assigneeId: people.users.get('james.okafor@cbp.example')!.id, objectiveIds: [lawful.id] });
    when('2026-09-01T15:30:00Z');
    const [{ checklist }] = await this.content.load([plan.id]);
    for (const item of checklist.filter((candidate) => candidate.required)) {
      await this.checklist.resolve(dana, item.id, item.version, 'SATISFIED', 'Confirmed at the planning meeting of 2026-09-01; minutes filed with the MOU.');
    }
    when('2026-09-02T14:00:00Z');
    const setup = await this.timeline.add(dana, plan.id, { title: 'Briefing and site set-up', phase: 'BRIEFING', startsAt: at('2026-09-12T11:00:00Z'), endsAt: at('2026-09-12T12:00:00Z'), agencyId: ncshp, placeId: commandPost.id });
    const sweep = await this.timeline.add(dana, plan.id, {
      title: 'Inspection sweep',
      phase: 'EXECUTION',
      startsAt: at('2026-09-12T12:00:00Z'),
      endsAt: at('2026-09-12T21:00:00Z'),
      agencyId: ncshp,
      dependsOnIds: [setup.id],
    });
    const hotWash = await this.timeline.add(dana, plan.id, { title: 'Hot wash', phase: 'DEBRIEF', startsAt: at('2026-09-12T21:30:00Z'), endsAt: at('2026-09-12T22:15:00Z'), dependsOnIds: [sweep.id] });

    await this.resources.add(dana, plan.id, { agencyId: ncshp, kind: 'Troopers and inspectors', quantity: 10 });
    await this.resources.add(dana, plan.id, { agencyId: wcso, kind: 'Deputies', quantity: 4, notes: 'Lane closure and traffic control.' });
    await this.resources.add(maria, plan.id, { agencyId: cbp, kind: 'Officers', quantity: 2 });
    await this.comms.add(dana, plan.id, { name: 'Tactical 1', details: 'VIPER talkgroup I40-TAC-1', purpose: 'Inspection lanes and traffic control' });

    when('2026-09-03T16:00:00Z');
    await this.approvals.submit(dana, plan.id);
    const { revision } = (await this.plans.findVisible(dana, plan.id))!;
    for (const [lead, day] of [[marcus, '2026-09-04T14:00:00Z'], [renee, '2026-09-04T19:30:00Z'], [james, '2026-09-08T15:00:00Z']] as const) {
      when(day);
      await this.approvals.decide(lead, plan.id, revision, 'APPROVE', 'Reviewed with counsel; approved.');
    }
    when('2026-09-12T10:50:00Z');
    await this.lifecycle.activate(marcus, plan.id);

    // Logged as it happened: each entry is dated by the clock at the time it was written.
    for (const [who, time, text] of [
      [dana, '2026-09-12T11:40:00Z', 'Joint briefing held; anti-profiling and use-of-force policies briefed to all 22 participants.'],
      [tom, '2026-09-12T12:45:00Z', 'Lane closure in place on the approach; interpreter for Spanish on the phone line from 12:40.'],
      [dana, '2026-09-12T14:05:00Z', 'Stop 14: out-of-service brake violation, vehicle parked; basis: visible air leak.'],
    ] as const) {
      when(time);
      await this.activity.log(who, plan.id, text, null);
    }
    when('2026-09-12T22:30:00Z');
    for (const [event, start, end] of [
      [setup, '2026-09-12T11:05:00Z', '2026-09-12T12:20:00Z'],
      [sweep, '2026-09-12T12:35:00Z', '2026-09-12T21:10:00Z'],
      [hotWash, '2026-09-12T21:40:00Z', '2026-09-12T22:20:00Z'],
    ] as const) {
      await this.timeline.recordActuals(tom, event.id, event.version, at(start), at(end));
    }

    const accounts = [
      { who: tom, outcomes: ['MET', 'MET'], strengths: ['Clear joint briefing'], improvements: ['Interpreters were not staged on site'] },
      { who: dana, outcomes: ['MET', 'PARTIALLY_MET'], strengths: ['Clear joint briefing', 'Radio discipline on Tactical 1'], improvements: ['Interpreters were not staged on site'] },
      { who: maria, outcomes: ['PARTIALLY_MET', 'MET'], strengths: ['Cargo documents checked within 10 minutes'], improvements: ['Set-up overran by 20 minutes'] },
    ] as const;
    for (const [index, account] of accounts.entries()) {
      when(`2026-09-12T22:${40 + index * 5}:00Z`);
      const draft = await this.debriefs.save(account.who, plan.id, {
        outcomes: [
          { objectiveId: inspect.id, outcome: account.outcomes[0] },
          { objectiveId: lawful.id, outcome: account.outcomes[1] },
        ],
        strengths: [...account.strengths],
        improvements: [...account.improvements],
        incidents: account.who === tom ? [{ type: 'SAFETY', occurredAt: at('2026-09-12T16:10:00Z'), description: 'Near miss between a truck and a cone crew at the ramp.', reportedTo: 'NCSHP shift supervisor', location: [-78.4822, 35.6989] }] : [],
        narrative: 'Filed after the hot wash.',
      }, null);
      await this.debriefs.submit(account.who, draft.id, draft.version);
    }

    when('2026-09-13T13:00:00Z');
    await this.lifecycle.complete(marcus, plan.id);
    when('2026-09-15T14:00:00Z');
    let report = await this.reports.draft(dana, plan.id);
    report = await this.reports.updateSummary(dana, report.id, report.version, 'The sweep met its safety objective. Interpreters must be staged on site, and set-up needs a 30-minute buffer before the first inspection.');
    await this.correctiveActions.addAction(dana, report.id, { title: 'Stage interpreters on site for every roadside operation', ownerAgencyId: wcso, dueDate: at('2026-12-31T00:00:00Z'), notes: '' });
    const buffer = await this.correctiveActions.addAction(dana, report.id, { title: 'Add a 30-minute set-up buffer to the inspection template', ownerAgencyId: ncshp, dueDate: at('2026-10-31T00:00:00Z'), notes: '' });
    when('2026-10-20T15:00:00Z');
    await this.correctiveActions.updateAction(marcus, buffer.id, buffer.version, { status: 'DONE', notes: 'Template v4 issued 2026-10-20.' });
    when('2026-10-21T13:00:00Z');
    await this.reports.finalize(dana, report.id, report.version);
    return plan.id;
  }
}
