import { describe, expect, it } from 'vitest';
import { matchHeading } from './match';

describe('matchHeading', () => {
  // A tie between a section's name and a subsection's goes to the section, as it did when the
  // names were one table: these four moved when the order came from the modules instead.
  it.each([
    ['Schema migration', 'migrationStrategy', undefined],
    ['Backup costs', 'costAnalysis', undefined],
    ['Authentication risks', 'risks', undefined],
    ['Stakeholder risks', 'risks', undefined],
  ])('places “%s” in %s', (heading, section, subsection) => {
    expect(matchHeading(heading)).toMatchObject({ section, subsection });
  });

  it('still finds a subsection by its own name', () => {
    expect(matchHeading('Authentication and authorization')).toMatchObject({
      section: 'securityArchitecture',
      subsection: '7.1',
    });
  });
});
