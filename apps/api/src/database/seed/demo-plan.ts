import { Injectable } from '@nestjs/common';
import type { Role } from '@jointops/domain';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';
import { ChecklistService } from '../../modules/checklist/checklist.service';
import { CommsService } from '../../modules/comms/comms.service';
import { PlacesService } from '../../modules/places/places.service';
import { ObjectivesService } from '../../modules/objectives/objectives.service';
import { PlanContentService } from '../../modules/plans/plan-content.service';
import { PlansService } from '../../modules/plans/plans.service';
import { ResourcesService } from '../../modules/resources/resources.service';
import { RolesService } from '../../modules/roles/roles.service';
import { TimelineService } from '../../modules/timeline/timeline.service';

export interface DemoPeople {
  agencies: Record<'ncshp' | 'wcso' | 'cbp' | 'hsi', string>;
  /** Seeded users by email, with their agency and roles. */
  users: Map<string, { id: string; agencyId: string; roles: Role[]; displayName: string }>;
}

/** Acts as a seeded user, through the same services (and rules, and event log) as the API. */
export function actAs(people: DemoPeople, email: string): AuthenticatedUser {
  const user = people.users.get(email)!;
  return { ...user, email, sessionId: 'seed', sessionExpiresAt: new Date() };
}

const at = (iso: string) => new Date(iso);

/**
 * A realistic draft a new user can open and finish: four agencies, objectives, roles, a partly
 * worked legal checklist, a timeline with dependencies, resources, comms and places on the map. It is deliberately
 * not ready: ICE HSI holds no role and most checklist items are open, so readiness has blockers.
 */
@Injectable()
export class DemoPlanSeed {
  constructor(
    private readonly plans: PlansService,
    private readonly objectives: ObjectivesService,
    private readonly roles: RolesService,
    private readonly checklist: ChecklistService,
    private readonly timeline: TimelineService,
    private readonly resources: ResourcesService,
    private readonly comms: CommsService,
    private readonly places: PlacesService,
    private readonly content: PlanContentService,
  ) {}

  async seedDraft(people: DemoPeople): Promise<string> {
    const dana = actAs(people, 'dana.whitfield@ncshp.example');
    const maria = actAs(people, 'maria.lopez@cbp.example');
    const marcus = actAs(people, 'marcus.bell@ncshp.example');
    const { ncshp, wcso, cbp, hsi } = people.agencies;
    const [template] = await this.plans.checklistTemplates();

    const plan = await this.plans.create(dana, {
      title: 'Operation Safe Passage — I-95 trafficking interdiction',
      summary:
        'Situation: regional intelligence indicates commercial vehicles on the I-95 corridor through Johnston and Harnett counties are used to move trafficked persons during the spring harvest season.\n\n' +
        'Mission: over one 14-hour operational period, the task force conducts lawful commercial vehicle safety inspections at the Benson weigh station, identifies and assists potential trafficking victims, and refers criminal matters to the appropriate agency.',
      agencyIds: [wcso, cbp, hsi],
      startsAt: at('2027-04-17T10:00:00Z'),
      endsAt: at('2027-04-18T00:00:00Z'),
      operationType: 'CHECKPOINT',
      checklistTemplateId: template.id,
    });

    const victims = await this.objectives.add(dana, plan.id, {
      title: 'Identify and assist potential trafficking victims',
      description: 'Screen occupants of inspected vehicles with the trauma-informed questionnaire; connect anyone identified with victim services.',
      successCriteria: 'Every person identified as a potential victim is offered victim services and an interpreter within 2 hours of contact.',
      priority: 'CRITICAL',
    });
    const inspections = await this.objectives.add(maria, plan.id, {
      title: 'Conduct lawful commercial vehicle inspections',
      description: 'Level II inspections of commercial vehicles selected by the written criteria only.',
      successCriteria: 'Every stop has a documented, individualized basis in the activity log; no stop rests on appearance or language.',
      priority: 'HIGH',
    });
    await this.objectives.add(dana, plan.id, {
      title: 'Keep the public informed and the corridor safe',
      description: 'Traffic control around the weigh station; public information through the PIO.',
      successCriteria: '',
      priority: 'MEDIUM',
    });

    // Places along the I-95 corridor through Johnston and Harnett counties (approximate, for the demo).
    const commandPost = await this.places.add(dana, plan.id, { name: 'Command post, Benson weigh station', kind: 'COMMAND_POST', coordinates: [[-78.5486, 35.3821]], address: 'I-95 northbound weigh station, Benson, NC 27504', notes: 'Mobile command vehicle NCSHP-MCV-2 in the truck lot.' });
    const inspectionSite = await this.places.add(dana, plan.id, { name: 'Inspection lanes', kind: 'INSPECTION_SITE', coordinates: [[-78.5463, 35.3849]], address: 'Benson weigh station scales and inspection bays', notes: 'Two lanes; the third stays open for through traffic.' });
    await this.places.add(dana, plan.id, { name: 'Staging area, Dunn', kind: 'STAGING_AREA', coordinates: [[-78.6089, 35.3063]], address: 'Park-and-ride lot, I-95 exit 73, Dunn, NC', notes: '' });
    await this.places.add(maria, plan.id, { name: 'Victim services reception', kind: 'MEDICAL', coordinates: [[-78.6267, 35.3168]], address: 'Betsy Johnson Hospital, 800 Tilghman Dr, Dunn, NC', notes: 'Interpreter and victim advocate on call.' });
    await this.places.add(dana, plan.id, { name: 'Johnston County Detention Center', kind: 'HOLDING_FACILITY', coordinates: [[-78.3394, 35.5085]], address: 'Smithfield, NC', notes: '' });
    await this.places.add(dana, plan.id, {
      name: 'I-95 corridor, exit 73 to exit 95',
      kind: 'ROUTE',
      coordinates: [[-78.5995, 35.2982], [-78.5710, 35.3400], [-78.5486, 35.3821], [-78.4612, 35.4402], [-78.3566, 35.5096]],
      address: 'I-95 northbound, Dunn to Smithfield',
      notes: 'Patrol route for the interdiction units.',
    });

    await this.roles.add(marcus, plan.id, {
      agencyId: ncshp,
      title: 'Operation Commander',
      responsibilities: 'Overall command of the operational period; approves any deviation from the plan.',
      assigneeId: people.users.get('marcus.bell@ncshp.example')!.id,
      objectiveIds: [victims.id, inspections.id],
    });
    await this.roles.add(dana, plan.id, { agencyId: ncshp, title: 'Planning Section Chief', responsibilities: 'Maintains this plan and the activity log.', assigneeId: people.users.get('dana.whitfield@ncshp.example')!.id });
    await this.roles.add(maria, plan.id, {
      agencyId: cbp,
      title: 'Federal Liaison Officer',
      responsibilities: 'Point of contact for federal questions; confirms task-force designations.',
      assigneeId: people.users.get('james.okafor@cbp.example')!.id,
      objectiveIds: [inspections.id],
    });
    await this.roles.add(dana, plan.id, {
      agencyId: wcso,
      title: 'Traffic Control Supervisor',
      responsibilities: 'Lane closures and traffic control on the approach to the weigh station.',
      assigneeId: people.users.get('tom.hargrove@wcso.example')!.id,
      placeId: inspectionSite.id,
    });

    const [{ checklist }] = await this.content.load([plan.id]);
    // The agreements item stays open: the seeded agreements do not cover WCSO (its mutual-aid MOA
    // ends during the window) or ICE HSI (its agreement leaves out checkpoints), as readiness says.
    for (const item of checklist.filter((candidate) => candidate.category === 'LANGUAGE_ACCESS')) {
      await this.checklist.resolve(dana, item.id, item.version, 'SATISFIED', 'Spanish and K\u2019iche\u2019 interpreters booked through the state language line for the whole operational period.');
    }

    const briefing = await this.timeline.add(dana, plan.id, {
      title: 'Joint operational briefing',
      phase: 'BRIEFING',
      startsAt: at('2027-04-17T10:00:00Z'),
      endsAt: at('2027-04-17T11:00:00Z'),
      agencyId: ncshp,
      notes: 'Anti-profiling and use-of-force briefing included.',
      placeId: commandPost.id,
    });
    const setup = await this.timeline.add(maria, plan.id, {
      title: 'Set up inspection site at Benson weigh station',
      phase: 'PREPARATION',
      startsAt: at('2027-04-17T11:00:00Z'),
      endsAt: at('2027-04-17T12:00:00Z'),
      agencyId: wcso,
      dependsOnIds: [briefing.id],
      placeId: inspectionSite.id,
    });
    const inspectionsWindow = await this.timeline.add(dana, plan.id, {
      title: 'Inspection window',
      phase: 'EXECUTION',
      startsAt: at('2027-04-17T12:00:00Z'),
      endsAt: at('2027-04-17T22:00:00Z'),
      agencyId: ncshp,
      dependsOnIds: [setup.id],
    });
    const demob = await this.timeline.add(dana, plan.id, {
      title: 'Demobilize and reopen lanes',
      phase: 'DEMOBILIZATION',
      startsAt: at('2027-04-17T22:00:00Z'),
      endsAt: at('2027-04-17T23:00:00Z'),
      agencyId: wcso,
      dependsOnIds: [inspectionsWindow.id],
    });
    await this.timeline.add(dana, plan.id, {
      title: 'Hot wash with all agencies',
      phase: 'DEBRIEF',
      startsAt: at('2027-04-17T23:00:00Z'),
      endsAt: at('2027-04-17T23:45:00Z'),
      dependsOnIds: [demob.id],
    });

    await this.resources.add(dana, plan.id, { agencyId: ncshp, kind: 'Troopers', quantity: 12 });
    await this.resources.add(dana, plan.id, { agencyId: ncshp, kind: 'Commercial vehicle inspectors', quantity: 4 });
    await this.resources.add(dana, plan.id, { agencyId: wcso, kind: 'Deputies', quantity: 6 });
    await this.resources.add(maria, plan.id, { agencyId: cbp, kind: 'Officers', quantity: 3 });
    await this.resources.add(dana, plan.id, { agencyId: hsi, kind: 'Special agents', quantity: 2, notes: 'Victim assistance specialist on call.' });

    await this.comms.add(dana, plan.id, { name: 'Command net', details: 'VIPER talkgroup NCSHP-CMD-2', purpose: 'Command and coordination', agencyId: ncshp });
    await this.comms.add(dana, plan.id, { name: 'Tactical 1', details: 'VIPER talkgroup I95-TAC-1', purpose: 'Inspection lanes and traffic control' });
    await this.comms.add(maria, plan.id, { name: 'Phone bridge', details: '+1 919 555 0142, PIN 4471', purpose: 'Federal liaison and counsel' });
    return plan.id;
  }
}
