import { useTranslation } from 'react-i18next';
import { Avatar, Group, Progress, Stack, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { Selection } from '@tiptap/pm/state';
import { IAP_SECTION_IDS, type IapSectionId, type LogicCheckResult } from '@iap/shared';
import { LogicFlagList } from '../check/LogicFlagList';
import { sectionHeadingDomId, sectionTitleKey } from '../sectionText';
import type { CollabSession } from '../../editor/CollabSession';
import { useSectionTexts } from '../check/useSectionTexts';
import { useSectionPresence, type PersonInSection } from './sectionPresence';

interface PlanOutlineProps {
  editor: Editor;
  /** Its document (where the section headings are) and its awareness (who is in which section). */
  session: CollabSession;
  check: LogicCheckResult;
  /** Called after a jump, e.g. to close the outline drawer on a phone. */
  onJump?: () => void;
  /** How to name an action or objective in a flag ("A2"). */
  itemLabel: (itemId: string) => string | null;
}

function meterColor(completeness: number): string {
  if (completeness >= 80) return 'teal.8';
  if (completeness >= 40) return 'blue.7';
  return 'orange.8';
}

/**
 * The nine sections: jump to one, see how complete it is, what the logic check found
 * there, and who is writing in it.
 */
export function PlanOutline({ editor, session, check, onJump, itemLabel }: PlanOutlineProps) {
  const { t } = useTranslation();
  const positions = useSectionTexts(editor, session.doc);
  const presence = useSectionPresence(session.provider.awareness);

  const personLabel = (person: PersonInSection): string => {
    const who = person.isSelf ? t('presence.you', { name: person.name }) : person.name;
    return person.viewing ? t('presence.viewing', { name: who }) : who;
  };

  const jump = (sectionId: IapSectionId): void => {
    const pos = positions.get(sectionId);
    if (pos === undefined) return;
    const headingSize = editor.state.doc.nodeAt(pos)?.nodeSize ?? 1;
    // Into the section's first place to write (the nearest one, if its first block is a table).
    editor
      .chain()
      .command(({ tr }) => {
        tr.setSelection(Selection.near(tr.doc.resolve(pos + headingSize)));
        return true;
      })
      .focus(undefined, { scrollIntoView: false })
      .run();
    document.getElementById(sectionHeadingDomId(sectionId))?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    onJump?.();
  };

  return (
    <nav aria-label={t('iap.outline.label')} className="iap-outline">
      <Stack gap={4} mb="sm">
        <Text size="sm" fw={650}>
          {t('iap.outline.overall', { percent: check.completeness })}
        </Text>
        <Progress value={check.completeness} color={meterColor(check.completeness)} size="sm" aria-hidden />
      </Stack>
      <ol className="iap-outline__list">
        {IAP_SECTION_IDS.map((sectionId, index) => {
          const report = check.sections.find((section) => section.sectionId === sectionId);
          const completeness = report?.completeness ?? 0;
          const flags = report?.flags ?? [];
          const people = presence.get(sectionId) ?? [];
          const present = positions.has(sectionId);
          const title = t(sectionTitleKey(sectionId));
          return (
            <li key={sectionId} className="iap-outline__item" data-section-id={sectionId}>
              <UnstyledButton
                className="iap-outline__jump"
                disabled={!present}
                onClick={() => jump(sectionId)}
                aria-label={t('iap.outline.jump', { number: index + 1, title, percent: completeness })}
              >
                <Text size="sm" fw={550} span>
                  {index + 1}. {title}
                </Text>
              </UnstyledButton>
              <Group gap={6} wrap="nowrap" align="center">
                <Progress value={completeness} color={meterColor(completeness)} size="sm" className="iap-grow" aria-hidden />
                <Text size="xs" c="gray.7" span className="iap-outline__percent">
                  {t('iap.outline.percent', { percent: completeness })}
                </Text>
                {people.length > 0 && (
                  <Tooltip.Group>
                    <Avatar.Group spacing={6}>
                      {people.slice(0, 3).map((person) => (
                        <Tooltip key={person.clientId} label={personLabel(person)} withArrow>
                          <Avatar size={20} name={person.name} color={person.color} variant="filled" aria-hidden />
                        </Tooltip>
                      ))}
                    </Avatar.Group>
                  </Tooltip.Group>
                )}
              </Group>
              <PeopleHere people={people} />
              {!present && (
                <Text size="xs" c="red.8">
                  {t('iap.outline.missing')}
                </Text>
              )}
              {flags.length > 0 && (
                <details className="iap-outline__flags">
                  <summary>{t('iap.flags.count', { count: flags.length })}</summary>
                  <LogicFlagList flags={flags} itemLabel={(flag) => (flag.itemId ? itemLabel(flag.itemId) : null)} />
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Who is in a section, in words for screen readers: writing, or only viewing. */
function PeopleHere({ people }: { people: PersonInSection[] }) {
  const { t } = useTranslation();
  const names = (viewing: boolean): string =>
    people
      .filter((person) => person.viewing === viewing)
      .map((person) => person.name)
      .join(', ');
  const writing = names(false);
  const viewing = names(true);
  return (
    <>
      {writing && <VisuallyHidden>{t('iap.outline.peopleHere', { names: writing })}</VisuallyHidden>}
      {viewing && <VisuallyHidden>{t('iap.outline.peopleViewing', { names: viewing })}</VisuallyHidden>}
    </>
  );
}
