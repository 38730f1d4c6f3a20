/** Inflected forms of lexicon entries, generated once when the lexicon is compiled. */

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['long', 'longue'],
  ['blanc', 'blanche'],
  ['franc', 'franche'],
  ['sec', 'seche'],
  ['public', 'publique'],
  ['gentil', 'gentille'],
  ['fou', 'folle'],
  ['beau', 'belle'],
  ['nouveau', 'nouvelle'],
  ['frais', 'fraiche'],
  ['faux', 'fausse'],
]);

/** Gender and number of a folded adjective: lent → lent, lente, lents, lentes. */
export function adjectiveForms(word: string): string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return [word, word + 's', irregular, irregular + 's'];
  const stem = (n: number) => word.slice(0, word.length - n);
  if (word.endsWith('eux')) return [word, stem(1) + 'se', stem(1) + 'ses'];
  if (word.endsWith('if')) return [word, word + 's', stem(1) + 've', stem(1) + 'ves'];
  if (word.endsWith('el') || word.endsWith('en') || word.endsWith('on') || word.endsWith('ul')) {
    return [word, word + 's', word + word.slice(-1) + 'e', word + word.slice(-1) + 'es'];
  }
  if (word.endsWith('al')) return [word, stem(2) + 'aux', word + 'e', word + 'es'];
  if (word.endsWith('er')) return [word, word + 's', stem(2) + 'ere', stem(2) + 'eres'];
  if (word.endsWith('e')) return [word, word + 's'];
  return [word, word + 's', word + 'e', word + 'es'];
}

/**
 * Finite forms and participles of a folded first-group verb (accents already folded, so the
 * participle `é` is `e`): fonctionner → fonctionne, fonctionnent, fonctionnait, fonctionné…
 * Never the infinitive nor the first-person plural, which are proposals.
 */
export function verbForms(infinitive: string): string[] {
  if (!infinitive.endsWith('er')) return [infinitive];
  const root = infinitive.slice(0, -2);
  // -ger and -cer verbs keep their sound before a/o: "changeait", "avancait".
  const soft = root.endsWith('g') ? root + 'e' : root;
  return [
    root + 'e', root + 'es', root + 'ent', soft + 'ait', soft + 'ais', soft + 'aient', root + 'ee', root + 'ees',
    root + 'era', root + 'eront', soft + 'ant',
  ];
}

/** Imperatives of a reform verb: simplifier → simplifiez, simplifions. */
export function imperativeForms(infinitive: string): string[] {
  if (infinitive.endsWith('er')) {
    const root = infinitive.slice(0, -2);
    const soft = root.endsWith('g') ? root + 'e' : root;
    return [root + 'ez', soft + 'ons'];
  }
  if (infinitive.endsWith('ir')) {
    const root = infinitive.slice(0, -2);
    return [root + 'issez', root + 'issons'];
  }
  return [];
}
