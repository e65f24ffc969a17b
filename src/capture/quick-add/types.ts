import type { Priority } from '../../ticktick/types';

export type ChipKind = 'date' | 'repeat' | 'start' | 'end' | 'tag' | 'priority' | 'project' | 'reminder';

export interface Chip {
  kind: ChipKind;
  /** The words of the input this chip stands for, exactly as typed. */
  text: string;
  /** What the chip shows, e.g. "Tue 24 Nov, 15:00". */
  label: string;
  /** Where `text` starts in the input (UTF-16 units). */
  index: number;
}

/** Part of the line the user turned back into plain text (a removed chip): nothing in it is recognised. */
export interface TextSpan {
  index: number;
  length: number;
}

export interface Due {
  /** The instant: midnight in the user's zone for an all-day task. */
  date: Date;
  allDay: boolean;
}

export interface QuickAddResult {
  title: string;
  chips: Chip[];
  due?: Due;
  /** An RRULE as TickTick stores it, e.g. `RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO`. */
  repeat?: string;
  tags: string[];
  priority?: Priority;
  /** The name after `~` or `^`; the caller matches it against the project list. */
  project?: string;
  /** Reminder offsets in seconds relative to the due time (negative: before; all-day: from midnight). */
  reminders: number[];
}

export interface QuickAddOptions {
  /** The user's IANA time zone; dates are read and due times computed in it. */
  timeZone: string;
  keptAsText?: TextSpan[];
}
