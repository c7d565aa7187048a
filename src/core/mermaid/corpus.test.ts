// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { supportsTextAlternative, withTextAlternative } from './accessibility';
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
      const started = performance.now();
      expect(await parseError(source)).toBeUndefined();
      const ms = performance.now() - started;
      // Parsing is the cheap half of drawing; a slow parse would stall the editor.
      expect(ms).toBeLessThan(2000);
      const accessible = withTextAlternative(source, alternative);
      expect(await parseError(accessible)).toBeUndefined();
      if (supportsTextAlternative(source) && !/accTitle/.test(source)) {
        expect(accessible).toContain('accTitle: Shop overview');
      } else expect(accessible).toBe(source);
    });
  }
});
