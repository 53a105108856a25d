import { z } from 'zod';
import { CARET_COLORS } from './caretColors';

/** Who is typing, as other people see it next to the caret and in the presence list. */
export interface Identity {
  name: string;
  color: string;
}

export const displayNameSchema = z.string().trim().min(1).max(40);

const storedIdentitySchema = z.object({
  name: displayNameSchema,
  color: z.enum(CARET_COLORS),
});

const STORAGE_KEY = 'iap.identity';

/**
 * The display name chosen in this browser, kept in localStorage until accounts arrive
 * (GET /api/me will then provide the name; only this module and useIdentity change).
 * Listeners hear changes made here and in other tabs.
 */
const listeners = new Set<() => void>();
/** Parsed once per stored value, so readers get the same object until it changes. */
let cached: { raw: string; identity: Identity | null } | null = null;
/** Used when storage is disabled (private mode): the name then lasts for this page only. */
let memoryFallback: Identity | null = null;

export function readIdentity(): Identity | null {
  const raw = safeGetItem();
  if (raw === null) return memoryFallback;
  if (cached?.raw !== raw) cached = { raw, identity: parseIdentity(raw) };
  return cached.identity;
}

/** Saves a new display name; the colour chosen on the first visit stays. */
export function saveDisplayName(name: string): void {
  const color = readIdentity()?.color ?? pickColor();
  const identity: Identity = { name: displayNameSchema.parse(name), color };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    memoryFallback = identity;
  }
  notify();
}

export function subscribeIdentity(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function onStorage(event: StorageEvent): void {
  if (event.key === STORAGE_KEY) notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

function parseIdentity(raw: string): Identity | null {
  try {
    const parsed = storedIdentitySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function safeGetItem(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function pickColor(): string {
  const index = Math.floor(Math.random() * CARET_COLORS.length);
  return CARET_COLORS[index] ?? CARET_COLORS[0];
}
