const PROFILE = {
  USE_PROFILES: { svg: true, svgFilters: true },
  ADD_TAGS: ['style'],
  // The drawing's role ("graphics-document document") names it to assistive technology.
  ADD_ATTR: ['role'],
};

/**
 * The renderer frame's SVG, read as untrusted: a diagram that broke out of Mermaid in the
 * frame could answer anything, so only SVG elements and attributes pass (DOMPurify's SVG
 * profile: no script, no event handler, no foreignObject HTML, no javascript: link). Mermaid's
 * own <style> element stays: its rules are scoped to the drawing's id.
 *
 * Always the checked tree written out, never the text as it came: DOMPurify checks only what
 * its parser put in <body> (with scripting off), so text it "took nothing out of" may still
 * hold a <frameset>, <noscript> or <head> content that parses differently when inserted.
 */
export async function sanitizeSvg(svg: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  return DOMPurify.sanitize(svg, PROFILE);
}
