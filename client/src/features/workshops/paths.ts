export const workshopPath = (id: string): string => `/workshops/${encodeURIComponent(id)}`;
export const cityWorkshopsPath = (slug: string): string => `/cities/${encodeURIComponent(slug)}/workshops`;
/** What the QR code on the facilitator's screen opens: the join page with the code filled in. */
export const joinUrl = (code: string): string => `${window.location.origin}/join?code=${encodeURIComponent(code)}`;
/** The city's plan, read-only, as a session's participants (guests too) follow it. */
export const workshopPlanPath = (id: string): string => `/workshops/${encodeURIComponent(id)}/plan`;
