import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  attendeeSchema,
  attendanceSchema,
  decisionListSchema,
  decisionSchema,
  ideaListSchema,
  ideaSchema,
  joinWorkshopResultSchema,
  minutesSchema,
  planActionListSchema,
  pollListSchema,
  pollResultsSchema,
  pollSchema,
  promoteIdeaResultSchema,
  WORKSHOP_CHANGED_EVENT,
  workshopChangeSchema,
  workshopListSchema,
  workshopSchema,
  type CreatePoll,
  type Workshop,
  type CreateWorkshop,
  type UpdateWorkshop,
  type WorkshopTimerRequest,
} from '@iap/shared';
import { requestJson } from '../../api/requestJson';

/** A session as fetched, with this device's clock when the answer arrived. */
export type LiveWorkshop = Workshop & { receivedAt: number };

const base = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

export const workshopsApi = {
  list: (slug: string) => requestJson(`/api/cities/${encodeURIComponent(slug)}/workshops`, workshopListSchema),
  create: (slug: string, input: CreateWorkshop) =>
    requestJson(`/api/cities/${encodeURIComponent(slug)}/workshops`, workshopSchema, { method: 'POST', body: input }),
  /** With when the answer arrived, so the countdown can correct for this device's clock. */
  get: async (id: string): Promise<LiveWorkshop> => ({ ...(await requestJson(base(id), workshopSchema)), receivedAt: Date.now() }),
  join: (code: string, name?: string) => requestJson('/api/workshops/join', joinWorkshopResultSchema, { method: 'POST', body: { code, ...(name ? { name } : {}) } }),
  start: (id: string) => requestJson(`${base(id)}/start`, workshopSchema, { method: 'POST', body: {} }),
  advance: (id: string, to: number) => requestJson(`${base(id)}/advance`, workshopSchema, { method: 'POST', body: { to } }),
  timer: (id: string, request: WorkshopTimerRequest) => requestJson(`${base(id)}/timer`, workshopSchema, { method: 'POST', body: request }),
  end: (id: string) => requestJson(`${base(id)}/end`, workshopSchema, { method: 'POST', body: {} }),
  /** Replaces who of the register is invited (planned or running sessions). */
  invite: (id: string, invitedStakeholderIds: string[]) => requestJson(base(id), workshopSchema, { method: 'PATCH', body: { invitedStakeholderIds } satisfies UpdateWorkshop }),
  follow: (id: string, on: boolean) => requestJson(`${base(id)}/follow`, workshopSchema, { method: 'POST', body: { on } }),
  attendance: (id: string) => requestJson(`${base(id)}/attendance`, attendanceSchema),
  addAttendee: (id: string, name: string, stakeholderId?: string) =>
    requestJson(`${base(id)}/attendance`, attendeeSchema, { method: 'POST', body: { name, ...(stakeholderId ? { stakeholderId } : {}) } }),
  removeAttendee: (id: string, participantId: string) =>
    requestJson(`${base(id)}/attendance/${encodeURIComponent(participantId)}`, null, { method: 'DELETE' }),
  groupIdeas: (id: string, ideaIds: string[], group: string | null) => requestJson(`${base(id)}/ideas/group`, ideaListSchema, { method: 'POST', body: { ideaIds, group } }),
  planActions: (id: string) => requestJson(`${base(id)}/actions`, planActionListSchema),
  ideas: (id: string) => requestJson(`${base(id)}/ideas`, ideaListSchema),
  postIdea: (id: string, text: string, anonymous: boolean) => requestJson(`${base(id)}/ideas`, ideaSchema, { method: 'POST', body: { text, anonymous } }),
  promote: (id: string, ideaId: string) =>
    requestJson(`${base(id)}/ideas/${encodeURIComponent(ideaId)}/promote`, promoteIdeaResultSchema, { method: 'POST', body: {} }),
  polls: (id: string) => requestJson(`${base(id)}/polls`, pollListSchema),
  createPoll: (id: string, input: CreatePoll) => requestJson(`${base(id)}/polls`, pollSchema, { method: 'POST', body: input }),
  vote: (id: string, pollId: string, optionId: string) =>
    requestJson(`${base(id)}/polls/${encodeURIComponent(pollId)}/votes`, pollSchema, { method: 'POST', body: { optionId } }),
  closePoll: (id: string, pollId: string) => requestJson(`${base(id)}/polls/${encodeURIComponent(pollId)}/close`, pollResultsSchema, { method: 'POST', body: {} }),
  results: (id: string, pollId: string) => requestJson(`${base(id)}/polls/${encodeURIComponent(pollId)}/results`, pollResultsSchema),
  decisions: (id: string) => requestJson(`${base(id)}/decisions`, decisionListSchema),
  decide: (id: string, text: string, actionIds: string[]) => requestJson(`${base(id)}/decisions`, decisionSchema, { method: 'POST', body: { text, actionIds } }),
  minutes: (id: string) => requestJson(`${base(id)}/minutes`, minutesSchema),
  /** The minutes file with its fixed texts in `language` (the screen's), as the plan's exports. */
  minutesFileUrl: (id: string, format: 'html' | 'docx' | 'pdf', language: string | null) =>
    `${base(id)}/minutes?format=${format}${language ? `&lang=${language}` : ''}`,
  eventsUrl: (id: string) => `${base(id)}/events`,
};

export const workshopKeys = {
  list: (slug: string) => ['workshops', slug] as const,
  session: (id: string) => ['workshop', id] as const,
  ideas: (id: string) => ['workshop', id, 'ideas'] as const,
  polls: (id: string) => ['workshop', id, 'polls'] as const,
  results: (id: string, pollId: string) => ['workshop', id, 'polls', pollId, 'results'] as const,
  decisions: (id: string) => ['workshop', id, 'decisions'] as const,
  minutes: (id: string) => ['workshop', id, 'minutes'] as const,
  attendance: (id: string) => ['workshop', id, 'attendance'] as const,
  actions: (id: string) => ['workshop', id, 'actions'] as const,
};

export const useWorkshopList = (slug: string) => useQuery({ queryKey: workshopKeys.list(slug), queryFn: () => workshopsApi.list(slug) });
export const useWorkshop = (id: string) => useQuery({ queryKey: workshopKeys.session(id), queryFn: () => workshopsApi.get(id), retry: false });
export const useIdeas = (id: string) => useQuery({ queryKey: workshopKeys.ideas(id), queryFn: () => workshopsApi.ideas(id) });
export const usePolls = (id: string) => useQuery({ queryKey: workshopKeys.polls(id), queryFn: () => workshopsApi.polls(id) });
export const useDecisions = (id: string) => useQuery({ queryKey: workshopKeys.decisions(id), queryFn: () => workshopsApi.decisions(id) });
export const usePollResults = (id: string, pollId: string, enabled: boolean) =>
  useQuery({ queryKey: workshopKeys.results(id, pollId), queryFn: () => workshopsApi.results(id, pollId), enabled });

/**
 * Keeps a session live: the server's event stream says what changed, and the matching queries
 * refetch (the event carries no content, so nobody learns what the API would not show them).
 * EventSource reconnects by itself, and the server's first event on each connection refetches
 * the session, so a phone back from a Wi-Fi drop catches up.
 */
export function useWorkshopEvents(id: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return undefined;
    const source = new EventSource(workshopsApi.eventsUrl(id));
    source.addEventListener(WORKSHOP_CHANGED_EVENT, (event) => {
      const parsed = workshopChangeSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (!parsed.success) return;
      const what = parsed.data.what;
      if (what === 'session' || what === 'attendance') void queryClient.invalidateQueries({ queryKey: workshopKeys.session(id), exact: true });
      if (what === 'attendance') void queryClient.invalidateQueries({ queryKey: workshopKeys.attendance(id) });
      if (what === 'attendance') void queryClient.invalidateQueries({ queryKey: workshopKeys.minutes(id) });
      if (what === 'session' || what === 'ideas') void queryClient.invalidateQueries({ queryKey: workshopKeys.ideas(id) });
      if (what === 'session' || what === 'polls') void queryClient.invalidateQueries({ queryKey: workshopKeys.polls(id) });
      if (what === 'session' || what === 'decisions') void queryClient.invalidateQueries({ queryKey: workshopKeys.decisions(id) });
    });
    return () => source.close();
  }, [id, enabled, queryClient]);
}

/** A console or participant step; the session's queries refetch after it either way. */
export function useWorkshopMutation<T, R>(id: string, run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: workshopKeys.session(id) }),
  });
}
