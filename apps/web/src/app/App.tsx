import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { HOME_PATH, SIGN_IN_PATH } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { PlansPage } from '../plans/PlansPage';
import { Layout } from '../shell/Layout';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to={HOME_PATH} replace />} />
        <Route path={SIGN_IN_PATH} element={<SignInPage />} />
        <Route element={<RequireAuth />}>
          <Route path={HOME_PATH} element={<PlansPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
