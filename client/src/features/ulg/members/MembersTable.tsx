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
            <Table.Tr key={member.userId}>
              <Table.Th scope="row" fw={500}>
                {member.name}{' '}
                {member.userId === currentUserId && (
                  <Badge size="sm" variant="outline" color="gray.8" tt="none">
                    {t('members.you')}
                  </Badge>
                )}
              </Table.Th>
              {withEmail && <Table.Td>{member.email ?? '—'}</Table.Td>}
              <Table.Td>
                {canManage ? (
                  <NativeSelect
                    aria-label={t('members.roleOf', { name: member.name })}
                    data={CITY_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                    value={member.role}
                    onChange={(event) => onChangeRole(member, event.currentTarget.value as CityRole)}
                    disabled={busy}
                    size="xs"
                    w={150}
                  />
                ) : (
                  <Text size="sm">{t(`roles.${member.role}`)}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{date.format(new Date(member.joinedAt))}</Text>
              </Table.Td>
              {canManage && (
                <Table.Td>
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
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
