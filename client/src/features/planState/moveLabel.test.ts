import { describe, expect, it } from 'vitest';
import { moveLabelKey, noteRequired } from './moveLabel';

describe('how a move of the plan is named', () => {
  it('names going back to draft after where the plan is', () => {
    expect(moveLabelKey('in_review', 'draft')).toBe('planState.moves.draft');
    expect(moveLabelKey('submitted', 'draft')).toBe('planState.moves.sendBack');
    expect(moveLabelKey('final', 'draft')).toBe('planState.moves.reopen');
    expect(moveLabelKey('submitted', 'final')).toBe('planState.moves.final');
  });

  it('asks for a note only when the lead partner sends a submitted plan back', () => {
    expect(noteRequired('submitted', 'draft')).toBe(true);
    expect(noteRequired('in_review', 'draft')).toBe(false);
    expect(noteRequired('final', 'draft')).toBe(false);
  });
});
