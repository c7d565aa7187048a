/**
 * A drawn diagram as files: the SVG as Mermaid made it, and a PNG at twice its size on the
 * chosen background. The PNG is drawn from the SVG in the browser; nothing is uploaded.
 */

export type PngBackground = 'white' | 'transparent';

const backgrounds: Record<PngBackground, string | null> = { white: '#ffffff', transparent: null };

/**
 * The SVG as a file. Mermaid writes a <title> for the types that take accTitle; for the others
 * the diagram's name is written here, so every downloaded file says what it shows.
 */
export function svgFile(svg: string, title?: string): Blob {
  const titled =
    title && !/^<svg\b[^>]*>\s*<title\b/.test(svg)
      ? svg.replace(/^<svg\b[^>]*>/, (tag) => `${tag}<title>${escapeXml(title)}</title>`)
      : svg;
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${titled}`], {
    type: 'image/svg+xml',
  });
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The natural size of a Mermaid SVG, from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const viewBox = /viewBox="([\d.\-\s]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  const width = viewBox?.[2];
  const height = viewBox?.[3];
  if (width && height && width > 0 && height > 0) return { width, height };
  return { width: 800, height: 600 };
}

/** The SVG with a fixed pixel size, which an <img> needs to draw it at that size. */
function sized(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b([^>]*)>/, (_tag, attributes: string) => {
    const rest = attributes.replace(/\s(width|height)="[^"]*"/g, '').replace(/\sstyle="[^"]*"/, '');
    return `<svg${rest} width="${width}" height="${height}">`;
  });
}

export async function pngFile(svg: string, background: PngBackground, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const image = new Image();
  const url = URL.createObjectURL(svgFile(sized(svg, width, height)));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    const fill = backgrounds[background];
    if (fill) {
      context.fillStyle = fill;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
