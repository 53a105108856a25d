export const workshopPath = (id: string): string => `/workshops/${encodeURIComponent(id)}`;
export const cityWorkshopsPath = (slug: string): string => `/cities/${encodeURIComponent(slug)}/workshops`;
/** What the QR code on the facilitator's screen opens: the join page with the code filled in. */
export const joinUrl = (code: string): string => `${window.location.origin}/join?code=${encodeURIComponent(code)}`;
