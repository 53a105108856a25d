import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox, Textarea, useCombobox } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { COMMENT_LIMITS, type Member } from '@iap/shared';
import { matchMembers, mentionQueryAt } from './mentions';

interface MentionTextareaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  members: readonly Member[];
  error?: string;
  autoFocus?: boolean;
  /** Ctrl/Cmd+Enter submits, as in most comment boxes. */
  onSubmit: () => void;
}

/**
 * A plain-text comment box where typing @ offers the city's members to mention. The first
 * match is highlighted, and Enter or Tab picks the highlighted one (as in Google Docs and
 * Slack) instead of starting a new line.
 */
export function MentionTextarea({ label, value, onChange, members, error, autoFocus, onSubmit }: MentionTextareaProps) {
  const { t } = useTranslation();
  const combobox = useCombobox();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const matches = mention ? matchMembers(members, mention.query) : [];
  const firstMatch = matches[0]?.userId;
  // Touch keyboards have no Ctrl+Enter: the hint would name a key nobody can press.
  const touch = useMediaQuery('(hover: none) and (pointer: coarse)');

  // Highlight the best match whenever the list changes; runs after the options are in the DOM.
  const { dropdownOpened, selectFirstOption } = combobox;
  const query = mention?.query;
  useEffect(() => {
    if (firstMatch !== undefined && dropdownOpened) selectFirstOption();
  }, [firstMatch, query, dropdownOpened, selectFirstOption]);

  const track = (text: string, caret: number): void => {
    const next = mentionQueryAt(text, caret);
    setMention(next);
    if (next && matchMembers(members, next.query).length > 0) combobox.openDropdown();
    else combobox.closeDropdown();
  };

  const insert = (userId: string): void => {
    const member = members.find((candidate) => candidate.userId === userId);
    if (!member || !mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const inserted = `@${member.name} `;
    const next = value.slice(0, mention.start) + inserted + value.slice(caret);
    onChange(next);
    setMention(null);
    combobox.closeDropdown();
    const at = mention.start + inserted.length;
    requestAnimationFrame(() => textarea.current?.setSelectionRange(at, at));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    const choosing = combobox.dropdownOpened && matches.length > 0;
    if (choosing && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      // The combobox clicks its highlighted option on Enter itself; Tab, and Enter before any
      // option is highlighted, are ours.
      const highlighted = combobox.getSelectedOptionIndex();
      if (event.key === 'Enter' && highlighted !== -1) return;
      event.preventDefault();
      if (highlighted !== -1) combobox.clickSelectedOption();
      else if (matches[0]) insert(matches[0].userId);
      return;
    }
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={insert} position="bottom-start" withinPortal>
      <Combobox.Target>
        <Textarea
          ref={textarea}
          label={label}
          description={t(touch ? 'comments.mentionHintTouch' : 'comments.mentionHint')}
          value={value}
          error={error}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={COMMENT_LIMITS.bodyLength}
          autoFocus={autoFocus}
          onChange={(event) => {
            onChange(event.currentTarget.value);
            track(event.currentTarget.value, event.currentTarget.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={matches.length === 0}>
        <Combobox.Options aria-label={t('comments.mentionOptions')}>
          {matches.map((member) => (
            <Combobox.Option key={member.userId} value={member.userId}>
              {member.name}
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
