import { lazy } from 'react';

/**
 * Every page is its own chunk, loaded when it is first shown (Layout's Suspense says so meanwhile):
 * the first visit downloads the shell (router, Apollo Client, header) and the page it opens, not the
 * whole app.
 */
export const SignInPage = lazy(() => import('../auth/SignInPage').then((m) => ({ default: m.SignInPage })));
export const HelpPage = lazy(() => import('../help/HelpPage').then((m) => ({ default: m.HelpPage })));
export const MyWorkPage = lazy(() => import('../my-work/MyWorkPage').then((m) => ({ default: m.MyWorkPage })));
export const PlansPage = lazy(() => import('../plans/PlansPage').then((m) => ({ default: m.PlansPage })));
export const NewPlanPage = lazy(() => import('../plans/NewPlanPage').then((m) => ({ default: m.NewPlanPage })));
export const CorrectiveActionsPage = lazy(() => import('../corrective-actions/CorrectiveActionsPage').then((m) => ({ default: m.CorrectiveActionsPage })));
export const LessonsPage = lazy(() => import('../lessons/LessonsPage').then((m) => ({ default: m.LessonsPage })));
export const AdminPage = lazy(() => import('../admin/AdminPage').then((m) => ({ default: m.AdminPage })));
export const OversightArea = lazy(() => import('../oversight/OversightArea').then((m) => ({ default: m.OversightArea })));
export const OversightPlansPage = lazy(() => import('../oversight/OversightPlansPage').then((m) => ({ default: m.OversightPlansPage })));
export const OversightPlanPage = lazy(() => import('../oversight/OversightPlanPage').then((m) => ({ default: m.OversightPlanPage })));
export const EffectivenessPage = lazy(() => import('../effectiveness/EffectivenessPage').then((m) => ({ default: m.EffectivenessPage })));
export const PublicTransparencyPage = lazy(() => import('../transparency/PublicTransparencyPage').then((m) => ({ default: m.PublicTransparencyPage })));
export const TransparencyPage = lazy(() => import('../oversight/TransparencyPage').then((m) => ({ default: m.TransparencyPage })));
export const TrainingArea = lazy(() => import('../training/TrainingArea').then((m) => ({ default: m.TrainingArea })));
export const AgreementsPage = lazy(() => import('../agreements/AgreementsPage').then((m) => ({ default: m.AgreementsPage })));
export const NewAgreementPage = lazy(() => import('../agreements/NewAgreementPage').then((m) => ({ default: m.NewAgreementPage })));
export const NewComplaintPage = lazy(() => import('../complaints/NewComplaintPage').then((m) => ({ default: m.NewComplaintPage })));
export const ComplaintStatusPage = lazy(() => import('../complaints/ComplaintStatusPage').then((m) => ({ default: m.ComplaintStatusPage })));
export const OversightComplaintsPage = lazy(() => import('../complaints/OversightComplaintsPage').then((m) => ({ default: m.OversightComplaintsPage })));
export const OversightComplaintPage = lazy(() => import('../complaints/OversightComplaintPage').then((m) => ({ default: m.OversightComplaintPage })));
export const AgreementPage = lazy(() => import('../agreements/AgreementPage').then((m) => ({ default: m.AgreementPage })));
export const NotificationsPage = lazy(() => import('../notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
export const NotificationPreferencesPage = lazy(() => import('../notifications/NotificationPreferencesPage').then((m) => ({ default: m.NotificationPreferencesPage })));
