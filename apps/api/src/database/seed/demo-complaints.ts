import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ComplaintCategory, ComplaintStatus, PublicLanguage } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { ComplaintFilingService } from '../../modules/complaints/complaint-filing.service';
import { ComplaintHandlingService } from '../../modules/complaints/complaint-handling.service';
import { actAs, type DemoPeople } from './demo-plan';

interface DemoComplaint {
  receivedAt: string;
  occurredAt: string;
  category: ComplaintCategory;
  location: string;
  description: string;
  contact?: string;
  /** The form's language; English unless said. */
  language?: PublicLanguage;
  agency?: keyof DemoPeople['agencies'];
  /** Linked by oversight to the closed operation. */
  linked?: boolean;
  /** Oversight's handling, in order, each a day after the last. */
  handling?: Array<{ status: ComplaintStatus; outcome?: string }>;
}

const I40 = 'I-40 eastbound rest area, mile marker 324, Wake County';

/**
 * Complaints from the public, filed as anyone would (through the filing rules, each from its own
 * documentation address, 198.51.100.0/24) at the time they arrived, and handled by Evelyn Brooks
 * (oversight): three about Operation Clear Lanes, linked to it, one of them closed with an
 * outcome; the others still waiting. Ten in 2026, five of them racial profiling and five of other
 * kinds, so the published figures show that count and suppress the others (which hold 5 together:
 * with fewer, 10 - 5 would give them away and the 5 would be hidden too).
 */
const COMPLAINTS: DemoComplaint[] = [
  {
    receivedAt: '2026-09-12T20:10:00Z',
    occurredAt: '2026-09-12T15:30:00Z',
    category: 'RACIAL_PROFILING',
    location: I40,
    description: 'I was waved into the inspection lane although my truck had no visible problem; the driver ahead of me, who was white, was waved through.',
    contact: 'Phone (919) 555-0142, afternoons',
    agency: 'ncshp',
    linked: true,
    handling: [
      { status: 'UNDER_REVIEW' },
      {
        status: 'CLOSED',
        outcome:
          'Reviewed against the activity log and the lane selection sheet: vehicles were selected by weigh-in-motion readings, and yours read over the axle limit. No profiling found. NCSHP has added the selection reason to the receipt drivers are given.',
      },
    ],
  },
  {
    receivedAt: '2026-09-13T14:00:00Z',
    occurredAt: '2026-09-12T13:10:00Z',
    category: 'LANGUAGE_ACCESS',
    location: I40,
    description: 'Nadie me explicó en español por qué me detuvieron. Pedí un intérprete y esperé más de una hora.',
    language: 'es',
    agency: 'cbp',
    linked: true,
    handling: [{ status: 'UNDER_REVIEW' }, { status: 'REFERRED' }],
  },
  {
    receivedAt: '2026-09-15T09:30:00Z',
    occurredAt: '2026-09-12T18:00:00Z',
    category: 'DISCOURTESY',
    location: 'Rest area parking, I-40 mile marker 324',
    description: 'A deputy shouted at my son when he got out of the cab to stretch his legs.',
    agency: 'wcso',
    linked: true,
    handling: [{ status: 'UNDER_REVIEW' }],
  },
  { receivedAt: '2026-10-02T16:45:00Z', occurredAt: '2026-10-01T22:00:00Z', category: 'RACIAL_PROFILING', location: 'US-1 south of Sanford', description: 'Stopped for a broken tail light that was not broken; asked where I was born.' },
  { receivedAt: '2026-10-08T15:30:00Z', occurredAt: '2026-10-07T19:00:00Z', category: 'DISCOURTESY', location: 'NC-50 checkpoint, Garner', description: 'The officer shouted at my mother when she did not understand his question in English.' },
  { receivedAt: '2026-10-20T11:05:00Z', occurredAt: '2026-10-18T09:00:00Z', category: 'RACIAL_PROFILING', location: 'Raleigh, Capital Boulevard', description: 'Officers asked only the Latino workers on the crew for identification.' },
  { receivedAt: '2026-11-04T08:20:00Z', occurredAt: '2026-11-03T17:30:00Z', category: 'RACIAL_PROFILING', location: 'I-95 near Dunn', description: 'My car was searched after a traffic stop and I was not told why.', contact: 'Email r.m@example.org' },
  { receivedAt: '2026-11-18T19:40:00Z', occurredAt: '2026-11-18T12:00:00Z', category: 'RACIAL_PROFILING', location: 'Durham bus station', description: 'Two agents questioned people who looked Hispanic and nobody else.' },
  { receivedAt: '2026-11-21T10:00:00Z', occurredAt: '2026-11-20T15:00:00Z', category: 'UNLAWFUL_SEARCH_OR_SEIZURE', location: 'Smithfield, Market Street', description: 'My phone was taken and looked through without asking me.' },
  { receivedAt: '2026-11-25T13:15:00Z', occurredAt: '2026-11-24T10:30:00Z', category: 'PROPERTY', location: 'Wake County impound lot', description: 'My tools were missing from the truck when I picked it up.', agency: 'wcso' },
];

@Injectable()
export class DemoComplaintsSeed {
  constructor(
    private readonly filing: ComplaintFilingService,
    private readonly handling: ComplaintHandlingService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async seed(people: DemoPeople, closedPlanId: string): Promise<void> {
    try {
      const evelyn = actAs(people, 'evelyn.brooks@oversight.example');
      for (const [index, complaint] of COMPLAINTS.entries()) {
        this.clock.setTo(complaint.receivedAt);
        const receipt = await this.filing.file(
          {
            category: complaint.category,
            occurredAt: new Date(complaint.occurredAt),
            location: complaint.location,
            description: complaint.description,
            contact: complaint.contact ?? null,
            language: complaint.language ?? 'en',
            agencyId: complaint.agency ? people.agencies[complaint.agency] : null,
          },
          `198.51.100.${index + 10}`,
        );
        const [{ id }] = await this.dataSource.query(`SELECT id FROM complaints WHERE received_at = $1`, [receipt.receivedAt]);
        let version = 1;
        let day = Date.parse(complaint.receivedAt);
        for (const [step, handled] of (complaint.handling ?? []).entries()) {
          day += 24 * 60 * 60 * 1000;
          this.clock.setTo(new Date(day).toISOString());
          const patch = { status: handled.status, outcome: handled.outcome ?? null, ...(step === 0 && complaint.linked ? { planId: closedPlanId } : {}) };
          version = (await this.handling.update(evelyn, id, version, patch)).version;
        }
      }
    } finally {
      this.clock.reset();
    }
  }
}
