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
 */
export async function sanitizeSvg(svg: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  const clean = DOMPurify.sanitize(svg, { ...PROFILE, RETURN_DOM_FRAGMENT: true });
  // Nothing was taken out (Mermaid's own output, as it should be): the text is inserted as it
  // came, parsed once more by the same HTML parser in the same context as DOMPurify's check.
  // Writing the checked tree out again would cost as much as the check, for the same text.
  // (DOMPurify lists the <body> it parses into as removed: its own wrapper, not the drawing's.)
  const changed = DOMPurify.removed.some((r) => !('element' in r) || r.element.nodeName !== 'BODY');
  if (!changed) return svg;
  const box = document.createElement('div');
  box.append(clean);
  return box.innerHTML;
}
