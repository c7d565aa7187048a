/**
 * Narrowing helpers for parsed YAML: a document typed by its author can hold anything at any
 * place, so readers check each value's shape instead of trusting a declared type.
 */

export type YamlRecord = Record<string, unknown>;

/** A YAML mapping (not a sequence, not null). */
export function isRecord(value: unknown): value is YamlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): YamlRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty string, trimmed; numbers are accepted since YAML reads `1.0` as a number. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
