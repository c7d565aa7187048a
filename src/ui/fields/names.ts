/** "risk 2" → "Risk 2": row names start lower case inside sentences, upper case alone. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
