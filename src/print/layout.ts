/**
 * Print layout decisions that depend on what was drawn, taken once before printing. Data
 * attributes, not classes: React owns the elements' classes and leaves alone attributes it
 * never set. The sheet on screen is as wide as the printed page, so measuring it here tells
 * what the page will do.
 */

/** Wider than this (width over height), a diagram is unreadable across a portrait page. */
const WIDE_RATIO = 2.2;

function aspectRatio(svg: SVGSVGElement): number {
  const { width, height } = svg.viewBox.baseVal;
  return width > 0 && height > 0 ? width / height : 0;
}

/** Diagrams that print on a landscape page of their own (print.css). */
export function markWideDiagrams(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('figure.diagram[data-state="ok"]').forEach((figure) => {
    const svg = figure.querySelector<SVGSVGElement>('.diagram__svg > svg');
    if (svg && aspectRatio(svg) > WIDE_RATIO) figure.dataset.printWide = '';
  });
}

/** Code this long in a table cell is a name or an address, not a word: it may break anywhere. */
const LONG_CODE = 20;

const overflows = (wrapper: HTMLElement) => wrapper.scrollWidth > wrapper.clientWidth + 1;

/**
 * Tables wider than the page with their words wrapped. First their long code (image names,
 * URLs) may break anywhere; if that is not enough, every cell may (print.css). Allowing it
 * everywhere up front would let every table squeeze its short columns until "8080/TCP"
 * splits mid-word.
 */
export function fitTables(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('.markdown-table').forEach((wrapper) => {
    if (!overflows(wrapper)) return;
    wrapper.querySelectorAll<HTMLElement>('td code, th code').forEach((code) => {
      if (code.textContent.length >= LONG_CODE) code.dataset.printBreak = '';
    });
    if (overflows(wrapper)) wrapper.dataset.printTight = '';
  });
}
