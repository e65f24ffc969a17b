import { describe, expect, it } from 'vitest';
import { addMonths, instantAt, knownTimeZone, wallClockAt, weekdayOf } from './zoned';

describe('days and wall clocks in a time zone', () => {
  const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
  });

  it('reads the wall clock of a zone at an instant', () => {
    expect(wallClockAt(new Date('2026-11-23T20:00:00Z'), 'Pacific/Auckland')).toEqual(wall(2026, 11, 24, 9));
    expect(wallClockAt(new Date('2026-11-23T03:00:00Z'), 'America/Los_Angeles')).toEqual(wall(2026, 11, 22, 19));
  });

  it('finds the instant of a wall-clock time, the skipped hour moved on, the repeated hour its first time', () => {
    expect(instantAt(wall(2026, 3, 8, 2, 30), 'America/New_York')).toEqual(new Date('2026-03-08T07:30:00Z'));
    expect(instantAt(wall(2026, 11, 1, 1, 30), 'America/New_York')).toEqual(new Date('2026-11-01T05:30:00Z'));
    expect(instantAt(wall(2026, 3, 29, 2, 30), 'Europe/Berlin')).toEqual(new Date('2026-03-29T01:30:00Z'));
    expect(instantAt(wall(2026, 10, 25, 2, 30), 'Europe/Berlin')).toEqual(new Date('2026-10-25T00:30:00Z'));
    // Santiago's clocks skip midnight itself: the day starts at 01:00.
    expect(instantAt(wall(2026, 9, 6, 0), 'America/Santiago')).toEqual(new Date('2026-09-06T04:00:00Z'));
  });

  it('does calendar arithmetic without a zone', () => {
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2026, month: 12, day: 15 }, 2)).toEqual({ year: 2027, month: 2, day: 15 });
    expect(weekdayOf({ year: 2026, month: 11, day: 23 })).toBe(0);
    expect(weekdayOf({ year: 2026, month: 11, day: 29 })).toBe(6);
  });

  it('falls back to UTC for a zone Intl does not know', () => {
    expect(knownTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(knownTimeZone('Asia/Kathmandu')).toBe('Asia/Kathmandu');
  });
});
