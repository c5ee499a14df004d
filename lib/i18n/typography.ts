// French typography as the Imprimerie nationale sets it and as our French texts follow it: a
// narrow no-break space (U+202F) before ; : ! ? and », and after «. A plain space there lets the
// sign wrap alone onto the next line; no space at all reads as English.
const NNBSP = "\u202f";

/** What is wrong with one French string: empty when nothing is. URLs and times are left alone. */
export function frenchTypographyErrors(text: string): string[] {
  // "https://…", "12:30" and "a?b=c" are not punctuation of a sentence.
  const prose = text.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, "URL").replace(/\b\d{1,2}:\d{2}\b/g, "TIME");
  const errors: string[] = [];
  for (const m of prose.matchAll(/(.)?([;:!?»])/g)) {
    if (m[1] !== NNBSP) errors.push(`«${(m[1] ?? "") + m[2]}» needs a narrow no-break space before ${m[2]}`);
  }
  for (const m of prose.matchAll(/«(.)?/g)) {
    if (m[1] !== NNBSP) errors.push(`«${m[0]}» needs a narrow no-break space after «`);
  }
  return errors;
}
