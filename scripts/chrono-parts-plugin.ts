import type { Plugin } from 'vite';

/**
 * Quick add builds its own chrono (src/capture/quick-add/chrono.ts) from the
 * parsers and refiners it reads dates with, through the `chrono-parts` alias
 * (chrono-node's package exports name only whole locales). chrono's `Chrono`
 * class still imports the complete English configuration for its default, and
 * its results import the table of time zone abbreviations; neither is used when
 * a configuration and a Date are passed, so this swaps both modules for
 * stand-ins that say what was called. Unit tests load chrono as published.
 */
const STAND_INS: Record<string, string> = {
  './locales/en/configuration.js': `export default class EnglishConfigurationStandIn {
  createCasualConfiguration() { throw new Error('chrono\\'s English configuration is not part of this build'); }
  createConfiguration() { throw new Error('chrono\\'s English configuration is not part of this build'); }
}`,
  './timezone.js': `export function toTimezoneOffset(timezone) {
  if (timezone === undefined || timezone === null) return null;
  if (typeof timezone === 'number') return timezone;
  throw new Error('chrono time zone names are not part of this build');
}`,
};
const PREFIX = '\0chrono-stand-in:';

export function chronoPartsPlugin(): Plugin {
  return {
    name: 'ttc-chrono-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]chrono-node[\\/]dist[\\/]esm[\\/](chrono|results)\.js$/.test(importer)) return null;
      return source in STAND_INS ? PREFIX + source : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? STAND_INS[id.slice(PREFIX.length)] : null;
    },
  };
}
