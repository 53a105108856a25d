import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import { cssVariablesResolver, theme } from './theme';
import { ToastsWhenShown } from './ToastsWhenShown';
import './mantine.css';
import './app.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // REST state is small and cheap to refetch; a failed request retries once before showing an error.
    queries: { retry: 1, staleTime: 30_000 },
  },
});

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        {/*
          Not deduplicated: the provider writes every theme variable, which it computes anyway,
          instead of only those that differ from Mantine's defaults; so the defaults' stylesheet
          (default-css-variables.css, 27 KB) is not loaded (src/app/mantine.css).
        */}
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" deduplicateCssVariables={false}>
          <ToastsWhenShown />
          {children}
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
