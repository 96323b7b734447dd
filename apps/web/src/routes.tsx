import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { useAuth } from './auth/AuthProvider.tsx';
import type { Role } from './api/types.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { ADMIN_ROLES, landingPath, PAGE_ROLES } from './auth/permissions.ts';

const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const SignInStepPage = lazy(() => import('./pages/SignInStepPage.tsx'));
const AccountPage = lazy(() => import('./pages/account/AccountPage.tsx'));
const SessionsPage = lazy(() => import('./pages/admin/SessionsPage.tsx'));
const HomePage = lazy(() => import('./pages/HomePage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const MapPage = lazy(() => import('./pages/admin/MapPage.tsx'));
const UnitsPage = lazy(() => import('./pages/admin/UnitsPage.tsx'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.tsx'));
const CategoriesPage = lazy(() => import('./pages/admin/CategoriesPage.tsx'));
const DutiesPage = lazy(() => import('./pages/admin/DutiesPage.tsx'));
const DeadlinesPage = lazy(() => import('./pages/admin/DeadlinesPage.tsx'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage.tsx'));
const FieldRulesPage = lazy(() => import('./pages/admin/fieldrules/FieldRulesPage.tsx'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage.tsx'));
const ApiKeysPage = lazy(() => import('./pages/admin/ApiKeysPage.tsx'));
const ClassifyModelPage = lazy(() => import('./pages/admin/classify/ClassifyModelPage.tsx'));
const IntakePage = lazy(() => import('./pages/cases/IntakePage.tsx'));
const CaseDetailPage = lazy(() => import('./pages/cases/CaseDetailPage.tsx'));
const InboxPage = lazy(() => import('./pages/cases/InboxPage.tsx'));
const QueuePage = lazy(() => import('./pages/cases/QueuePage.tsx'));
const CasesPage = lazy(() => import('./pages/cases/CasesPage.tsx'));
const WhistleBoardPage = lazy(() => import('./pages/whistles/WhistleBoardPage.tsx'));
const ReplyQualityPage = lazy(() => import('./pages/replyquality/ReplyQualityPage.tsx'));
const OpinionPage = lazy(() => import('./pages/opinion/OpinionPage.tsx'));
const HotspotsPage = lazy(() => import('./pages/hotspots/HotspotsPage.tsx'));
const MonthlyPage = lazy(() => import('./pages/hotspots/MonthlyPage.tsx'));
const ProactivePage = lazy(() => import('./pages/hotspots/ProactivePage.tsx'));
const FieldworkPage = lazy(() => import('./pages/fieldwork/FieldworkPage.tsx'));
const FieldWorkerPage = lazy(() => import('./pages/fieldwork/FieldWorkerPage.tsx'));
const FieldRecordPage = lazy(() => import('./pages/fieldwork/record/FieldRecordPage.tsx'));
const SupervisionPage = lazy(() => import('./pages/supervision/SupervisionPage.tsx'));
const SignoffsPage = lazy(() => import('./pages/fieldwork/SignoffsPage.tsx'));
const RankingPage = lazy(() => import('./pages/assessment/RankingPage.tsx'));
const CityRankingPage = lazy(() => import('./pages/assessment/CityRankingPage.tsx'));
const PublicCityRankingPage = lazy(() => import('./pages/public/PublicCityRankingPage.tsx'));
const OpenWhistlePage = lazy(() => import('./pages/whistles/OpenWhistlePage.tsx'));
const FieldTasksPage = lazy(() => import('./pages/fieldwork/tasks/FieldTasksPage.tsx'));
const FieldMyTasksPage = lazy(() => import('./pages/field/tasks/FieldMyTasksPage.tsx'));
const FieldBuildingsPage = lazy(() => import('./pages/field/buildings/FieldBuildingsPage.tsx'));
const FloorPlanPage = lazy(() => import('./pages/field/buildings/FloorPlanPage.tsx'));
const WhistleDetailPage = lazy(() => import('./pages/whistles/WhistleDetailPage.tsx'));
const MediationListPage = lazy(() => import('./pages/mediation/MediationListPage.tsx'));
const NewMediationPage = lazy(() => import('./pages/mediation/NewMediationPage.tsx'));
const MediationDetailPage = lazy(() => import('./pages/mediation/MediationDetailPage.tsx'));
const MediationPrintPage = lazy(() => import('./pages/mediation/MediationPrintPage.tsx'));
const KnowledgePage = lazy(() => import('./pages/knowledge/KnowledgePage.tsx'));
const KnowledgeUsagePage = lazy(() => import('./pages/knowledge/KnowledgeUsagePage.tsx'));
const KnowledgePrintPage = lazy(() => import('./pages/knowledge/KnowledgePrintPage.tsx'));
const PublicKnowledgePage = lazy(() => import('./pages/knowledge/PublicKnowledgePage.tsx'));
const ServicesPage = lazy(() => import('./pages/services/ServicesPage.tsx'));
const ServiceGuidePage = lazy(() => import('./pages/services/ServiceGuidePage.tsx'));
const ServicePrintPage = lazy(() => import('./pages/services/ServicePrintPage.tsx'));
const ServiceApplyPage = lazy(() => import('./pages/services/ApplyPage.tsx'));
const ServiceApplicationPage = lazy(() => import('./pages/services/ApplicationPage.tsx'));
const ServiceRatingsPage = lazy(() => import('./pages/services/RatingsPage.tsx'));
const PublicCataloguePage = lazy(() =>
  import('./pages/services/PublicRatingPages.tsx').then((m) => ({ default: m.PublicCataloguePage })),
);
const PublicRatingsPage = lazy(() =>
  import('./pages/services/PublicRatingPages.tsx').then((m) => ({ default: m.PublicRatingsPage })),
);
const MyApplicationsPage = lazy(() =>
  import('./pages/services/PublicRatingPages.tsx').then((m) => ({ default: m.MyApplicationsPage })),
);
const PublicServicePage = lazy(() =>
  import('./pages/services/PublicServicePages.tsx').then((m) => ({ default: m.PublicServicePage })),
);
const PublicServiceTrackPage = lazy(() =>
  import('./pages/services/PublicServicePages.tsx').then((m) => ({ default: m.PublicTrackPage })),
);
const MediationStatsPage = lazy(() => import('./pages/mediation/MediationStatsPage.tsx'));
const AdmissionListsPage = lazy(() => import('./pages/admission/ListsPage.tsx'));
const AdmissionItemPage = lazy(() => import('./pages/admission/ItemPage.tsx'));
const AdmissionApplicationsPage = lazy(() => import('./pages/admission/ApplicationsPage.tsx'));
const AdmissionApplicationPage = lazy(() => import('./pages/admission/ApplicationPage.tsx'));
const AdmissionRoundsPage = lazy(() => import('./pages/admission/RoundsPage.tsx'));
const AdmissionRoundPage = lazy(() => import('./pages/admission/RoundPage.tsx'));
const AdmissionWorkloadPage = lazy(() => import('./pages/admission/WorkloadPage.tsx'));
const AdmissionOffgatePage = lazy(() => import('./pages/admission/OffgatePage.tsx'));
const AdmissionTasksPage = lazy(() => import('./pages/admission/TasksPage.tsx'));
const PersonsPage = lazy(() => import('./pages/basedata/PersonsPage.tsx'));
const TaggedPage = lazy(() =>
  import('./pages/basedata/PersonsPage.tsx').then((m) => ({ default: m.TaggedPage })),
);
const PersonDetailPage = lazy(() => import('./pages/basedata/PersonDetailPage.tsx'));
const HousesPage = lazy(() =>
  import('./pages/basedata/RecordsPages.tsx').then((m) => ({ default: m.HousesPage })),
);
const OrganisationsPage = lazy(() =>
  import('./pages/basedata/RecordsPages.tsx').then((m) => ({ default: m.OrganisationsPage })),
);
const BaseImportPage = lazy(() => import('./pages/basedata/ImportPage.tsx'));
const CommandDashboardPage = lazy(() => import('./pages/dashboard/CommandDashboardPage.tsx'));
const AnalyticsPage = lazy(() => import('./pages/dashboard/AnalyticsPage.tsx'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage.tsx'));
const ReportInstancePage = lazy(() => import('./pages/reports/InstancePage.tsx'));
const ReportSendingPage = lazy(() => import('./pages/reports/SendingPage.tsx'));
const ReportPage = lazy(() => import('./pages/public/ReportPage.tsx'));
const TrackPage = lazy(() => import('./pages/public/TrackPage.tsx'));
const FindCasePage = lazy(() => import('./pages/public/FindCasePage.tsx'));
const PublicCasePage = lazy(() => import('./pages/public/PublicCasePage.tsx'));
const MyVotesPage = lazy(() => import('./pages/participation/MyVotesPage.tsx'));
const ParticipationPage = lazy(() => import('./pages/participation/ParticipationPage.tsx'));
const VoteConsolePage = lazy(() => import('./pages/participation/VoteConsolePage.tsx'));
const PublicParticipationPage = lazy(() => import('./pages/participation/PublicParticipationPage.tsx'));
const MyPointsPage = lazy(() => import('./pages/points/MyPointsPage.tsx'));
const PublicPointsPage = lazy(() => import('./pages/points/PublicPointsPage.tsx'));
const PointsPage = lazy(() => import('./pages/points/PointsPage.tsx'));
const VolunteersPage = lazy(() => import('./pages/volunteers/VolunteersPage.tsx'));
const VolunteerActivityPage = lazy(() => import('./pages/volunteers/ActivityPage.tsx'));
const MyVolunteeringPage = lazy(() => import('./pages/volunteers/MyVolunteeringPage.tsx'));
const VolunteerCertificatePage = lazy(() => import('./pages/volunteers/CertificatePage.tsx'));
const PublicVolunteerCertificatePage = lazy(() => import('./pages/volunteers/PublicCertificatePage.tsx'));
const DisclosureCataloguePage = lazy(() => import('./pages/disclosure/CataloguePage.tsx'));
const DisclosurePowersPage = lazy(() => import('./pages/disclosure/PowersPage.tsx'));
const DisclosureOverviewPage = lazy(() => import('./pages/disclosure/OverviewPage.tsx'));
const PublicDisclosurePage = lazy(() => import('./pages/disclosure/PublicDisclosurePage.tsx'));
const MyDisclosurePage = lazy(() => import('./pages/disclosure/MyDisclosurePage.tsx'));
const PortalPage = lazy(() => import('./pages/portal/PortalPage.tsx'));
const MyCasesPage = lazy(() =>
  import('./pages/portal/MyCasesPage.tsx').then((m) => ({ default: m.MyCasesPage })),
);
const MyCasePage = lazy(() =>
  import('./pages/portal/MyCasesPage.tsx').then((m) => ({ default: m.MyCasePage })),
);
const DuplicatesReportPage = lazy(() => import('./pages/cases/DuplicatesReportPage.tsx'));
// lane search (issue 14)
const CaseSearchPage = lazy(() => import('./pages/cases/CaseSearchPage.tsx'));
// The grid worker's phone app (issue 11): outside the console layout, opens offline.
const RequireField = lazy(() =>
  import('./pages/field/FieldLayout.tsx').then((m) => ({ default: m.RequireField })),
);
const FieldTodayPage = lazy(() => import('./pages/field/TodayPage.tsx'));
const FieldPatrolPage = lazy(() => import('./pages/field/PatrolPage.tsx'));
const FieldVisitsPage = lazy(() => import('./pages/field/VisitsPage.tsx'));
const FieldQueuePage = lazy(() => import('./pages/field/QueuePage.tsx'));
const FieldSoonPage = lazy(() => import('./pages/field/SoonPage.tsx'));

export function PageSpin() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 80 }}>
      <Spin size="large" />
    </div>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSpin />}>{children}</Suspense>;
}

function RequireAuth() {
  const { me, step, loading } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpin />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // A sign-in step still owed (second factor, password change, enrolment) comes before any page.
  if (step)
    return <Navigate to="/login/step" replace state={{ from: location.pathname + location.search }} />;
  return <AppLayout />;
}

function RequireAdmin() {
  const { hasRole } = useAuth();
  return ADMIN_ROLES.some(hasRole) ? <Outlet /> : <Navigate to="/home" replace />;
}

/** Only users with one of `roles`; others go to their landing page. */
function RequireRoles({ roles }: { roles: readonly Role[] }) {
  const { hasRole } = useAuth();
  return roles.some(hasRole) ? <Outlet /> : <Navigate to="/" replace />;
}

/** Signed in with a dashboard role, without the console layout (the command room's full screen). */
function RequireDashboardBare() {
  const { me, loading, hasRole } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpin />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return PAGE_ROLES['/command'].some(hasRole) ? <Outlet /> : <Navigate to="/" replace />;
}

function Landing() {
  const { me } = useAuth();
  return <Navigate to={landingPath(me?.roles ?? [])} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Lazy>
            <LoginPage />
          </Lazy>
        }
      />
      <Route path="/login/step" element={<Lazy>{<SignInStepPage />}</Lazy>} />
      {/* Residents: no login, outside the console layout. */}
      <Route path="/report" element={<Lazy>{<ReportPage />}</Lazy>} />
      <Route path="/public/knowledge/:id" element={<Lazy>{<PublicKnowledgePage />}</Lazy>} />
      <Route path="/public/services/track/:code?" element={<Lazy>{<PublicServiceTrackPage />}</Lazy>} />
      <Route path="/public/services" element={<Lazy>{<PublicCataloguePage />}</Lazy>} />
      <Route path="/public/services/ratings" element={<Lazy>{<PublicRatingsPage />}</Lazy>} />
      <Route path="/public/rankings" element={<Lazy>{<PublicCityRankingPage />}</Lazy>} />
      <Route path="/public/services/:id" element={<Lazy>{<PublicServicePage />}</Lazy>} />
      <Route path="/track/:id" element={<Lazy>{<TrackPage />}</Lazy>} />
      <Route path="/track" element={<Lazy>{<FindCasePage />}</Lazy>} />
      <Route path="/public/cases/:publicId" element={<Lazy>{<PublicCasePage />}</Lazy>} />
      <Route
        path="/public/participation/:communityCode"
        element={<Lazy>{<PublicParticipationPage />}</Lazy>}
      />
      {/* Residents signed in: their community's votes, outside the console layout. */}
      <Route path="/my" element={<Lazy>{<PortalPage />}</Lazy>} />
      <Route path="/my/cases" element={<Lazy>{<MyCasesPage />}</Lazy>} />
      <Route path="/my/cases/:id" element={<Lazy>{<MyCasePage />}</Lazy>} />
      <Route path="/my/votes" element={<Lazy>{<MyVotesPage />}</Lazy>} />
      <Route path="/my/points" element={<Lazy>{<MyPointsPage />}</Lazy>} />
      <Route path="/public/points/:communityCode" element={<Lazy>{<PublicPointsPage />}</Lazy>} />
      {/* 志愿服务: the resident's page, the printable certificate (the server decides who reads it), public verification */}
      <Route path="/my/volunteering" element={<Lazy>{<MyVolunteeringPage />}</Lazy>} />
      <Route path="/my/volunteering/certificates/:id" element={<Lazy>{<VolunteerCertificatePage />}</Lazy>} />
      <Route
        path="/public/volunteers/certificates/:code?"
        element={<Lazy>{<PublicVolunteerCertificatePage />}</Lazy>}
      />
      <Route path="/my/disclosure" element={<Lazy>{<MyDisclosurePage />}</Lazy>} />
      <Route path="/public/disclosure/:communityCode" element={<Lazy>{<PublicDisclosurePage />}</Lazy>} />
      <Route path="/my/applications" element={<Lazy>{<MyApplicationsPage />}</Lazy>} />
      <Route path="field" element={<Lazy>{<RequireField />}</Lazy>}>
        <Route index element={<Lazy>{<FieldTodayPage />}</Lazy>} />
        <Route path="patrol" element={<Lazy>{<FieldPatrolPage />}</Lazy>} />
        <Route path="visits" element={<Lazy>{<FieldVisitsPage />}</Lazy>} />
        <Route path="queue" element={<Lazy>{<FieldQueuePage />}</Lazy>} />
        <Route path="tasks" element={<Lazy>{<FieldMyTasksPage />}</Lazy>} />
        <Route path="buildings" element={<Lazy>{<FieldBuildingsPage />}</Lazy>} />
        <Route path="buildings/:addressId" element={<Lazy>{<FloorPlanPage />}</Lazy>} />
        <Route path="*" element={<Lazy>{<FieldSoonPage />}</Lazy>} />
      </Route>
      <Route element={<RequireDashboardBare />}>
        <Route path="command" element={<Lazy>{<CommandDashboardPage />}</Lazy>} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route index element={<Landing />} />
        <Route path="home" element={<Lazy>{<HomePage />}</Lazy>} />
        <Route path="account" element={<Lazy>{<AccountPage />}</Lazy>} />
        <Route element={<RequireRoles roles={PAGE_ROLES['/admin/classify']} />}>
          <Route path="admin/classify" element={<Lazy>{<ClassifyModelPage />}</Lazy>} />
        </Route>
        <Route path="admin" element={<RequireAdmin />}>
          <Route index element={<Landing />} />
          <Route element={<RequireRoles roles={PAGE_ROLES['/admin/map']} />}>
            <Route path="map" element={<Lazy>{<MapPage />}</Lazy>} />
            <Route path="units" element={<Lazy>{<UnitsPage />}</Lazy>} />
            <Route path="categories" element={<Lazy>{<CategoriesPage />}</Lazy>} />
            <Route path="duties" element={<Lazy>{<DutiesPage />}</Lazy>} />
            <Route path="deadlines" element={<Lazy>{<DeadlinesPage />}</Lazy>} />
            <Route path="calendar" element={<Lazy>{<CalendarPage />}</Lazy>} />
            <Route path="field-rules" element={<Lazy>{<FieldRulesPage />}</Lazy>} />
            <Route path="api-keys" element={<Lazy>{<ApiKeysPage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/admin/users']} />}>
            <Route path="users" element={<Lazy>{<UsersPage />}</Lazy>} />
            <Route path="sessions" element={<Lazy>{<SessionsPage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/admin/audit']} />}>
            <Route path="audit" element={<Lazy>{<AuditPage />}</Lazy>} />
          </Route>
        </Route>
        <Route path="cases" element={<RequireRoles roles={PAGE_ROLES['/cases']} />}>
          <Route index element={<Lazy>{<CasesPage />}</Lazy>} />
          <Route element={<RequireRoles roles={PAGE_ROLES['/cases/new']} />}>
            <Route path="new" element={<Lazy>{<IntakePage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/cases/queue']} />}>
            <Route path="queue" element={<Lazy>{<QueuePage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/cases/inbox']} />}>
            <Route path="inbox" element={<Lazy>{<InboxPage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/cases/duplicates']} />}>
            <Route path="duplicates" element={<Lazy>{<DuplicatesReportPage />}</Lazy>} />
          </Route>
          {/* lane search (issue 14) */}
          <Route element={<RequireRoles roles={PAGE_ROLES['/cases/search']} />}>
            <Route path="search" element={<Lazy>{<CaseSearchPage />}</Lazy>} />
          </Route>
          <Route path=":id" element={<Lazy>{<CaseDetailPage />}</Lazy>} />
        </Route>
        {/* the old console 巡查上报: the field app's 巡查 took its place (an installed shortcut still lands) */}
        <Route path="patrol" element={<Navigate to="/field/patrol" replace />} />
        <Route element={<RequireRoles roles={PAGE_ROLES['/fieldwork/signoffs']} />}>
          <Route path="fieldwork/signoffs" element={<Lazy>{<SignoffsPage />}</Lazy>} />
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/supervision']} />}>
          <Route path="supervision" element={<Lazy>{<SupervisionPage />}</Lazy>} />
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/assessment']} />}>
          <Route path="assessment" element={<Lazy>{<RankingPage />}</Lazy>} />
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/assessment/city']} />}>
          <Route path="assessment/city" element={<Lazy>{<CityRankingPage />}</Lazy>} />
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/analytics']} />}>
          <Route path="analytics" element={<Lazy>{<AnalyticsPage />}</Lazy>} />
        </Route>
        <Route path="fieldwork" element={<RequireRoles roles={PAGE_ROLES['/fieldwork']} />}>
          <Route index element={<Lazy>{<FieldworkPage />}</Lazy>} />
          <Route path="workers/:id" element={<Lazy>{<FieldWorkerPage />}</Lazy>} />
          <Route path="visits/:id" element={<Lazy>{<FieldRecordPage kind="visit" />}</Lazy>} />
          <Route path="patrols/:id" element={<Lazy>{<FieldRecordPage kind="patrol" />}</Lazy>} />
          <Route path="quick-fixes/:id" element={<Lazy>{<FieldRecordPage kind="quick_fix" />}</Lazy>} />
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/reply-quality']} />}>
          <Route path="reply-quality" element={<Lazy>{<ReplyQualityPage />}</Lazy>} />
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/opinion']} />}>
          <Route path="opinion" element={<Lazy>{<OpinionPage />}</Lazy>} />
        </Route>
        <Route path="whistles" element={<RequireRoles roles={PAGE_ROLES['/whistles']} />}>
          <Route index element={<Lazy>{<WhistleBoardPage />}</Lazy>} />
          <Route element={<RequireRoles roles={PAGE_ROLES['/whistles/new']} />}>
            <Route path="new" element={<Lazy>{<OpenWhistlePage />}</Lazy>} />
          </Route>
          <Route path=":id" element={<Lazy>{<WhistleDetailPage />}</Lazy>} />
        </Route>
        <Route path="knowledge" element={<RequireRoles roles={PAGE_ROLES['/knowledge']} />}>
          <Route index element={<Lazy>{<KnowledgePage />}</Lazy>} />
          <Route path="usage" element={<Lazy>{<KnowledgeUsagePage />}</Lazy>} />
          <Route path=":id/print/:version" element={<Lazy>{<KnowledgePrintPage />}</Lazy>} />
        </Route>
        <Route path="services" element={<RequireRoles roles={PAGE_ROLES['/services']} />}>
          <Route index element={<Lazy>{<ServicesPage />}</Lazy>} />
          <Route path="apply" element={<Lazy>{<ServiceApplyPage />}</Lazy>} />
          <Route path="items/:id" element={<Lazy>{<ServiceGuidePage />}</Lazy>} />
          <Route path="items/:id/print" element={<Lazy>{<ServicePrintPage />}</Lazy>} />
          <Route path="applications/:id" element={<Lazy>{<ServiceApplicationPage />}</Lazy>} />
          <Route path="ratings" element={<Lazy>{<ServiceRatingsPage />}</Lazy>} />
        </Route>
        <Route path="hotspots" element={<RequireRoles roles={PAGE_ROLES['/hotspots']} />}>
          <Route index element={<Lazy>{<HotspotsPage />}</Lazy>} />
          <Route path="monthly" element={<Lazy>{<MonthlyPage />}</Lazy>} />
        </Route>
        <Route path="proactive" element={<RequireRoles roles={PAGE_ROLES['/proactive']} />}>
          <Route index element={<Lazy>{<ProactivePage />}</Lazy>} />
          <Route path=":id" element={<Lazy>{<ProactivePage />}</Lazy>} />
        </Route>
        <Route path="participation" element={<RequireRoles roles={PAGE_ROLES['/participation']} />}>
          <Route index element={<Lazy>{<ParticipationPage />}</Lazy>} />
          <Route path="votes/:id" element={<Lazy>{<VoteConsolePage />}</Lazy>} />
        </Route>
        <Route path="volunteers" element={<RequireRoles roles={PAGE_ROLES['/volunteers']} />}>
          <Route index element={<Lazy>{<VolunteersPage />}</Lazy>} />
          <Route path="activities/:id" element={<Lazy>{<VolunteerActivityPage />}</Lazy>} />
        </Route>
        <Route path="mediation" element={<RequireRoles roles={PAGE_ROLES['/mediation']} />}>
          <Route index element={<Lazy>{<MediationListPage />}</Lazy>} />
          <Route path="new" element={<Lazy>{<NewMediationPage />}</Lazy>} />
          <Route path="stats" element={<Lazy>{<MediationStatsPage />}</Lazy>} />
          <Route path=":id" element={<Lazy>{<MediationDetailPage />}</Lazy>} />
          <Route path=":id/print/:doc" element={<Lazy>{<MediationPrintPage />}</Lazy>} />
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/points']} />}>
          <Route path="points" element={<Lazy>{<PointsPage />}</Lazy>} />
        </Route>
        <Route path="disclosure" element={<RequireRoles roles={PAGE_ROLES['/disclosure']} />}>
          <Route index element={<Lazy>{<DisclosureCataloguePage />}</Lazy>} />
          <Route path="powers" element={<Lazy>{<DisclosurePowersPage />}</Lazy>} />
          <Route path="overview" element={<Lazy>{<DisclosureOverviewPage />}</Lazy>} />
        </Route>
        <Route path="admission" element={<RequireRoles roles={PAGE_ROLES['/admission']} />}>
          <Route index element={<Lazy>{<AdmissionListsPage />}</Lazy>} />
          <Route path="items/:id" element={<Lazy>{<AdmissionItemPage />}</Lazy>} />
          <Route element={<RequireRoles roles={PAGE_ROLES['/admission/applications']} />}>
            <Route path="applications" element={<Lazy>{<AdmissionApplicationsPage />}</Lazy>} />
            <Route path="applications/:id" element={<Lazy>{<AdmissionApplicationPage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/admission/rounds']} />}>
            <Route path="rounds" element={<Lazy>{<AdmissionRoundsPage />}</Lazy>} />
            <Route path="rounds/:id" element={<Lazy>{<AdmissionRoundPage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/admission/workload']} />}>
            <Route path="workload" element={<Lazy>{<AdmissionWorkloadPage />}</Lazy>} />
          </Route>
          <Route element={<RequireRoles roles={PAGE_ROLES['/admission/offgate']} />}>
            <Route path="offgate" element={<Lazy>{<AdmissionOffgatePage />}</Lazy>} />
          </Route>
          <Route path="tasks" element={<Lazy>{<AdmissionTasksPage />}</Lazy>} />
        </Route>
        <Route path="basedata" element={<RequireRoles roles={PAGE_ROLES['/basedata']} />}>
          <Route path="persons" element={<Lazy>{<PersonsPage />}</Lazy>} />
          <Route path="persons/:id" element={<Lazy>{<PersonDetailPage />}</Lazy>} />
          <Route path="tagged" element={<Lazy>{<TaggedPage />}</Lazy>} />
          <Route path="houses" element={<Lazy>{<HousesPage />}</Lazy>} />
          <Route path="organisations" element={<Lazy>{<OrganisationsPage />}</Lazy>} />
          <Route element={<RequireRoles roles={PAGE_ROLES['/basedata/import']} />}>
            <Route path="import" element={<Lazy>{<BaseImportPage />}</Lazy>} />
          </Route>
        </Route>
        <Route element={<RequireRoles roles={PAGE_ROLES['/fieldwork/tasks']} />}>
          <Route path="fieldwork/tasks" element={<Lazy>{<FieldTasksPage />}</Lazy>} />
        </Route>
        <Route path="buildings" element={<RequireRoles roles={PAGE_ROLES['/buildings']} />}>
          <Route index element={<Lazy>{<FieldBuildingsPage />}</Lazy>} />
          <Route path=":addressId" element={<Lazy>{<FloorPlanPage />}</Lazy>} />
        </Route>
        <Route path="reports" element={<RequireRoles roles={PAGE_ROLES['/reports']} />}>
          <Route index element={<Lazy>{<ReportsPage />}</Lazy>} />
          <Route path="instances/:id" element={<Lazy>{<ReportInstancePage />}</Lazy>} />
          <Route path="sendings/:id" element={<Lazy>{<ReportSendingPage />}</Lazy>} />
        </Route>
        <Route path="*" element={<Lazy>{<NotFoundPage />}</Lazy>} />
      </Route>
    </Routes>
  );
}
