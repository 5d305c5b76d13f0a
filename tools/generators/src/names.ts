/**
 * Every spelling of one name the generated code needs: `radiology-reading` is the folder, the
 * package and the subgraph; `RADIOLOGY_READING` the settings prefix; `gantry_radiology_reading`
 * the database. Deriving them all from one input keeps them from drifting apart.
 */
export interface NameForms {
  kebab: string;
  camel: string;
  pascal: string;
  snake: string;
  upperSnake: string;
  /** Sentence case, for titles on screen: "Radiology reading". */
  words: string;
  /** Lower case, inside a sentence: "radiology reading". */
  phrase: string;
}

/** Lower-case letters in dash-separated words: what area.json accepts as a name, without stray dashes. */
const kebabName = /^[a-z]+(-[a-z]+)*$/;

export function checkName(value: string, what: string): string | true {
  if (kebabName.test(value)) return true;
  return `${what} must be lower-case words separated by single dashes, e.g. radiology-reading (got "${value}")`;
}

export function nameForms(kebab: string): NameForms {
  const parts = kebab.split("-");
  const capitalised = parts.map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`);
  const words = parts.join(" ");
  return {
    kebab,
    camel: `${parts[0] ?? ""}${capitalised.slice(1).join("")}`,
    pascal: capitalised.join(""),
    snake: parts.join("_"),
    upperSnake: parts.join("_").toUpperCase(),
    words: `${words.charAt(0).toUpperCase()}${words.slice(1)}`,
    phrase: words,
  };
}

/**
 * English plural of the last word, good enough for list fields (`notes`, `studies`, `boxes`).
 * Irregular nouns come out wrong; rename the field in the generated files when that happens.
 */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
