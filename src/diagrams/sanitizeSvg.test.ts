// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitizeSvg';

// The shape of Mermaid's output, with what a renderer that broke out of Mermaid could add.
const drawing = `<svg id="d1" xmlns="http://www.w3.org/2000/svg" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="t1" viewBox="0 0 10 10" style="max-width: 10px;" onload="alert(1)">
<title id="t1">4.1 Component Diagram</title><desc>Components</desc>
<style>#d1 .node rect{fill:#eee;}</style>
<script>alert(2)</script>
<g class="node" id="flowchart-A-0" data-id="A"><rect width="5" height="5" onclick="alert(3)"></rect>
<text dominant-baseline="middle" text-anchor="middle"><tspan>Web Client</tspan></text></g>
<a href="javascript:alert(4)"><text>link</text></a>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(5)"></div></foreignObject>
<defs><marker id="arrow"><path d="M0,0 L5,5"></path></marker></defs>
</svg>`;

describe('sanitizeSvg', () => {
  it('keeps the drawing, its name, role, style and text', async () => {
    const svg = await sanitizeSvg(drawing);
    for (const kept of [
      'role="graphics-document document"',
      'aria-roledescription="flowchart-v2"',
      'aria-labelledby="t1"',
      '<title id="t1">4.1 Component Diagram</title>',
      '<desc>Components</desc>',
      '#d1 .node rect{fill:#eee;}',
      'data-id="A"',
      'dominant-baseline="middle"',
      'Web Client',
      '<marker id="arrow">',
      'viewBox="0 0 10 10"',
    ]) {
      expect(svg, kept).toContain(kept);
    }
  });

  it('drops scripts, handlers, javascript: links and HTML in foreignObject', async () => {
    const svg = await sanitizeSvg(drawing);
    expect(svg).not.toMatch(/alert|<script|onload|onclick|onerror|javascript:|foreignObject|<img/i);
  });
});

describe('sanitizeSvg on a drawing with nothing to take out', () => {
  const clean = `<svg id="d2" xmlns="http://www.w3.org/2000/svg" role="graphics-document document" viewBox="0 0 10 10"><title>Clean</title><style>#d2 .node rect{fill:#eee;}</style><g class="node"><rect width="5" height="5"></rect><text><tspan>Web Client</tspan></text></g></svg>`;

  it('gives the text back as it came, not written out again', async () => {
    expect(await sanitizeSvg(clean)).toBe(clean);
  });

  it('still cleans a drawing whose only extra is one handler', async () => {
    const svg = await sanitizeSvg(clean.replace('<rect ', '<rect onmouseover="alert(1)" '));
    expect(svg).not.toContain('onmouseover');
    expect(svg).toContain('Web Client');
  });
});
