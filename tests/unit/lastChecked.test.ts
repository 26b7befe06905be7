import {daysSinceChecked, formatLastChecked, parseLastChecked} from '@site/shared/lastChecked';

describe('last_checked front matter', () => {
  it('reads an ISO day as a string, a Date or route data', () => {
    const day = Date.UTC(2026, 11, 3);
    expect(parseLastChecked('2026-12-03')?.getTime()).toBe(day);
    expect(parseLastChecked(new Date(day))?.getTime()).toBe(day);
    expect(parseLastChecked('2026-12-03T00:00:00.000Z')?.getTime()).toBe(day);
  });

  it('rejects what is not a calendar day', () => {
    for (const bad of [undefined, null, '', '2026-12', 'December 2026', '2026-02-30', '2026-13-01', 20261203])
      expect(parseLastChecked(bad), String(bad)).toBeNull();
  });

  it('shows the month and year, whatever the time zone', () => {
    expect(formatLastChecked(parseLastChecked('2026-12-01')!)).toBe('December 2026');
    expect(formatLastChecked(parseLastChecked('2026-01-31')!)).toBe('January 2026');
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2027, month, 15));
      expect(formatLastChecked(date)).toBe(
        date.toLocaleDateString('en-US', {month: 'long', year: 'numeric', timeZone: 'UTC'}),
      );
    }
  });

  it('counts whole days since the check', () => {
    const checked = parseLastChecked('2026-12-03')!;
    expect(daysSinceChecked(checked, new Date(Date.UTC(2026, 11, 3, 23)))).toBe(0);
    expect(daysSinceChecked(checked, new Date(Date.UTC(2027, 2, 3)))).toBe(90);
  });
});
