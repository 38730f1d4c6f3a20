/** What the commands print of counts, sizes and durations reads as French: decimal comma, grouped thousands. */
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatSeconds } from '../../src/cli/units.ts';

describe('unités des commandes', () => {
  it('groupe les milliers et met une virgule décimale', () => {
    expect(formatCount(129_675)).toBe('129\u202f675');
    expect(formatCount(75)).toBe('75');
    expect(formatBytes(812)).toBe('812 o');
    expect(formatBytes(1536)).toBe('1,5 Ko');
    expect(formatBytes(10.6 * 1024 ** 2)).toBe('10,6 Mo');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 Go');
    expect(formatSeconds(7_640)).toBe('7,6 s');
    expect(formatSeconds(125_000)).toBe('125 s');
    expect(formatSeconds(40)).toBe('moins de 0,1 s');
  });
});
