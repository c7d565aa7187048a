import { describe, expect, it } from 'vitest';
import { backupInterval, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['1 hour', 3_600],
    ['15 minutes', 900],
    ['4h', 14_400],
    ['2 h 30 min', 9_000],
    ['< 30 min', 1_800],
    ['1.5 hours', 5_400],
    ['PT1H30M', 5_400],
    ['2 days', 172_800],
    ['0', 0],
    ['zero', 0],
  ])('%s is %d s', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it('reads no duration from text without one', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('as soon as possible')).toBeNull();
    expect(parseDuration('P')).toBeNull();
  });
});

describe('backupInterval', () => {
  it.each([
    ['Daily automated snapshot, copied to eu-west-1', 86_400],
    ['Continuous archiving to S3', 0],
    ['Continuous replication across the three availability zones', 0],
    ['On every change (Git, applied by Argo CD)', 0],
    ['every 6 hours', 21_600],
    ['Hourly', 3_600],
    ['Weekly full, daily incremental', 86_400],
  ])('%s runs every %d s', (text, seconds) => {
    expect(backupInterval(text)).toBe(seconds);
  });

  it('says nothing of a frequency it cannot read', () => {
    expect(backupInterval('when needed')).toBeNull();
  });
});
