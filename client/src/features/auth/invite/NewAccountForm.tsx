import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import '@mantine/core/styles/PasswordInput.css';
import { ErrorCode, inviteAcceptNewAccountSchema, passwordProblem, type InviteAcceptNewAccount, type InviteAccepted } from '@iap/shared';
import type { UseMutationResult } from '@tanstack/react-query';
import { isApiError } from '../../../api/ApiRequestError';
import { describeApiError } from '../../../api/describeApiError';

type Field = keyof InviteAcceptNewAccount;
type FieldErrors = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ['name', 'email', 'password'];

interface NewAccountFormProps {
  accept: UseMutationResult<InviteAccepted, Error, InviteAcceptNewAccount | null>;
  onAccepted: () => void;
}

/** Name, e-mail and password for a person who has no account yet; accepting signs them in. */
export function NewAccountForm({ accept, onAccepted }: NewAccountFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<InviteAcceptNewAccount>({ name: '', email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // The shared rule tells which one the password breaks, whether the form or the server refused it.
  const passwordMessage = (): string => {
    const { password } = values;
    const problem = password.length >= 10 && password.length <= 200 ? passwordProblem(password) : null;
    return problem ? t(`invite.passwordProblem.${problem}`) : t('invite.passwordTooShort');
  };
  const messageFor = (field: Field): string =>
    field === 'name' ? t('invite.nameInvalid') : field === 'email' ? t('auth.emailInvalid') : passwordMessage();

  // The server names the field it refused; a taken e-mail gets its own advice.
  const serverField = isApiError(accept.error) ? (accept.error.field as Field | undefined) : undefined;
  const serverErrors: FieldErrors =
    serverField && FIELDS.includes(serverField)
      ? { [serverField]: isApiError(accept.error, ErrorCode.conflict) ? t('invite.emailTaken') : messageFor(serverField) }
      : {};
  const errors = { ...serverErrors, ...clientErrors };
  const formError = accept.error && !serverField ? describeApiError(t, accept.error) : null;

  const change = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    if (accept.error) accept.reset();
    setValues((current) => ({ ...current, [field]: value }));
    setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = inviteAcceptNewAccountSchema.safeParse(values);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= messageFor(field);
      }
      setClientErrors(found);
      const first = FIELDS.find((field) => found[field]);
      // Focus carries the screen reader to the first field, which announces its error.
      const refs = { name: nameRef, email: emailRef, password: passwordRef };
      if (first) refs[first].current?.focus();
      return;
    }
    accept.mutate(parsed.data, { onSuccess: onAccepted });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          ref={nameRef}
          label={t('invite.name')}
          description={t('invite.nameDescription')}
          autoComplete="name"
          value={values.name}
          onChange={change('name')}
          error={errors.name}
          maxLength={100}
          required
        />
        <TextInput
          ref={emailRef}
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={values.email}
          onChange={change('email')}
          error={errors.email}
          required
        />
        <PasswordInput
          ref={passwordRef}
          label={t('auth.password')}
          description={t('invite.passwordDescription')}
          autoComplete="new-password"
          value={values.password}
          onChange={change('password')}
          error={errors.password}
          required
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('invite.createAccount')}
        </Button>
      </Stack>
    </form>
  );
}
