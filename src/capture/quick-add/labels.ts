import { dayNumber, type CivilDate, type TimeOfDay } from './zoned';

/** What chips say about days and times, in English, on the user's calendar. */

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

export function formatTime(time: TimeOfDay): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** "Tue 24 Nov", with the year when it is not this year's. */
export function formatDay(day: CivilDate, today: CivilDate): string {
  const weekday = DAY_NAMES[(dayNumber(day) + 3) % 7];
  const year = day.year === today.year ? '' : ` ${day.year}`;
  return `${weekday} ${day.day} ${MONTH_NAMES[day.month - 1]}${year}`;
}

/** "Today", "Tomorrow" or the day, and the time when there is one: "Tomorrow, 15:00". */
export function formatDue(day: CivilDate, time: TimeOfDay | undefined, today: CivilDate): string {
  const offset = dayNumber(day) - dayNumber(today);
  const name = offset === 0 ? 'Today' : offset === 1 ? 'Tomorrow' : formatDay(day, today);
  return time ? `${name}, ${formatTime(time)}` : name;
}
