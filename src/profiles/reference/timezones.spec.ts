import { DateTime } from 'luxon';
import { isIanaTimezone } from './timezones.js';

describe('isIanaTimezone', () => {
  it.each([
    'Europe/Amsterdam',
    'Europe/Kyiv',
    'Europe/Kiev',
    'UTC',
    'Etc/UTC',
    'Etc/GMT+2',
    'Asia/Kabul',
    'Africa/Asmara',
    'America/Paramaribo',
    'America/Curacao',
    'America/Argentina/Buenos_Aires',
    'America/Port-au-Prince',
    'Asia/Kolkata',
    'Asia/Calcutta',
  ])('accepts %s, which luxon can use', (zone) => {
    expect(isIanaTimezone(zone)).toBe(true);
    expect(DateTime.now().setZone(zone).isValid).toBe(true);
  });

  it.each(['Mars/Olympus', '', ' ', '+02:00', '-05:00', 'GMT+2', 'Europe/Amsterdam ', 'europe/amsterdam', 'utc', 'Europe', 'Europe/', '/Europe/Amsterdam', 'Local', 'system'])(
    'rejects %j',
    (zone) => {
      expect(isIanaTimezone(zone)).toBe(false);
    },
  );

  it('accepts every zone the runtime lists', () => {
    expect(Intl.supportedValuesOf('timeZone').filter((zone) => !isIanaTimezone(zone))).toEqual([]);
  });
});
