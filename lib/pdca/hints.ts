// Non-blocking hints on a problem statement, after the classic rules of a good problem
// definition: it cannot be answered with yes or no, it has one theme, and it is about the
// process, not about a person. Heuristics: they advise, they never refuse a save.

export type ProblemHint = "yesNoQuestion" | "twoThemes" | "namesPerson";

// Verbs a Dutch or English yes/no question starts with ("Is de wachttijd te lang?").
const questionStarters = new Set([
  "is", "zijn", "ben", "kan", "kunnen", "moet", "moeten", "mag", "mogen", "wil", "willen", "wordt", "worden",
  "heeft", "hebben", "gaat", "gaan", "zal", "zullen", "zou", "zouden", "doet", "doen", "klopt", "kloppen",
  "werkt", "werken", "hoeft", "hoeven", "komt", "komen", "staat", "staan", "weet", "weten", "lukt",
  "are", "am", "was", "were", "can", "could", "should", "shall", "will", "would", "do", "does", "did",
  "has", "have", "had", "may", "might", "must",
]);

// Words that join a second subject onto the first ("…, en daarnaast…").
const secondThemeMarkers = [
  "daarnaast", "bovendien", "tevens", "ook nog", "en ook", "en verder", "alsook", "evenals", "en tegelijk",
  "additionally", "moreover", "furthermore", "as well as", "and also", "besides that",
];

// "meneer Jansen", "collega Daan": a person, whoever it is.
const personPattern = /\b(?:meneer|mevrouw|mevr\.|dhr\.|mw\.|de heer|collega|mr\.|mrs\.|ms\.)\s+\p{Lu}/iu;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function firstWord(sentence: string): string {
  return (/^[\p{L}']+/u.exec(sentence)?.[0] ?? "").toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isYesNoQuestion(text: string): boolean {
  return sentences(text).some((sentence) => questionStarters.has(firstWord(sentence)) && (sentence.endsWith("?") || sentences(text).length === 1));
}

function mixesThemes(text: string): boolean {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  if (secondThemeMarkers.some((marker) => lower.includes(` ${marker} `) || lower.includes(` ${marker},`))) return true;
  return (text.match(/\?/g) ?? []).length > 1;
}

/**
 * `people`: full names of the people around the team. A first name counts on its own (that is
 * how colleagues name each other); a capital letter is required, so "daan" in lower case or
 * words like "Klant" never match.
 */
function namesPerson(text: string, people: readonly string[]): boolean {
  if (personPattern.test(text)) return true;
  const names = new Set<string>();
  for (const person of people) {
    const full = person.trim();
    if (full.length >= 3) names.add(full);
    const first = full.split(/\s+/)[0] ?? "";
    if (first.length >= 3) names.add(first);
  }
  return [...names].some((name) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "u").test(text));
}

export function problemStatementHints(text: string | null | undefined, people: readonly string[] = []): ProblemHint[] {
  const statement = (text ?? "").trim();
  if (statement.length < 5) return [];
  const hints: ProblemHint[] = [];
  if (isYesNoQuestion(statement)) hints.push("yesNoQuestion");
  if (mixesThemes(statement)) hints.push("twoThemes");
  if (namesPerson(statement, people)) hints.push("namesPerson");
  return hints;
}
