import { GENESIS_HASH } from '@jointops/domain';
// The parts an approval signs register themselves as their modules load; load them as the app does.
import '../checklist/checklist-item.part';
import '../comms/comms-channel.part';
import '../objectives/objective.part';
import '../places/place.part';
import '../resources/resource-commitment.part';
import '../roles/role.part';
import '../timeline/timeline-event.part';
import { contentHashOf, type PlanContent } from './plan-content.service';
import { eventHash } from './plan-log.writer';
import type { Plan } from './plan.entity';

/**
 * Fixed test vectors. The expected hex was computed outside this code (`printf '%s' … | sha256sum`
 * over the canonical text written out by hand), so a change to canonicalisation, to the fields a
 * hash covers or to their order fails here instead of silently invalidating every stored chain
 * and signature. If a change is meant, it needs a migration story for existing hashes.
 */
const PLAN = '11111111-1111-4111-8111-111111111111';
const A1 = 'aaaaaaaa-0000-4000-8000-000000000001';
const A2 = 'aaaaaaaa-0000-4000-8000-000000000002';
const O1 = 'bbbbbbbb-0000-4000-8000-000000000001';
const O2 = 'bbbbbbbb-0000-4000-8000-000000000002';

describe('event hash', () => {
  it('matches the fixed vector: sha256(prevHash + canonical JSON of the event)', () => {
    const hash = eventHash(GENESIS_HASH, {
      // Keys given out of order on purpose; unicode on purpose.
      type: 'OBJECTIVE_ADDED',
      seq: 2,
      planId: PLAN,
      at: new Date('2027-03-01T14:00:00Z'),
      actorId: '22222222-2222-4222-8222-222222222222',
      entityType: 'OBJECTIVE',
      entityId: '33333333-3333-4333-8333-333333333333',
      data: { reason: null, node: { é: 'ü', title: 'Keep I-40 open' } },
    } as Parameters<typeof eventHash>[1]);
    expect(hash).toBe('a6017264f7124cfb9605e992437940c0251c95bffa5929feef9eb057924e4870');
  });
});

describe('content hash', () => {
  it('matches the fixed vector: plan fields and parts, versions and timestamps left out, id lists sorted', () => {
    const plan = {
      id: PLAN,
      title: 'Operation Safe Corridor',
      summary: 'Joint traffic enforcement',
      startsAt: new Date('2027-03-01T06:00:00Z'),
      endsAt: new Date('2027-03-01T18:00:00Z'),
      leadAgencyId: A1,
      revision: 7,
      version: 3,
    } as unknown as Plan;
    const content = {
      agencyIds: [A2, A1],
      objectives: [
        { id: O1, position: 0, title: 'Keep I-40 open', description: '', successCriteria: 'No closures over 30 min', priority: 'HIGH', version: 4, createdAt: new Date() },
      ],
      roles: [
        {
          id: 'cccccccc-0000-4000-8000-000000000001',
          agencyId: A2,
          title: 'Inspection lead',
          responsibilities: 'Inspect cargo',
          assigneeId: null,
          objectiveIds: [O2, O1],
          version: 2,
        },
      ],
      checklist: [
        {
          id: 'dddddddd-0000-4000-8000-000000000001',
          category: 'CIVIL_RIGHTS',
          text: 'Anti-profiling briefing',
          required: true,
          citation: 'N.C.G.S. § 15A-401',
          status: 'OPEN',
          note: '',
          version: 1,
        },
      ],
      timeline: [],
      resources: [],
      comms: [],
      approvals: [],
    } as unknown as PlanContent;
    expect(contentHashOf(plan, content)).toBe('9a5bc5d90abef6ce9da949cd7231c7de51a1d745c26b3c0da2cd8ec72df3ac80');
    // The default zone is left out, so a plan in New York hashes as it did before plans had a zone.
    expect(contentHashOf({ ...plan, timeZone: 'America/New_York' } as Plan, content)).toBe('9a5bc5d90abef6ce9da949cd7231c7de51a1d745c26b3c0da2cd8ec72df3ac80');
    // Any other zone is signed: `"timeZone":"America/Chicago"` between summary and title in the plan object.
    expect(contentHashOf({ ...plan, timeZone: 'America/Chicago' } as Plan, content)).toBe('af437d8ebe5fc9918595790e755cb2a1934ff0109f54de1c203a767ab50bebef');
  });

  it('leaves places out while a plan has none, so plans signed before places existed keep their hash', () => {
    const plan = { id: PLAN, title: 'T', summary: '', startsAt: null, endsAt: null, leadAgencyId: A1 } as unknown as Plan;
    const empty = { agencyIds: [A1], objectives: [], roles: [], checklist: [], timeline: [], resources: [], comms: [], approvals: [] } as unknown as PlanContent;
    expect(contentHashOf(plan, { ...empty, places: [] } as PlanContent)).toBe(contentHashOf(plan, empty));
    const withPlace = {
      ...empty,
      places: [{ id: O1, name: 'CP', kind: 'COMMAND_POST', coordinates: [[-78.5, 35.5]], address: '', notes: '', version: 3, createdAt: new Date() }],
    } as unknown as PlanContent;
    // sha256 of {"checklist":[],"comms":[],"objectives":[],"places":[{"address":"","coordinates":[[-78.5,35.5]],"id":"bbbbbbbb-…-000000000001","kind":"COMMAND_POST","name":"CP","notes":""}],"plan":{…},"resources":[],"roles":[],"timeline":[]}
    expect(contentHashOf(plan, withPlace)).toBe('7add47748aa9227a1414ed4a7e7e3ad677779f7160fb8852fb62f122b9cf5e98');
  });
});
