import { PLAN_STATUSES, type PlanStatus } from './plan-lifecycle';
import { can, canNow, isPlanMember, PERMISSION_ACTIONS, readsPlans, rolesFor, statusAllows, type PermissionAction, type PermissionPlan } from './permissions';
import { ROLES, type Role } from './roles';

/**
 * Every action against every role and every relation of the user's agency to the plan, written out
 * as the expected table (not derived from the rules), so a changed rule shows up here as a diff.
 */
type Relation = 'lead' | 'participant' | 'outsider';
const RELATIONS: readonly Relation[] = ['lead', 'participant', 'outsider'];

const PLAN: PermissionPlan = { leadAgencyId: 'ncshp', agencyIds: ['ncshp', 'cbp'] };
const AGENCY: Record<Relation, string> = { lead: 'ncshp', participant: 'cbp', outsider: 'wcso' };
const user = (role: Role, relation: Relation) => ({ id: `u-${role}-${relation}`, roles: [role], agencyId: AGENCY[relation] });

const ALL = (role: Role) => RELATIONS.map((relation) => `${role}@${relation}`);
const MEMBERS = ['PLANNER@lead', 'PLANNER@participant', 'AGENCY_LEAD@lead', 'AGENCY_LEAD@participant', 'OFFICER@lead', 'OFFICER@participant'];
const EDITORS = ['PLANNER@lead', 'PLANNER@participant', 'AGENCY_LEAD@lead', 'AGENCY_LEAD@participant'];
const LEAD_EDITORS = ['PLANNER@lead', 'AGENCY_LEAD@lead'];
const LEADS = ['AGENCY_LEAD@lead', 'AGENCY_LEAD@participant'];
const LEAD_AGENCY_LEAD = ['AGENCY_LEAD@lead'];

/** Who holds each plan action (no subject named), as role@relation. */
const PLAN_TABLE: Record<string, readonly string[]> = {
  'plan.read': [...MEMBERS, ...ALL('OVERSIGHT')],
  'plan.editContent': EDITORS,
  'plan.manageAgencies': LEAD_EDITORS,
  'plan.submit': LEAD_EDITORS,
  'approval.decide': LEADS,
  'plan.activate': LEAD_AGENCY_LEAD,
  'plan.complete': LEAD_AGENCY_LEAD,
  'plan.cancel': LEAD_AGENCY_LEAD,
  'checklist.markNotApplicable': LEADS,
  'checklist.alterRequired': LEADS,
  'actuals.record': MEMBERS,
  'activity.log': MEMBERS,
  'debrief.save': MEMBERS,
  'debrief.submit': [],
  'report.edit': LEAD_EDITORS,
  'correctiveAction.add': LEAD_EDITORS,
  'correctiveAction.update': LEAD_EDITORS,
  'accessLog.read': [...ALL('OVERSIGHT'), ...LEAD_AGENCY_LEAD],
  'debrief.readDraft': ALL('OVERSIGHT'),
  'plan.create': [...ALL('PLANNER'), ...ALL('AGENCY_LEAD')],
  'plan.readAll': ALL('OVERSIGHT'),
  'transparency.read': ALL('OVERSIGHT'),
  'user.readEmail': [...ALL('ADMIN'), ...ALL('OVERSIGHT')],
  'user.listAll': [...ALL('ADMIN'), ...ALL('OVERSIGHT')],
  'user.listOwnAgency': ALL('AGENCY_LEAD'),
  'agency.create': ALL('ADMIN'),
  'user.create': ALL('ADMIN'),
  'user.update': ALL('ADMIN'),
  'agreement.manage': ALL('ADMIN'),
  'agreement.readAll': [...ALL('ADMIN'), ...ALL('OVERSIGHT')],
  'agreement.readAgency': [...ALL('ADMIN'), ...ALL('OVERSIGHT')],
  'agreement.readAccessLog': ALL('OVERSIGHT'),
  'course.create': ALL('ADMIN'),
  'training.record': ALL('ADMIN'),
  'training.read': [...ALL('ADMIN'), ...ALL('OVERSIGHT')],
  'complaint.handle': ALL('OVERSIGHT'),
  'effectiveness.read': ALL('OVERSIGHT'),
};

/** The statuses in which each action may be taken (plan-lifecycle.ts); actions not listed: every status. */
const STATUS_TABLE: Partial<Record<PermissionAction, readonly PlanStatus[]>> = {
  'plan.editContent': ['DRAFT', 'IN_REVIEW', 'APPROVED'],
  'plan.manageAgencies': ['DRAFT', 'IN_REVIEW', 'APPROVED'],
  'checklist.markNotApplicable': ['DRAFT', 'IN_REVIEW', 'APPROVED'],
  'checklist.alterRequired': ['DRAFT', 'IN_REVIEW', 'APPROVED'],
  'plan.submit': ['DRAFT'],
  'approval.decide': ['IN_REVIEW'],
  'plan.activate': ['APPROVED'],
  'plan.complete': ['ACTIVE'],
  'plan.cancel': ['DRAFT', 'IN_REVIEW', 'APPROVED'],
  'actuals.record': ['ACTIVE', 'COMPLETED'],
  'activity.log': ['ACTIVE'],
  'debrief.save': ['ACTIVE', 'COMPLETED'],
  'debrief.submit': ['ACTIVE', 'COMPLETED'],
  'report.edit': ['COMPLETED'],
  'correctiveAction.add': ['COMPLETED', 'CLOSED'],
};

describe('can: who', () => {
  it('has a row for every action', () => {
    expect(Object.keys(PLAN_TABLE).sort()).toEqual([...PERMISSION_ACTIONS].sort());
  });

  describe.each(PERMISSION_ACTIONS.map((action) => [action]))('%s', (action) => {
    it.each(ROLES.flatMap((role) => RELATIONS.map((relation) => [role, relation] as const)))('%s of the %s agency', (role, relation) => {
      expect(can(user(role, relation), action, PLAN)).toBe(PLAN_TABLE[action].includes(`${role}@${relation}`));
    });
  });

  it('refuses without a user, and refuses plan actions without a plan', () => {
    for (const action of PERMISSION_ACTIONS) expect(can(null, action, PLAN)).toBe(false);
    expect(can(user('PLANNER', 'lead'), 'plan.editContent')).toBe(false);
    expect(can(user('OVERSIGHT', 'outsider'), 'plan.read')).toBe(true);
  });

  it('refuses the lead-agency actions when the plan does not name its lead agency', () => {
    const partial = { agencyIds: PLAN.agencyIds };
    expect(can(user('PLANNER', 'lead'), 'plan.submit', partial)).toBe(false);
    expect(can(user('AGENCY_LEAD', 'lead'), 'plan.activate', partial)).toBe(false);
    expect(can(user('PLANNER', 'lead'), 'plan.editContent', partial)).toBe(true);
  });

  it('counts several roles together', () => {
    const both = { id: 'u', roles: ['PLANNER', 'OFFICER'], agencyId: 'cbp' };
    expect(can(both, 'plan.editContent', PLAN)).toBe(true);
    expect(can(both, 'plan.submit', PLAN)).toBe(false);
    expect(can({ id: 'u', roles: ['AGENCY_LEAD', 'PLANNER'], agencyId: 'ncshp' }, 'plan.cancel', PLAN)).toBe(true);
  });

  it('approval.decide: an agency lead decides for their own agency only', () => {
    expect(can(user('AGENCY_LEAD', 'participant'), 'approval.decide', PLAN, { agencyId: 'cbp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'approval.decide', PLAN, { agencyId: 'ncshp' })).toBe(false);
    expect(can(user('AGENCY_LEAD', 'outsider'), 'approval.decide', PLAN, { agencyId: 'wcso' })).toBe(false);
    expect(can(user('PLANNER', 'participant'), 'approval.decide', PLAN, { agencyId: 'cbp' })).toBe(false);
  });

  it('debrief.submit: its author, a member', () => {
    const officer = user('OFFICER', 'participant');
    expect(can(officer, 'debrief.submit', PLAN, { authorId: officer.id })).toBe(true);
    expect(can(officer, 'debrief.submit', PLAN, { authorId: 'someone-else' })).toBe(false);
    const outsider = user('OFFICER', 'outsider');
    expect(can(outsider, 'debrief.submit', PLAN, { authorId: outsider.id })).toBe(false);
  });

  it('correctiveAction.update: planners and leads of the owner agency or of the lead agency', () => {
    const owned = { agencyId: 'cbp' };
    expect(can(user('PLANNER', 'participant'), 'correctiveAction.update', PLAN, owned)).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'correctiveAction.update', PLAN, owned)).toBe(true);
    expect(can(user('PLANNER', 'lead'), 'correctiveAction.update', PLAN, owned)).toBe(true);
    expect(can(user('OFFICER', 'participant'), 'correctiveAction.update', PLAN, owned)).toBe(false);
    const third = { leadAgencyId: 'ncshp', agencyIds: ['ncshp', 'cbp', 'ice'] };
    expect(can({ id: 'u', roles: ['PLANNER'], agencyId: 'ice' }, 'correctiveAction.update', third, owned)).toBe(false);
    expect(can({ id: 'u', roles: ['PLANNER'], agencyId: 'ice' }, 'correctiveAction.update', PLAN, { agencyId: 'ice' })).toBe(false);
  });

  it('debrief.readDraft: its author and oversight, whatever the plan', () => {
    expect(can({ id: 'a', roles: ['OFFICER'], agencyId: 'cbp' }, 'debrief.readDraft', null, { authorId: 'a' })).toBe(true);
    expect(can({ id: 'b', roles: ['AGENCY_LEAD'], agencyId: 'cbp' }, 'debrief.readDraft', PLAN, { authorId: 'a' })).toBe(false);
    expect(can({ id: 'o', roles: ['OVERSIGHT'], agencyId: 'ig' }, 'debrief.readDraft', null, { authorId: 'a' })).toBe(true);
  });

  it('user.readEmail: ADMIN and OVERSIGHT everyone, anyone else their own agency', () => {
    expect(can(user('OFFICER', 'participant'), 'user.readEmail', null, { agencyId: 'cbp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'user.readEmail', null, { agencyId: 'ncshp' })).toBe(false);
    expect(can({ roles: ['PLANNER'], agencyId: 'cbp' }, 'user.readEmail', null, { agencyId: 'cbp' })).toBe(true);
    expect(can({ roles: ['PLANNER'], agencyId: 'cbp' }, 'user.readEmail', null, { agencyId: 'ncshp' })).toBe(false);
    expect(can({ roles: ['ADMIN'], agencyId: 'hq' }, 'user.readEmail', null, { agencyId: 'ncshp' })).toBe(true);
    expect(can(null, 'user.readEmail', null, { agencyId: 'ncshp' })).toBe(false);
  });

  it('agreement.readAgency: ADMIN and OVERSIGHT every agency, anyone else their own', () => {
    expect(can(user('OFFICER', 'participant'), 'agreement.readAgency', null, { agencyId: 'cbp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'agreement.readAgency', null, { agencyId: 'ncshp' })).toBe(false);
    expect(can(user('OVERSIGHT', 'outsider'), 'agreement.readAgency', null, { agencyId: 'ncshp' })).toBe(true);
  });

  it("training.record: the AGENCY_LEAD of the trainee's agency, and ADMIN", () => {
    expect(can(user('AGENCY_LEAD', 'participant'), 'training.record', null, { agencyId: 'cbp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'training.record', null, { agencyId: 'ncshp' })).toBe(false);
    expect(can(user('PLANNER', 'participant'), 'training.record', null, { agencyId: 'cbp' })).toBe(false);
    expect(can(user('OVERSIGHT', 'outsider'), 'training.record', null, { agencyId: 'cbp' })).toBe(false);
    expect(can(user('ADMIN', 'outsider'), 'training.record', null, { agencyId: 'cbp' })).toBe(true);
  });

  it("training.read: one's own, the AGENCY_LEAD of the trainee's agency, ADMIN and OVERSIGHT", () => {
    const officer = user('OFFICER', 'participant');
    expect(can(officer, 'training.read', null, { agencyId: 'cbp', authorId: officer.id })).toBe(true);
    expect(can(officer, 'training.read', null, { agencyId: 'cbp', authorId: 'someone-else' })).toBe(false);
    expect(can(user('AGENCY_LEAD', 'participant'), 'training.read', null, { agencyId: 'cbp', authorId: 'someone-else' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'lead'), 'training.read', null, { agencyId: 'cbp', authorId: 'someone-else' })).toBe(false);
    expect(can(user('OVERSIGHT', 'outsider'), 'training.read', null, { agencyId: 'cbp' })).toBe(true);
  });

  it("agreement.readAccessLog: oversight, and the AGENCY_LEAD of a party agency; not ADMIN, not a party's planner", () => {
    expect(can(user('OVERSIGHT', 'outsider'), 'agreement.readAccessLog', null, { agencyId: 'cbp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'agreement.readAccessLog', null, { agencyId: 'cbp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'agreement.readAccessLog', null, { agencyId: 'ncshp' })).toBe(false);
    expect(can(user('PLANNER', 'participant'), 'agreement.readAccessLog', null, { agencyId: 'cbp' })).toBe(false);
    expect(can(user('ADMIN', 'outsider'), 'agreement.readAccessLog', null, { agencyId: 'cbp' })).toBe(false);
  });

  it('complaint.handle: oversight only; effectiveness.read: oversight, and an AGENCY_LEAD for their own agency', () => {
    expect(can(user('OVERSIGHT', 'outsider'), 'complaint.handle')).toBe(true);
    for (const role of ['ADMIN', 'AGENCY_LEAD', 'PLANNER', 'OFFICER'] as const) expect(can(user(role, 'lead'), 'complaint.handle')).toBe(false);
    expect(can(user('OVERSIGHT', 'outsider'), 'effectiveness.read', null, { agencyId: 'ncshp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'effectiveness.read', null, { agencyId: 'cbp' })).toBe(true);
    expect(can(user('AGENCY_LEAD', 'participant'), 'effectiveness.read', null, { agencyId: 'ncshp' })).toBe(false);
    expect(can(user('PLANNER', 'participant'), 'effectiveness.read', null, { agencyId: 'cbp' })).toBe(false);
    expect(can(user('ADMIN', 'outsider'), 'effectiveness.read', null, { agencyId: 'cbp' })).toBe(false);
  });

  it('transparency.read: oversight only', () => {
    expect(can({ roles: ['OVERSIGHT'] }, 'transparency.read')).toBe(true);
    expect(can({ roles: ['AGENCY_LEAD', 'ADMIN'] }, 'transparency.read')).toBe(false);
  });

  it('names the roles @RequireRoles checks for the actions that need no plan', () => {
    expect(rolesFor('transparency.read')).toEqual(['OVERSIGHT']);
    expect(rolesFor('agency.create')).toEqual(['ADMIN']);
    expect(rolesFor('user.create')).toEqual(['ADMIN']);
    expect(rolesFor('user.update')).toEqual(['ADMIN']);
    expect(rolesFor('plan.editContent')).toEqual([]);
  });

  it('isPlanMember: a member role in a participating agency; ADMIN alone is not a member', () => {
    expect(isPlanMember(user('OFFICER', 'participant'), PLAN)).toBe(true);
    expect(isPlanMember(user('ADMIN', 'lead'), PLAN)).toBe(false);
    expect(isPlanMember(user('OVERSIGHT', 'lead'), PLAN)).toBe(false);
    expect(isPlanMember(user('PLANNER', 'outsider'), PLAN)).toBe(false);
  });
});

describe('readsPlans', () => {
  it('is true for members and oversight, false for an administrator alone and for nobody', () => {
    expect(readsPlans({ roles: ['PLANNER'], agencyId: 'a' })).toBe(true);
    expect(readsPlans({ roles: ['OFFICER'], agencyId: 'a' })).toBe(true);
    expect(readsPlans({ roles: ['OVERSIGHT'], agencyId: null })).toBe(true);
    expect(readsPlans({ roles: ['ADMIN', 'AGENCY_LEAD'], agencyId: 'a' })).toBe(true);
    expect(readsPlans({ roles: ['ADMIN'], agencyId: 'a' })).toBe(false);
    expect(readsPlans(null)).toBe(false);
  });
});

describe('statusAllows: when', () => {
  describe.each(PERMISSION_ACTIONS.map((action) => [action]))('%s', (action) => {
    it.each(PLAN_STATUSES.map((status) => [status]))('in %s', (status) => {
      expect(statusAllows(action, status)).toBe((STATUS_TABLE[action] ?? PLAN_STATUSES).includes(status));
    });
  });
});

describe('canNow: who and when together', () => {
  it('needs both', () => {
    const officer = user('OFFICER', 'participant');
    expect(canNow(officer, 'activity.log', { ...PLAN, status: 'ACTIVE' })).toBe(true);
    expect(canNow(officer, 'activity.log', { ...PLAN, status: 'COMPLETED' })).toBe(false);
    expect(canNow(user('OFFICER', 'outsider'), 'activity.log', { ...PLAN, status: 'ACTIVE' })).toBe(false);
    expect(canNow(user('AGENCY_LEAD', 'lead'), 'plan.activate', { ...PLAN, status: 'IN_REVIEW' })).toBe(false);
    expect(canNow(user('AGENCY_LEAD', 'lead'), 'plan.activate', { ...PLAN, status: 'APPROVED' })).toBe(true);
  });

  it('is who alone when the plan carries no status', () => {
    expect(canNow(user('PLANNER', 'lead'), 'report.edit', PLAN)).toBe(true);
  });
});
