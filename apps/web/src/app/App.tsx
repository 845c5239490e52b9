import { Navigate, Route, Routes } from 'react-router';
import { ActivitySection } from '../events/ActivitySection';
import { AdminPage } from '../admin/AdminPage';
import { ApprovalsSection } from '../approvals/ApprovalsSection';
import { RequireAuth } from '../auth/RequireAuth';
import { LazyChangePasswordPage } from '../auth/LazyChangePasswordPage';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from '../auth/session';
import { HelpPage } from '../help/HelpPage';
import { HELP_PATH } from '../help/help-sections';
import { LandingRedirect } from '../my-work/LandingRedirect';
import { MY_WORK_PATH } from '../my-work/landing';
import { MyWorkPage } from '../my-work/MyWorkPage';
import { SignInPage } from '../auth/SignInPage';
import { CommsSection } from '../comms/CommsSection';
import { CorrectiveActionsPage } from '../corrective-actions/CorrectiveActionsPage';
import { DebriefSection } from '../debrief/DebriefSection';
import { LessonsPage } from '../lessons/LessonsPage';
import { OperationSection } from '../operation-log/OperationSection';
import { ReportSection } from '../report/ReportSection';
import { ObjectivesSection } from '../objectives/ObjectivesSection';
import { OversightArea } from '../oversight/OversightArea';
import { OversightPlanPage } from '../oversight/OversightPlanPage';
import { OversightPlansPage } from '../oversight/OversightPlansPage';
import { TransparencyPage } from '../oversight/TransparencyPage';
import { ChecklistRoute, TimelineRoute } from '../plans/LazySections';
import { NewPlanPage } from '../plans/NewPlanPage';
import { OverviewSection } from '../plans/OverviewSection';
import { PlansPage } from '../plans/PlansPage';
import { PlanWorkspacePage } from '../plans/PlanWorkspacePage';
import { ResourcesSection } from '../resources/ResourcesSection';
import { RolesSection } from '../roles/RolesSection';
import { Layout } from '../shell/Layout';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={SIGN_IN_PATH} element={<SignInPage />} />
        <Route path={HELP_PATH} element={<HelpPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<LandingRedirect />} />
          <Route path={MY_WORK_PATH} element={<MyWorkPage />} />
          <Route path="/plans" element={<PlansPage />} />
          <Route path="/plans/new" element={<NewPlanPage />} />
          <Route path="/plans/:id" element={<PlanWorkspacePage />}>
            <Route index element={<Navigate to="overview" replace />} />
            <Route path="overview" element={<OverviewSection />} />
            <Route path="objectives" element={<ObjectivesSection />} />
            <Route path="roles" element={<RolesSection />} />
            <Route path="checklist" element={<ChecklistRoute />} />
            <Route path="timeline" element={<TimelineRoute />} />
            <Route path="resources" element={<ResourcesSection />} />
            <Route path="comms" element={<CommsSection />} />
            <Route path="approvals" element={<ApprovalsSection />} />
            <Route path="operation" element={<OperationSection />} />
            <Route path="debrief" element={<DebriefSection />} />
            <Route path="report" element={<ReportSection />} />
            <Route path="activity" element={<ActivitySection />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="/corrective-actions" element={<CorrectiveActionsPage />} />
          <Route path="/lessons" element={<LessonsPage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path={CHANGE_PASSWORD_PATH} element={<LazyChangePasswordPage />} />
          <Route path="/oversight" element={<OversightArea />}>
            <Route index element={<OversightPlansPage />} />
            <Route path="plans/:id" element={<OversightPlanPage />} />
            <Route path="transparency" element={<TransparencyPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
