/**
 * Validation of IANA time-zone names, as stored on profiles and handed to luxon.
 */

// Every IANA name segment starts with a capital ("Europe/Amsterdam", "Etc/GMT+2", "UTC").
// The syntax check also keeps out offsets such as "+02:00", which newer Node versions accept as zones.
const IANA_NAME_SYNTAX = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/;

// Node 20 lists only canonical zones here: not "UTC" or "Europe/Kyiv", hence the Intl fallback.
const LISTED_ZONES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('timeZone'));

/**
 * True for zone names this runtime's tz data knows, including aliases and renames
 * ('Europe/Kiev' and 'Europe/Kyiv', 'UTC'). Case must be as in the tz database: 'utc' is refused.
 */
export function isIanaTimezone(zone: string): boolean {
  if (!IANA_NAME_SYNTAX.test(zone)) return false;
  return LISTED_ZONES.has(zone) || intlAcceptsZone(zone);
}

function intlAcceptsZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
