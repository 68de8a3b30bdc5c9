// The rules compiled where they are read, for Node (tests, tools): the extension loads them
// compiled at build time instead (rules-chunks.ts).
import { compileDetection, compileLanguage, type RulesSource } from './compiled';
import { LANGUAGES } from './rules';

export const rulesAtHand: RulesSource = {
  detection: () => compileDetection(LANGUAGES),
  language: (code) => {
    const rules = LANGUAGES[code];
    return rules && compileLanguage(rules);
  },
};
