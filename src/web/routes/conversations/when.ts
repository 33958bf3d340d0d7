import type { ConversationSummary } from '../../../shared/conversations';
import { locale } from '../../i18n';

/** "di 14 okt. 2025, 10:00–10:30": the day with its weekday, because that is how people plan. */
export function formatWhen(startsAt: string, durationMinutes: number): string {
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const day = new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(start);
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time of an instant, as the values of `<input type="date">` and `type="time"`. */
export function localParts(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The instant of a local date and time, or null when either is incomplete. */
export function toInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${date}T${time}:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A sensible first suggestion: a week from now, at ten. */
export function defaultSlot(): { date: string; time: string } {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: '10:00' };
}

/** Open talks (proposed, planned) first in time order; held and cancelled ones newest first. */
export function splitConversations(items: ConversationSummary[]): { open: ConversationSummary[]; past: ConversationSummary[] } {
  const open = items.filter((c) => c.status === 'proposed' || c.status === 'planned');
  const past = items.filter((c) => c.status === 'held' || c.status === 'cancelled');
  open.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  past.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { open, past };
}

/** "Online · <link>" or the place; a location that only repeats "online" is not said twice. */
export function placeText(c: Pick<ConversationSummary, 'online' | 'location'>, onlineLabel: string): string {
  if (!c.online) return c.location;
  const extra = c.location.trim().toLowerCase() === onlineLabel.toLowerCase() ? '' : c.location.trim();
  return [onlineLabel, extra].filter(Boolean).join(' · ');
}

/** Which side of the conversation the viewer is on; null for anyone else (e.g. an administrator). */
export function sideOf(conversation: ConversationSummary, userId: string): 'student' | 'counsellor' | null {
  if (conversation.student.id === userId) return 'student';
  if (conversation.counsellor.id === userId) return 'counsellor';
  return null;
}
