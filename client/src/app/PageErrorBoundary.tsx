import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Container } from '@mantine/core';

interface PageErrorBoundaryProps {
  /** The page's address: moving to another one clears the error. */
  address: string;
  children: ReactNode;
}

/**
 * What a page that failed to render (or whose code failed to load, after a deploy, say) shows
 * instead of a blank window: the header stays, this says so and offers a reload. The router's
 * own error page did this before the routes became plain <Routes> (a smaller router build).
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: PageErrorBoundaryProps): void {
    if (this.state.failed && previous.address !== this.props.address) this.setState({ failed: false });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <PageError /> : this.props.children;
  }
}

function PageError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('app.pageErrorTitle')} role="alert">
        {t('app.pageErrorBody')}
        <Button mt="md" variant="default" display="block" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      </Alert>
    </Container>
  );
}
