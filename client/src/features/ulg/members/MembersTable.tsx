import { useTranslation } from 'react-i18next';
import { Badge, Button, NativeSelect, Table, Text } from '@mantine/core';
import { CITY_ROLES, type CityRole, type Member } from '@iap/shared';

interface MembersTableProps {
  members: Member[];
  currentUserId: string | undefined;
  canManage: boolean;
  busy: boolean;
  onChangeRole: (member: Member, role: CityRole) => void;
  onRemove: (member: Member) => void;
}

/** Who is in the ULG and with which role; coordinators change roles in place. */
export function MembersTable({ members, currentUserId, canManage, busy, onChangeRole, onRemove }: MembersTableProps) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const withEmail = members.some((member) => member.email !== undefined);
  return (
    <div className="ulg-table-scroll" role="region" aria-labelledby="members-table-caption" tabIndex={0}>
      <Table verticalSpacing="sm" miw={canManage ? 640 : 420}>
        <Table.Caption id="members-table-caption">{t('members.tableCaption', { count: members.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('members.name')}</Table.Th>
            {withEmail && <Table.Th scope="col">{t('auth.email')}</Table.Th>}
            <Table.Th scope="col">{t('members.role')}</Table.Th>
            <Table.Th scope="col">{t('members.joined')}</Table.Th>
            {canManage && <Table.Th scope="col">{t('members.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              isSelf={member.userId === currentUserId}
              withEmail={withEmail}
              canManage={canManage}
              busy={busy}
              joined={date.format(new Date(member.joinedAt))}
              onChangeRole={onChangeRole}
              onRemove={onRemove}
            />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

interface MemberRowProps {
  member: Member;
  isSelf: boolean;
  withEmail: boolean;
  canManage: boolean;
  busy: boolean;
  joined: string;
  onChangeRole: (member: Member, role: CityRole) => void;
  onRemove: (member: Member) => void;
}

function MemberRow({ member, isSelf, withEmail, canManage, busy, joined, onChangeRole, onRemove }: MemberRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {member.name}{' '}
        {isSelf && (
          <Badge size="sm" variant="outline" color="gray.8" tt="none">
            {t('members.you')}
          </Badge>
        )}
      </Table.Th>
      {withEmail && <Table.Td>{member.email ?? '—'}</Table.Td>}
      <Table.Td>
        {canManage ? (
          // A coordinator cannot demote themselves by a slip: another coordinator does that.
          <NativeSelect
            aria-label={t('members.roleOf', { name: member.name })}
            data={CITY_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={member.role}
            onChange={(event) => onChangeRole(member, event.currentTarget.value as CityRole)}
            disabled={busy || isSelf}
            description={isSelf ? t('members.selfLocked') : undefined}
            size="xs"
            w={isSelf ? 190 : 150}
          />
        ) : (
          <Text size="sm">{t(`roles.${member.role}`)}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{joined}</Text>
      </Table.Td>
      {canManage && (
        <Table.Td>
          {!isSelf && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => onRemove(member)}
              disabled={busy}
              aria-label={t('members.removeOf', { name: member.name })}
            >
              {t('members.remove')}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
