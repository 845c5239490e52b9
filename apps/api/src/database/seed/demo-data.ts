import type { AgencyLevel, Role } from '@jointops/domain';

/** The demo task force, seeded into an empty database outside production. Emails are listed in the README. */
export const DEMO_AGENCIES: Array<{ key: string; name: string; shortName: string; level: AgencyLevel }> = [
  { key: 'ncshp', name: 'North Carolina State Highway Patrol', shortName: 'NCSHP', level: 'STATE' },
  { key: 'wcso', name: "Wake County Sheriff's Office", shortName: 'WCSO', level: 'LOCAL' },
  { key: 'cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' },
  { key: 'hsi', name: 'ICE Homeland Security Investigations', shortName: 'ICE HSI', level: 'FEDERAL' },
  { key: 'oversight', name: 'North Carolina Office of Law Enforcement Oversight', shortName: 'NC OLEO', level: 'STATE' },
];

export const DEMO_USERS: Array<{ email: string; displayName: string; agency: string; roles: Role[] }> = [
  { email: 'dana.whitfield@ncshp.example', displayName: 'Dana Whitfield', agency: 'ncshp', roles: ['PLANNER'] },
  { email: 'marcus.bell@ncshp.example', displayName: 'Marcus Bell', agency: 'ncshp', roles: ['AGENCY_LEAD'] },
  { email: 'maria.lopez@cbp.example', displayName: 'Maria Lopez', agency: 'cbp', roles: ['PLANNER'] },
  { email: 'james.okafor@cbp.example', displayName: 'James Okafor', agency: 'cbp', roles: ['AGENCY_LEAD'] },
  { email: 'renee.jacobs@wcso.example', displayName: 'Renee Jacobs', agency: 'wcso', roles: ['AGENCY_LEAD'] },
  { email: 'tom.hargrove@wcso.example', displayName: 'Tom Hargrove', agency: 'wcso', roles: ['OFFICER'] },
  { email: 'priya.natarajan@hsi.example', displayName: 'Priya Natarajan', agency: 'hsi', roles: ['AGENCY_LEAD'] },
  { email: 'alex.chen@hsi.example', displayName: 'Alex Chen', agency: 'hsi', roles: ['OFFICER'] },
  { email: 'evelyn.brooks@oversight.example', displayName: 'Evelyn Brooks', agency: 'oversight', roles: ['OVERSIGHT'] },
  { email: 'admin@oversight.example', displayName: 'Sam Reyes', agency: 'oversight', roles: ['ADMIN'] },
];
