import { CHANGE_PASSWORD_MESSAGES, changePasswordFormSchema, changePasswordSchema } from '../passwords';
import { selfAdministrationViolation, SELF_ADMINISTRATION_MESSAGES } from './account-administration';
import { accountPatchSchema } from './schemas';
import { violationsOf } from './schemas/violations';
import { RESTRICTED_SESSION_OPERATIONS, sessionMayCall } from './session-policy';

describe('selfAdministrationViolation', () => {
  const self = { actorId: 'u1', targetId: 'u1' };
  it('refuses disabling, resetting, or dropping the Administrator role on oneself, naming the field', () => {
    expect(selfAdministrationViolation({ ...self, active: false })).toEqual({ field: 'active', message: SELF_ADMINISTRATION_MESSAGES.disable });
    expect(selfAdministrationViolation({ ...self, roles: ['OVERSIGHT'] }, 'patch.')).toEqual({ field: 'patch.roles', message: SELF_ADMINISTRATION_MESSAGES.dropAdmin });
    expect(selfAdministrationViolation({ ...self, reset: true })?.message).toBe(SELF_ADMINISTRATION_MESSAGES.reset);
  });
  it('allows the same to another account, and harmless changes to oneself', () => {
    expect(selfAdministrationViolation({ actorId: 'u1', targetId: 'u2', active: false, roles: [], reset: true })).toBeNull();
    expect(selfAdministrationViolation({ ...self, active: true, roles: ['ADMIN', 'OVERSIGHT'] })).toBeNull();
    expect(selfAdministrationViolation({ ...self, roles: null })).toBeNull();
  });
});

describe('sessionMayCall', () => {
  it('lets an unrestricted session call anything', () => {
    expect(sessionMayCall({}, 'plans')).toBe(true);
  });
  it.each([{ mustChangePassword: true }, { restricted: true }])('confines %j to me, logout, changePassword and enrollment', (session) => {
    for (const operation of RESTRICTED_SESSION_OPERATIONS) expect(sessionMayCall(session, operation)).toBe(true);
    for (const operation of ['plans', 'plan', 'users', 'updateUser', 'planEvents', 'login']) expect(sessionMayCall(session, operation)).toBe(false);
  });
});

describe('account patch and password change schemas', () => {
  it('leaves out what a patch does not set, and checks what it does', () => {
    expect(violationsOf(accountPatchSchema, { displayName: null, roles: null, agencyId: null })).toEqual([]);
    expect(violationsOf(accountPatchSchema, { roles: ['ADMIN', 'PLANNER'] }, 'patch').map((v) => v.field)).toEqual(['patch.roles']);
    expect(violationsOf(accountPatchSchema, { displayName: '  ' }, 'patch').map((v) => v.field)).toEqual(['patch.displayName']);
  });
  it('refuses a new password equal to the current one, and an unconfirmed one in the form', () => {
    expect(violationsOf(changePasswordSchema(), { currentPassword: 'river-lantern-orbit-52', newPassword: 'river-lantern-orbit-52' })).toEqual([
      { field: 'newPassword', message: CHANGE_PASSWORD_MESSAGES.sameAsCurrent },
    ]);
    expect(violationsOf(changePasswordFormSchema(), { currentPassword: 'x', newPassword: 'river-lantern-orbit-52', confirmPassword: 'other' })).toEqual([
      { field: 'confirmPassword', message: CHANGE_PASSWORD_MESSAGES.confirmMismatch },
    ]);
    expect(violationsOf(changePasswordSchema(), { currentPassword: '', newPassword: 'river-lantern-orbit-52' }).map((v) => v.field)).toEqual(['currentPassword']);
  });
  it('after a reset, names the one-time password, and holds it the same in capitals or without dashes', () => {
    expect(violationsOf(changePasswordFormSchema(true), { currentPassword: '', newPassword: 'river-lantern-orbit-52', confirmPassword: 'river-lantern-orbit-52' })).toEqual([
      { field: 'currentPassword', message: 'Enter the one-time password your administrator gave you.' },
    ]);
    expect(violationsOf(changePasswordSchema(true), { currentPassword: 'K7QMX2PD9FHAT4WN', newPassword: 'k7qm-x2pd-9fha-t4wn' })).toEqual([
      { field: 'newPassword', message: 'Choose a password different from the one-time one.' },
    ]);
    // An ordinary password stays exact: another spelling is another password.
    expect(violationsOf(changePasswordSchema(), { currentPassword: 'K7QMX2PD9FHAT4WN', newPassword: 'k7qm-x2pd-9fha-t4wn' })).toEqual([]);
  });
});
