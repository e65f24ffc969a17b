import { Chrono } from 'chrono-parts/chrono.js';
import SlashDateFormatParser from 'chrono-parts/common/parsers/SlashDateFormatParser.js';
import OverlapRemovalRefiner from 'chrono-parts/common/refiners/OverlapRemovalRefiner.js';
import UnlikelyFormatFilter from 'chrono-parts/common/refiners/UnlikelyFormatFilter.js';
import ENMonthNameLittleEndianParser from 'chrono-parts/locales/en/parsers/ENMonthNameLittleEndianParser.js';
import ENMonthNameMiddleEndianParser from 'chrono-parts/locales/en/parsers/ENMonthNameMiddleEndianParser.js';
import ENTimeExpressionParser from 'chrono-parts/locales/en/parsers/ENTimeExpressionParser.js';
import ENTimeUnitWithinFormatParser from 'chrono-parts/locales/en/parsers/ENTimeUnitWithinFormatParser.js';
import ENYearMonthDayParser from 'chrono-parts/locales/en/parsers/ENYearMonthDayParser.js';

/**
 * chrono with the parsers quick add reads dates with, in the order chrono's own
 * casual English configuration runs them: numeric and ISO dates, dates with
 * month names, "in 3 days", and times of day. Left out, because quick add does
 * it itself (dates.ts: today, tomorrow, weekdays, next week, end of month, a
 * month alone, noon; joining a day and its time; moving a date without a year
 * ahead) or not at all ("3 days ago", "5 days later", "this month", ISO
 * timestamps, time zone names): leaving them out is much of what keeps the
 * background within its size budget.
 */
export const dateReader = new Chrono({
  parsers: [
    new ENYearMonthDayParser(false),
    new SlashDateFormatParser(false),
    new ENTimeUnitWithinFormatParser(false),
    new ENMonthNameLittleEndianParser(),
    new ENMonthNameMiddleEndianParser(false),
    new ENTimeExpressionParser(false),
  ],
  refiners: [new OverlapRemovalRefiner(), new UnlikelyFormatFilter(false)],
});
