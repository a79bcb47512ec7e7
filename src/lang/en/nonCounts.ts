/**
 * Numbers that count no thing: a year ("in 1961", "the 1960 rookie"), a time of day ("2 P.M.", "8
 * o'clock", "10:30"). A sentence whose numbers are these (or ages) gives no count of anything asked.
 */
export const NOT_A_COUNT = /\b(?:1[6-9]\d\d|20\d\d)\b(?![,.]?\d)|\b\d{1,2}(?::\d\d)?\s*(?:a\.\s?m\b\.?|p\.\s?m\b\.?|o['’]clock\b)|\b\d{1,2}:\d\d\b/iu;
