/**
 * The renderer frame's SVG, read as untrusted: a diagram that broke out of Mermaid in the
 * frame could answer anything, so only SVG elements and attributes pass (DOMPurify's SVG
 * profile: no script, no event handler, no foreignObject HTML, no javascript: link). Mermaid's
 * own <style> element stays: its rules are scoped to the drawing's id.
 */
export async function sanitizeSvg(svg: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  return DOMPurify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['style'],
    // The drawing's role ("graphics-document document") names it to assistive technology.
    ADD_ATTR: ['role'],
  });
}
