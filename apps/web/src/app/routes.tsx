import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { CrashPage } from './crash-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageLoading } from './page-loading';

// Leaflet and the map feature load with the map route, not with the app shell.
const MapPage = lazy(() => import('./map-page'));

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: CrashPage,
    children: [
      {
        index: true,
        element: (
          <Suspense fallback={<PageLoading />}>
            <MapPage />
          </Suspense>
        ),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
