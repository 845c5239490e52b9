import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { LazySecurityPage } from '../account/LazySecurityPage';
import { LazyChangePasswordPage } from '../auth/LazyChangePasswordPage';
import { CHANGE_PASSWORD_PATH, SECURITY_PATH, SIGN_IN_PATH } from '../auth/session';
import { HELP_PATH } from '../help/help-sections';
import { LandingRedirect } from '../my-work/LandingRedirect';
import { MY_WORK_PATH } from '../my-work/landing';
import { LazySection } from '../plans/LazySections';
import { Layout } from '../shell/Layout';
import { NotFoundPage } from './NotFoundPage';
import { COMPLAINT_STATUS_PATH, NEW_COMPLAINT_PATH } from '../complaints/complaint-paths';
import {
  AdminPage,
  AgreementPage,
  AgreementsPage,
  ComplaintStatusPage,
  CorrectiveActionsPage,
  EffectivenessPage,
  HelpPage,
  LessonsPage,
  MyWorkPage,
  NewAgreementPage,
  NewComplaintPage,
  NewPlanPage,
  NotificationPreferencesPage,
  NotificationsPage,
  OversightArea,
  OversightComplaintPage,
  OversightComplaintsPage,
  OversightPlanPage,
  OversightPlansPage,
  PlansPage,
  PublicTransparencyPage,
  SignInPage,
  TrainingArea,
  TransparencyPage,
} from './pages';
import { PlanWorkspaceRoute } from '../plans/PlanWorkspaceRoute';
import { FIELD_COPY_PATH, FieldCopyPage } from '../offline/FieldCopyPage';
import { PUBLIC_FIGURES_PATH } from '../transparency/paths';
import { NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from '../notifications/paths';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={SIGN_IN_PATH} element={<SignInPage />} />
        <Route path={HELP_PATH} element={<HelpPage />} />
        <Route path={`${FIELD_COPY_PATH}/:planId`} element={<FieldCopyPage />} />
        {/* The public side: no sign-in. */}
        <Route path={PUBLIC_FIGURES_PATH} element={<PublicTransparencyPage />} />
        <Route path={NEW_COMPLAINT_PATH} element={<NewComplaintPage />} />
        <Route path={COMPLAINT_STATUS_PATH} element={<ComplaintStatusPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<LandingRedirect />} />
          <Route path={MY_WORK_PATH} element={<MyWorkPage />} />
          <Route path="/plans" element={<PlansPage />} />
          <Route path="/plans/new" element={<NewPlanPage />} />
          <Route path="/plans/:id" element={<PlanWorkspaceRoute />}>
            <Route index element={<Navigate to="overview" replace />} />
            <Route path="overview" element={<LazySection section="overview" />} />
            <Route path="objectives" element={<LazySection section="objectives" />} />
            <Route path="roles" element={<LazySection section="roles" />} />
            <Route path="checklist" element={<LazySection section="checklist" />} />
            <Route path="timeline" element={<LazySection section="timeline" />} />
            <Route path="resources" element={<LazySection section="resources" />} />
            <Route path="comms" element={<LazySection section="comms" />} />
            <Route path="places" element={<LazySection section="places" />} />
            <Route path="approvals" element={<LazySection section="approvals" />} />
            <Route path="operation" element={<LazySection section="operation" />} />
            <Route path="debrief" element={<LazySection section="debrief" />} />
            <Route path="report" element={<LazySection section="report" />} />
            <Route path="activity" element={<LazySection section="activity" />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="/corrective-actions" element={<CorrectiveActionsPage />} />
          <Route path="/lessons" element={<LessonsPage />} />
          <Route path="/effectiveness" element={<EffectivenessPage />} />
          <Route path="/training/*" element={<TrainingArea />} />
          <Route path="/agreements" element={<AgreementsPage />} />
          <Route path="/agreements/new" element={<NewAgreementPage />} />
          <Route path="/agreements/:id" element={<AgreementPage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path={CHANGE_PASSWORD_PATH} element={<LazyChangePasswordPage />} />
          <Route path={SECURITY_PATH} element={<LazySecurityPage />} />
          <Route path={NOTIFICATIONS_PATH} element={<NotificationsPage />} />
          <Route path={NOTIFICATION_SETTINGS_PATH} element={<NotificationPreferencesPage />} />
          <Route path="/oversight" element={<OversightArea />}>
            <Route index element={<OversightPlansPage />} />
            <Route path="plans/:id" element={<OversightPlanPage />} />
            <Route path="transparency" element={<TransparencyPage />} />
            <Route path="effectiveness" element={<EffectivenessPage />} />
            <Route path="complaints" element={<OversightComplaintsPage />} />
            <Route path="complaints/:id" element={<OversightComplaintPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
