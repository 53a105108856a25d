import { useRef, useState, type FormEvent } from 'react';
import { Redirect } from 'wouter';
import { useSearchParams } from '../../app/routing/useSearchParams';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import '@mantine/core/styles/PasswordInput.css';
import { ErrorCode, loginRequestSchema } from '@iap/shared';
import { isApiError } from '../../api/ApiRequestError';
import { describeApiError } from '../../api/describeApiError';
import { returnTargetFrom } from './returnTarget';
import { useMe } from './useMe';
import { useSignIn } from './useSignIn';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** `/login`: e-mail and password; on success, back to the page the person was going to. */
export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [search] = useSearchParams();
  const target = returnTargetFrom(search);
  if (me.data) return <Redirect to={target} replace />;
  return (
    <Container size={440} py={{ base: 'lg', sm: 'xl' }}>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {t('auth.signInTitle')}
            </Title>
            <Text c="dimmed">{t('auth.signInIntro')}</Text>
          </Stack>
          <LoginForm />
        </Stack>
      </Paper>
    </Container>
  );
}

/** Once signed in, the cache holds the account and the page above redirects to the target. */
function LoginForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse({ email, password });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'email') errors.email ??= t('auth.emailInvalid');
        if (field === 'password') errors.password ??= t('auth.passwordRequired');
      }
      setFieldErrors(errors);
      // Focus carries the screen reader to the field, which announces its error.
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby={signIn.error ? 'sign-in-error' : undefined}>
      <Stack gap="md">
        {signIn.error && (
          <Alert id="sign-in-error" color="red" role="alert" title={t('auth.signInFailed')}>
            {signInErrorMessage(t, signIn.error)}
          </Alert>
        )}
        <TextInput
          ref={emailRef}
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
          required
          autoFocus
        />
        <PasswordInput
          ref={passwordRef}
          label={t('auth.password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          required
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}

function signInErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error, ErrorCode.unauthenticated)) return t('auth.wrongCredentials');
  if (isApiError(error, ErrorCode.rateLimited)) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('auth.rateLimited', { count: minutes });
  }
  return describeApiError(t, error);
}
