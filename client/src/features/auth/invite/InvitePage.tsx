import { useLocation, useParams } from 'wouter';
import { Link } from '../../../app/routing/Link';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, type InvitePreview } from '@iap/shared';
import { isApiError } from '../../../api/ApiRequestError';
import { describeApiError } from '../../../api/describeApiError';
import { QueryState } from '../../../api/QueryState';
import { countryName } from '../../cities/displayNames';
import { loginPathFor } from '../returnTarget';
import { useMe } from '../useMe';
import { fetchInvitePreview } from './inviteApi';
import { NewAccountForm } from './NewAccountForm';
import { useAcceptInvite } from './useAcceptInvite';

/** `/invite/:token`: what the invite gives, then a new account or "Join" for the signed-in person. */
export function InvitePage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const preview = useQuery({
    queryKey: ['invites', token],
    queryFn: () => fetchInvitePreview(token),
    // A used, withdrawn or unknown link stays so: asking again would only delay the message.
    retry: false,
  });
  return (
    <Container size={480} py={{ base: 'lg', sm: 'xl' }}>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        {preview.error ? (
          <InviteUnusable error={preview.error} />
        ) : (
          <QueryState query={preview} loadingLabel={t('invite.loading')}>
            {(invite) => <InviteOffer token={token} invite={invite} />}
          </QueryState>
        )}
      </Paper>
    </Container>
  );
}

function InviteOffer({ token, invite }: { token: string; invite: InvitePreview }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [, navigate] = useLocation();
  const accept = useAcceptInvite(token);
  const onAccepted = () => void navigate('/', { replace: true });
  const city = invite.city.name;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('invite.title', { city })}
        </Title>
        <Text>
          {t('invite.offer', { city, country: countryName(invite.city.country, i18n.language), role: t(`roles.${invite.role}`) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`roleDescriptions.${invite.role}`)}
        </Text>
      </Stack>
      {me.data ? (
        <Stack gap="sm">
          <Text>{t('invite.signedInAs', { name: me.data.user.name, email: me.data.user.email })}</Text>
          {accept.error && <JoinError error={accept.error} />}
          <Button onClick={() => accept.mutate(null, { onSuccess: onAccepted })} loading={accept.isPending}>
            {t('invite.join', { city })}
          </Button>
        </Stack>
      ) : me.isPending ? null : (
        <Stack gap="md">
          <NewAccountForm accept={accept} onAccepted={onAccepted} />
          <Text size="sm">
            {t('invite.haveAccount')}{' '}
            <Anchor component={Link} to={loginPathFor({ pathname: `/invite/${token}`, search: '', hash: '' })}>
              {t('invite.signInFirst')}
            </Anchor>
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

function JoinError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiError(error, ErrorCode.conflict)) {
    return (
      <Alert color="blue" role="alert" title={t('invite.alreadyMember')}>
        <Anchor component={Link} to="/">
          {t('invite.goHome')}
        </Anchor>
      </Alert>
    );
  }
  if (isApiError(error, ErrorCode.gone, ErrorCode.notFound)) return <InviteUnusable error={error} />;
  return (
    <Alert color="red" role="alert">
      {describeApiError(t, error)}
    </Alert>
  );
}

/** Used, withdrawn, expired or unknown: the link will not work again, so say what to do instead. */
function InviteUnusable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const gone = isApiError(error, ErrorCode.gone);
  const unknown = isApiError(error, ErrorCode.notFound);
  const title = gone ? t('invite.goneTitle') : unknown ? t('invite.unknownTitle') : t('errors.loadFailed');
  const body = gone || unknown ? t('invite.askForNewLink') : describeApiError(t, error);
  return (
    <Alert color={gone || unknown ? 'orange' : 'red'} role="alert" title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{body}</Text>
        <Anchor component={Link} to="/" size="sm" c="blue.9">
          {t('invite.goHome')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
