import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, parseMarkdown } from '../../test/markdown';
import { codeSpan, referenceMarkdown, safeHref, unlinkedReferences } from './links';

const SAFE = /^(?:https?:\/\/|mailto:)/i;

/** Every link a piece of Markdown would render, as the preview parses it. */
const linkUrls = (markdown: string) =>
  findAll(parseMarkdown(`- ${markdown}`), 'link').map((l) => l.url);

describe('safeHref', () => {
  it.each([
    'https://c4model.com/',
    'http://example.com/a?b=c#d',
    'HTTPS://EXAMPLE.COM',
    'mailto:architects@shopstream.example',
    'https://example.com/path with space',
  ])('links %j', (url) => {
    expect(safeHref(url)).toBe(url);
  });

  it('trims spaces and control characters around the URL', () => {
    expect(safeHref('  https://c4model.com/ \n')).toBe('https://c4model.com/');
    expect(safeHref('\u0000\u001f https://c4model.com/\u007f')).toBe('https://c4model.com/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    '\u0001javascript:alert(1)',
    '\tjava\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'https://example.com/\u0000javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'ｊａｖａｓｃｒｉｐｔ:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://example.com/',
    '//evil.example/',
    '/relative/path',
    'docs/adr.md',
    'c4model.com',
    'https://',
    'http://exa mple.com/',
    'mailto:',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });

  it('refuses javascript: in any case, after any run of spaces and controls', () => {
    const padding = fc.string({
      unit: fc.constantFrom(
        ' ',
        '\t',
        '\n',
        '\r',
        '\u0000',
        '\u0008',
        '\u001f',
        '\u007f',
        '\u00a0',
      ),
    });
    fc.assert(
      fc.property(
        padding,
        fc.mixedCase(fc.constant('javascript')),
        fc.string(),
        (pad, scheme, rest) => {
          expect(safeHref(`${pad}${scheme}:${rest}`)).toBeNull();
        },
      ),
    );
  });

  it('only ever returns an http(s) or mailto URL', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((u) => ` ${u}`),
        ),
        (url) => {
          const href = safeHref(url);
          if (href !== null) expect(href).toMatch(SAFE);
        },
      ),
    );
  });

  it('links every web URL fast-check can make', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(safeHref(url)).toBe(url);
      }),
    );
  });
});

describe('referenceMarkdown', () => {
  it('links a title to a safe URL', () => {
    expect(referenceMarkdown('OWASP Top 10', 'https://owasp.org/www-project-top-ten/')).toBe(
      '[OWASP Top 10](https://owasp.org/www-project-top-ten/)',
    );
    expect(linkUrls(referenceMarkdown('A (b)', 'https://x.example/a (b)<c>'))).toEqual([
      'https://x.example/a%20%28b%29%3Cc%3E',
    ]);
    expect(linkUrls(referenceMarkdown('', 'https://x.example/?a=1&amp=2'))).toEqual([
      'https://x.example/?a=1&amp=2',
    ]);
  });

  it('sets the title as plain text when the URL is not safe', () => {
    expect(referenceMarkdown('Click me', 'javascript:alert(1)')).toBe('Click me');
    expect(referenceMarkdown('', ' JaVaScRiPt:alert(1)')).toBe('`JaVaScRiPt:alert(1)`');
    expect(referenceMarkdown('', '')).toBe('');
  });

  it('keeps link syntax typed into a title from becoming a link', () => {
    const markdown = referenceMarkdown('[x](javascript:alert(1)) <javascript:alert(2)>', '');
    expect(linkUrls(markdown)).toEqual([]);
    expect(findAll(parseMarkdown(markdown), 'html')).toEqual([]);
  });

  it('never renders a link to anything but http(s) or mailto, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.string(), fc.webUrl()), (title, url) => {
        for (const href of linkUrls(referenceMarkdown(title, url))) expect(href).toMatch(SAFE);
      }),
      { numRuns: 300 },
    );
  });

  it('lists the references whose URL will not be linked', () => {
    expect(
      unlinkedReferences([
        { url: 'https://c4model.com/' },
        { url: '' },
        { url: 'javascript:alert(1)' },
        { url: 'c4model.com' },
      ]),
    ).toEqual([3, 4]);
  });
});

describe('codeSpan', () => {
  it('fences backticks and drops control characters', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`a')).toBe('`` `a ``');
    expect(codeSpan('java\u0000script:x')).toBe('`javascript:x`');
  });
});
