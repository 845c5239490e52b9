import { AccountsAndSessions1764300000000 } from './1764300000000-accounts-and-sessions';
import { PlansAndEventLog1764400000000 } from './1764400000000-plans-and-event-log';
import { ApprovalsAndAccessLog1764500000000 } from './1764500000000-approvals-and-access-log';
import { OperationAndAfterAction1764600000000 } from './1764600000000-operation-and-after-action';
import { LoginAttemptSlots1764700000000 } from './1764700000000-login-attempt-slots';
import { RoleCombinations1764700000001 } from './1764700000001-role-combinations';
import { StoredEnumFindings1764710000000 } from './1764710000000-stored-enum-findings';
import { AccessLogReads1764720000000 } from './1764720000000-access-log-reads';
import { PlanTimeZone1764810000000 } from './1764810000000-plan-time-zone';
import { DebriefLastStep1764870000000 } from './1764870000000-debrief-last-step';
import { AccountAdministration1764820000000 } from './1764820000000-account-administration';
import { Identity1764910000000 } from './1764910000000-identity';
import { OidcLogins1764920000000 } from './1764920000000-oidc-logins';
import { AgreementsAndTraining1764940000000 } from './1764940000000-agreements-and-training';
import { PasskeyOrigin1764930000000 } from './1764930000000-passkey-origin';
import { AgreementAccessLog1764950000000 } from './1764950000000-agreement-access-log';
import { Complaints1764960000000 } from './1764960000000-complaints';
import { Notifications1764970000000 } from './1764970000000-notifications';
import { ClientWrites1764980000000 } from './1764980000000-client-writes';
import { Places1764990000000 } from './1764990000000-places';
import { PlanAgencyIds1765000000000 } from './1765000000000-plan-agency-ids';
import { AgreementAccessLogPaging1765010000000 } from './1765010000000-agreement-access-log-paging';
import { CorrectiveActionClosedAt1765020000000 } from './1765020000000-corrective-action-closed-at';
import { ComplaintLanguage1765030000000 } from './1765030000000-complaint-language';
import { TrainingExpiryDays1765040000000 } from './1765040000000-training-expiry-days';

/** Every migration, oldest first. Listed explicitly so the built server and jest load the same set. */
export const MIGRATIONS = [
  AccountsAndSessions1764300000000,
  PlansAndEventLog1764400000000,
  ApprovalsAndAccessLog1764500000000,
  OperationAndAfterAction1764600000000,
  LoginAttemptSlots1764700000000,
  RoleCombinations1764700000001,
  StoredEnumFindings1764710000000,
  AccessLogReads1764720000000,
  PlanTimeZone1764810000000,
  DebriefLastStep1764870000000,
  AccountAdministration1764820000000,
  Identity1764910000000,
  OidcLogins1764920000000,
  PasskeyOrigin1764930000000,
  AgreementsAndTraining1764940000000,
  AgreementAccessLog1764950000000,
  Complaints1764960000000,
  Notifications1764970000000,
  ClientWrites1764980000000,
  Places1764990000000,
  PlanAgencyIds1765000000000,
  AgreementAccessLogPaging1765010000000,
  CorrectiveActionClosedAt1765020000000,
  ComplaintLanguage1765030000000,
  TrainingExpiryDays1765040000000,
];
