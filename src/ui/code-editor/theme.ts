import type * as Monaco from 'monaco-editor/editor';

/**
 * Monaco's light theme ("vs") with every colour darkened until it reads at 7:1 on the editor's
 * background (WCAG 1.4.6, the enhanced contrast axe checks): the stock teal of YAML keys and
 * SQL types, the green of comments and the line numbers fall short of it.
 */
export const THEME = 'archbench';

const BACKGROUND = '#fffffe';
const CONTRAST = 7.1;

// Monaco's own "vs" token colours (editor/standalone/common/themes.ts), by token.
const VS_TOKENS: Record<string, string> = {
  invalid: 'cd3131',
  variable: '001188',
  'variable.predefined': '4864AA',
  constant: 'dd0000',
  comment: '008000',
  number: '098658',
  'number.hex': '3030c0',
  regexp: '800000',
  annotation: '808080',
  type: '008080',
  'delimiter.html': '383838',
  'delimiter.xml': '0000FF',
  tag: '800000',
  metatag: 'e00000',
  'metatag.content.html': 'FF0000',
  'metatag.html': '808080',
  'metatag.xml': '808080',
  key: '863B00',
  'string.key.json': 'A31515',
  'string.value.json': '0451A5',
  'attribute.name': 'FF0000',
  'attribute.value': '0451A5',
  'attribute.value.number': '098658',
  'attribute.value.unit': '098658',
  string: 'A31515',
  'string.sql': 'FF0000',
  'string.yaml': '0451A5',
  keyword: '0000FF',
  'keyword.json': '0451A5',
  'keyword.flow': 'AF00DB',
  'operator.sql': '778899',
  'predefined.sql': 'C700C7',
};

const channels = (hex: string) =>
  [0, 2, 4].map((i) => parseInt(hex.replace('#', '').slice(i, i + 2), 16));

function luminance(rgb: number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

/** `hex` darkened in steps of its own hue until it reaches the contrast; as it is if it does. */
export function readable(hex: string, background = BACKGROUND): string {
  const base = channels(background);
  let rgb = channels(hex);
  for (let step = 0; step < 100 && contrast(rgb, base) < CONTRAST; step++) {
    rgb = rgb.map((c) => Math.floor(c * 0.95));
  }
  return rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
}

export function defineTheme(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(THEME, {
    base: 'vs',
    inherit: true,
    rules: Object.entries(VS_TOKENS).map(([token, color]) => ({
      token,
      foreground: readable(color),
    })),
    colors: {
      'editorLineNumber.foreground': '#4a5260',
      'editorLineNumber.activeForeground': '#1b1f24',
    },
  });
}
