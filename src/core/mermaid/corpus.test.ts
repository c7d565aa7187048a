// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { diagramTitle, supportsTextAlternative, withTextAlternative } from './accessibility';
import { corpusFiles, loadMermaid, parseError, PATHOLOGICAL, readCorpus } from '../../test/mermaid';

const valid = corpusFiles().filter((f) => !f.startsWith('invalid-') && f !== PATHOLOGICAL);
const alternative = { title: 'Shop overview', description: 'How the shop fits together.' };

describe('the Mermaid corpus', () => {
  it('has the expected files', () => {
    expect(valid).toHaveLength(29);
    expect(corpusFiles()).toContain(PATHOLOGICAL);
  });

  for (const file of valid) {
    it(`${file} parses, also with a text alternative`, async () => {
      const source = readCorpus(file);
      await loadMermaid();
      expect(await parseError(source)).toBeUndefined();
      const accessible = withTextAlternative(source, alternative);
      expect(await parseError(accessible)).toBeUndefined();
      if (/accTitle/.test(source)) expect(accessible).toBe(source);
      else if (supportsTextAlternative(source)) {
        expect(accessible).toContain('accTitle: Shop overview');
      } else expect(accessible).toContain('%% title: Shop overview');
      // Whatever the type, the diagram carries a name for its figure and its files.
      expect(diagramTitle(accessible)).toBeTruthy();
    });
  }
});
