import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { useAuth } from './auth/AuthProvider.tsx';
import { AppLayout } from './components/AppLayout.tsx';

const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const HomePage = lazy(() => import('./pages/HomePage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));
const MapPage = lazy(() => import('./pages/admin/MapPage.tsx'));
const UnitsPage = lazy(() => import('./pages/admin/UnitsPage.tsx'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.tsx'));
const CategoriesPage = lazy(() => import('./pages/admin/CategoriesPage.tsx'));
const DutiesPage = lazy(() => import('./pages/admin/DutiesPage.tsx'));
const DeadlinesPage = lazy(() => import('./pages/admin/DeadlinesPage.tsx'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage.tsx'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage.tsx'));

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
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <PageSpin />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <AppLayout />;
}

function RequireAdmin() {
  const { hasRole } = useAuth();
  return hasRole('admin') ? <Outlet /> : <Navigate to="/home" replace />;
}

function Landing() {
  const { hasRole } = useAuth();
  return <Navigate to={hasRole('admin') ? '/admin/map' : '/home'} replace />;
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
      <Route element={<RequireAuth />}>
        <Route index element={<Landing />} />
        <Route path="home" element={<Lazy>{<HomePage />}</Lazy>} />
        <Route path="admin" element={<RequireAdmin />}>
          <Route index element={<Navigate to="map" replace />} />
          <Route path="map" element={<Lazy>{<MapPage />}</Lazy>} />
          <Route path="units" element={<Lazy>{<UnitsPage />}</Lazy>} />
          <Route path="users" element={<Lazy>{<UsersPage />}</Lazy>} />
          <Route path="categories" element={<Lazy>{<CategoriesPage />}</Lazy>} />
          <Route path="duties" element={<Lazy>{<DutiesPage />}</Lazy>} />
          <Route path="deadlines" element={<Lazy>{<DeadlinesPage />}</Lazy>} />
          <Route path="calendar" element={<Lazy>{<CalendarPage />}</Lazy>} />
          <Route path="audit" element={<Lazy>{<AuditPage />}</Lazy>} />
        </Route>
        <Route path="*" element={<Lazy>{<NotFoundPage />}</Lazy>} />
      </Route>
    </Routes>
  );
}
