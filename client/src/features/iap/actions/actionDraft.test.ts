import { describe, expect, it } from 'vitest';
import { newAction } from '@iap/shared';
import { draftOf, validateDraft } from './actionDraft';

const draft = () => draftOf({ ...newAction('act-1', 'Festival'), start: '2025-06-01', end: '2025-09-30', estimatedCost: 1000 });

describe('the action card draft', () => {
  it('turns typed values into an action the schema accepts', () => {
    const result = validateDraft({ ...draft(), estimatedCost: '2500', fundingSources: [{ source: 'ERDF', amount: 2000, status: 'likely' }] });
    expect(result.errors).toBeNull();
    expect(result.action).toMatchObject({ estimatedCost: 2500, fundingSources: [{ source: 'ERDF', amount: 2000, status: 'likely' }] });
  });

  it('names the end field when the action ends before it starts, and the cost when it is negative', () => {
    const result = validateDraft({ ...draft(), end: '2025-05-01', estimatedCost: -3 });
    expect(result.action).toBeNull();
    expect(result.errors).toEqual({ end: 'end', estimatedCost: 'estimatedCost' });
  });

  it('reads empty date and cost fields as not set', () => {
    const result = validateDraft({ ...draft(), start: '', end: '', estimatedCost: '' });
    expect(result.action).toMatchObject({ start: null, end: null, estimatedCost: null });
  });

  it('points at the funding row whose amount is missing or negative', () => {
    const result = validateDraft({
      ...draft(),
      fundingSources: [
        { source: 'City budget', amount: 100, status: 'secured' },
        { source: 'Sponsors', amount: '', status: 'to_find' },
      ],
    });
    expect(result.errors).toEqual({ 'fundingSources.1.amount': 'fundingAmount' });
  });
});
