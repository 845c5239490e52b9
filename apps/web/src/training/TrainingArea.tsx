import { LoadingStatus } from '@jointops/ui';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { useMe } from '../plans/useMe';
import { AgencyMatrixPage } from './AgencyMatrixPage';
import { CoursesPage } from './CoursesPage';
import { PersonTrainingPage } from './PersonTrainingPage';
import { agencyTrainingPath, COURSES_PATH, defaultMatrixAgency, mayReadEveryAgency, MY_TRAINING_PATH } from './training-model';

const tabClass = ({ isActive }: { isActive: boolean }) => `usa-button ${isActive ? '' : 'usa-button--outline'} margin-right-1 margin-bottom-1`;

/**
 * `/training/*`: everyone's own training; the agency matrix for agency leads, ADMIN and OVERSIGHT;
 * the course list (ADMIN creates courses there). `/training` opens the matrix for those who read
 * one, else the viewer's own training.
 */
export function TrainingArea() {
  const { me, loading } = useMe();
  if (!me) return loading ? <LoadingStatus /> : null;
  const matrix = mayReadEveryAgency(me) || defaultMatrixAgency(me) != null;
  return (
    <>
      <nav aria-label="Training" className="margin-bottom-3">
        <NavLink to={MY_TRAINING_PATH} className={tabClass}>
          My training
        </NavLink>
        {matrix ? (
          <NavLink to={agencyTrainingPath()} className={tabClass}>
            Agency matrix
          </NavLink>
        ) : null}
        <NavLink to={COURSES_PATH} className={tabClass}>
          Courses
        </NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to={matrix ? agencyTrainingPath(defaultMatrixAgency(me)) : MY_TRAINING_PATH} replace />} />
        <Route path="courses" element={<CoursesPage />} />
        <Route path="people/:userId" element={<PersonTrainingPage />} />
        <Route path="agencies" element={<AgencyMatrixPage />} />
        <Route path="agencies/:agencyId" element={<AgencyMatrixPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
