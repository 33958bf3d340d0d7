import './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/data.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, onUnauthenticated } from './api/client';
import { createAppRouter } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404 …) will not get better by asking again.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

const router = createAppRouter(queryClient);

// A session that ends while the app is open (expired, signed out elsewhere): back to login.
onUnauthenticated(() => {
  const location = router.state.location;
  if (location.pathname === '/login') return;
  void router.navigate({ to: '/login', search: { redirect: location.href } }).then(() => queryClient.clear());
});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
