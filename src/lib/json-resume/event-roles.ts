/**
 * Event roles ↔ JSON Resume project `roles` and `type`. Talks and events are exported as projects
 * with type "talk" or "event", the event's name as `entity` and the role's English name in `roles`.
 */
import { EVENT_ROLES } from '../../schemas/profile.ts';

/** A role at an event, as the profile stores it. */
export type EventRole = (typeof EVENT_ROLES)[number];

const ROLE_NAMES: Record<EventRole, string> = {
  speaker: 'Speaker',
  organiser: 'Organiser',
  host: 'Host',
  moderator: 'Moderator',
  panellist: 'Panellist',
  'workshop-lead': 'Workshop lead',
  volunteer: 'Volunteer',
  attendee: 'Attendee',
};

/** Roles in which you stand in front of the audience: exported with type "talk". */
const SPEAKING_ROLES: readonly EventRole[] = ['speaker', 'panellist', 'workshop-lead', 'moderator'];

/** Other spellings of role names, lowercased with single spaces. */
const ROLE_ALIASES: Record<string, EventRole> = {
  organizer: 'organiser',
  'co-organiser': 'organiser',
  'co-organizer': 'organiser',
  panelist: 'panellist',
  'workshop leader': 'workshop-lead',
  facilitator: 'workshop-lead',
  presenter: 'speaker',
  'keynote speaker': 'speaker',
  mc: 'host',
  participant: 'attendee',
};

/** Project types (lowercased) that describe a talk or an event, with the role they imply. */
const EVENT_TYPES: Record<string, EventRole | undefined> = {
  talk: 'speaker',
  presentation: 'speaker',
  keynote: 'speaker',
  lecture: 'speaker',
  panel: 'panellist',
  workshop: 'workshop-lead',
  event: undefined,
  conference: undefined,
  meetup: undefined,
  webinar: undefined,
};

/** The English name of a role, e.g. "Workshop lead". */
export function eventRoleName(role: EventRole): string {
  return ROLE_NAMES[role];
}

/** "talk" for speaking roles, else "event". */
export function eventProjectType(role: EventRole): 'talk' | 'event' {
  return SPEAKING_ROLES.includes(role) ? 'talk' : 'event';
}

/** Whether a JSON Resume project type describes a talk or an event. */
export function isEventType(type: string | undefined): boolean {
  return type !== undefined && type.toLowerCase() in EVENT_TYPES;
}

/** The role a JSON Resume role name means ("Panelist" → panellist), or undefined. */
export function eventRoleOf(name: string): EventRole | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const exact = EVENT_ROLES.find((role) => role === key.replace(/ /g, '-') || ROLE_NAMES[role].toLowerCase() === key);
  return exact ?? ROLE_ALIASES[key];
}

/** The role a project type implies when the project names none (a talk → speaker). */
export function impliedEventRole(type: string): EventRole | undefined {
  return EVENT_TYPES[type.toLowerCase()];
}
