import {
  agreementReminderDue,
  debriefReminderDue,
  isMutable,
  NOTIFICATION_KINDS,
  notificationEmail,
  notificationLink,
  notificationText,
  overdueDay,
  supersededKinds,
  withinDaysBefore,
} from './notifications';

const H = 3_600_000;
const D = 24 * H;
const at = (ms: number) => new Date(Date.UTC(2027, 0, 1) + ms);

describe('notification rules', () => {
  it('a rejection quotes its comment once, without a second full stop after one that ends a sentence', () => {
    const subject = { planId: 'p1', planTitle: 'Operation Night Scale', agencyName: 'WCSO' };
    expect(notificationText('PLAN_REJECTED', { ...subject, comment: 'WCSO needs more deputies listed.' })).toBe('WCSO rejected “Operation Night Scale”: “WCSO needs more deputies listed.” Revise it and submit again.');
    expect(notificationText('PLAN_REJECTED', { ...subject, comment: 'List the deputies' })).toBe('WCSO rejected “Operation Night Scale”: “List the deputies”. Revise it and submit again.');
    expect(notificationText('PLAN_REJECTED', { ...subject, comment: null })).toBe('WCSO rejected “Operation Night Scale”. Revise it and submit again.');
  });

  it('a resubmission settles the rejection; approval settles the review requests', () => {
    expect(supersededKinds(['PLAN_SUBMITTED'])).toEqual(['PLAN_REJECTED']);
    expect(supersededKinds(['APPROVAL_DECIDED', 'PLAN_APPROVED'])).toEqual(['REVIEW_REQUESTED', 'SIGNOFF_STALE']);
  });

  it('only review requests and voided approvals cannot be muted', () => {
    expect(NOTIFICATION_KINDS.filter((kind) => !isMutable(kind))).toEqual(['REVIEW_REQUESTED', 'SIGNOFF_STALE']);
  });

  it('reminds of a debrief from 24 hours after completion, once a day, seven times', () => {
    const completed = at(0);
    expect(debriefReminderDue(completed, at(24 * H - 1))).toBeNull();
    expect(debriefReminderDue(completed, at(24 * H))).toBe(1);
    expect(debriefReminderDue(completed, at(48 * H - 1))).toBe(1);
    expect(debriefReminderDue(completed, at(48 * H))).toBe(2);
    expect(debriefReminderDue(completed, at(7 * D + 23 * H))).toBe(7);
    expect(debriefReminderDue(completed, at(8 * D))).toBeNull();
  });

  it('counts overdue days from the end of the due day where the task force works (1 January 2027 ends at 05:00 UTC, EST)', () => {
    const end = 5 * H;
    expect(overdueDay(at(0), at(0))).toBeNull();
    expect(overdueDay(at(0), at(D + end - 1))).toBeNull();
    expect(overdueDay(at(0), at(D + end))).toBe(1);
    expect(overdueDay(at(0), at(2 * D + end - 1))).toBe(1);
    expect(overdueDay(at(0), at(2 * D + end))).toBe(2);
  });

  it('reminds of an agreement at 90, then at 30 days, and not once it has expired', () => {
    const expires = at(100 * D);
    expect(agreementReminderDue(expires, at(9 * D))).toBeNull();
    expect(agreementReminderDue(expires, at(10 * D))).toBe(90);
    expect(agreementReminderDue(expires, at(70 * D))).toBe(30);
    expect(agreementReminderDue(expires, at(100 * D))).toBeNull();
    expect(withinDaysBefore(expires, at(70 * D - 1), 30)).toBe(false);
  });

  it('quotes a rejection comment in the app, never in the email', () => {
    const subject = { planId: 'p1', planTitle: 'Operation Clear Lanes', comment: 'Informant named in roles', agencyName: 'CBP' };
    expect(notificationText('PLAN_REJECTED', subject)).toContain('Informant named in roles');
    const email = notificationEmail('PLAN_REJECTED', subject);
    expect(`${email.subject} ${email.text}`).not.toContain('Informant');
    expect(email.subject).toContain('Operation Clear Lanes');
    expect(notificationLink('PLAN_REJECTED', subject)).toBe('/plans/p1/approvals');
  });

  it('names no corrective action in its email, only the plan', () => {
    const subject = { planId: 'p1', planTitle: 'Operation Clear Lanes', actionTitle: 'Replace radio keys', dueDate: '2027-03-01T00:00:00Z' };
    expect(notificationText('CORRECTIVE_ACTION_OVERDUE', subject)).toContain('Replace radio keys');
    expect(notificationEmail('CORRECTIVE_ACTION_OVERDUE', subject).text).not.toContain('Replace radio keys');
  });

  it('links training to the person, or to one’s own training page', () => {
    expect(notificationLink('TRAINING_EXPIRING', { own: true, userId: 'u1' })).toBe('/training');
    expect(notificationLink('TRAINING_EXPIRING', { own: false, userId: 'u1' })).toBe('/training/people/u1');
    expect(notificationLink('AGREEMENT_EXPIRING', { agreementId: 'a1' })).toBe('/agreements/a1');
  });
});
