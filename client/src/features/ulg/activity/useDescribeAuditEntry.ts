import { useTranslation } from 'react-i18next';
import { cityRoleSchema, planStateSchema, type AuditEntry } from '@iap/shared';

/** Register fields as the audit log names them -> their label keys in the form. */
const FIELD_LABELS = {
  name: 'stakeholders.fields.name',
  organisation: 'stakeholders.fields.organisation',
  sector: 'stakeholders.fields.sector',
  gender: 'stakeholders.fields.gender',
  importance: 'stakeholders.fields.importance',
  influence: 'stakeholders.fields.influence',
  contact: 'stakeholders.fields.contact',
  consentToBeListed: 'stakeholders.fields.consent',
  linkedUserId: 'stakeholders.fields.linkedAccount',
} as const;

/**
 * One sentence per audit entry. `nameOf` resolves a user id to a current member's name; the
 * log stores ids only, so a person who has left shows as a former member.
 */
export function useDescribeAuditEntry(nameOf: (userId: string) => string | undefined): (entry: AuditEntry) => string {
  const { t, i18n } = useTranslation();
  const role = (value: unknown): string => {
    const parsed = cityRoleSchema.safeParse(value);
    return parsed.success ? t(`roles.${parsed.data}`) : t('activity.unknownRole');
  };
  // The server leaves a stakeholder's name out for those the register does not list it to.
  const stakeholder = (value: unknown): string => (typeof value === 'string' && value !== '' ? value : t('activity.unlistedStakeholder'));
  const planState = (value: unknown): string => {
    const parsed = planStateSchema.safeParse(value);
    return parsed.success ? t(`planState.states.${parsed.data}`) : String(value);
  };
  const fields = (value: unknown): string => {
    const names = Array.isArray(value) ? value.filter((field): field is keyof typeof FIELD_LABELS => field in FIELD_LABELS) : [];
    return new Intl.ListFormat(i18n.language).format(names.map((field) => t(FIELD_LABELS[field]).toLowerCase()));
  };

  return (entry) => {
    const actor = entry.actor ? entry.actor.name || t('activity.formerMember') : t('activity.system');
    const subject = nameOf(entry.subject.id) ?? t('activity.formerMember');
    const { details } = entry;
    switch (entry.action) {
      case 'member.joined':
        return t('activity.actions.memberJoined', { actor, role: role(details.role) });
      case 'member.role_changed':
        return t('activity.actions.memberRoleChanged', { actor, subject, from: role(details.from), to: role(details.to) });
      case 'member.removed':
        return t('activity.actions.memberRemoved', { actor, subject, role: role(details.role) });
      case 'invite.created':
        return t('activity.actions.inviteCreated', { actor, role: role(details.role) });
      case 'invite.revoked':
        return t('activity.actions.inviteRevoked', { actor, role: role(details.role) });
      case 'invite.accepted':
        return t('activity.actions.inviteAccepted', { actor, role: role(details.role) });
      case 'stakeholder.created':
        return t('activity.actions.stakeholderCreated', { actor, name: stakeholder(details.name) });
      case 'stakeholder.updated':
        return t('activity.actions.stakeholderUpdated', { actor, name: stakeholder(details.name), fields: fields(details.fields) });
      case 'stakeholder.deleted':
        return t('activity.actions.stakeholderDeleted', { actor, name: stakeholder(details.name) });
      case 'city.settings_changed':
        return t('activity.actions.citySettingsChanged', { actor });
      case 'plan.state_changed':
        return t('activity.actions.planStateChanged', { actor, from: planState(details.from), to: planState(details.to) });
    }
  };
}
