/**
 * Whether a statement says « not », for the strong ideas' second step (merge.ts): the stems leave
 * out negation words (stop words), so « Je n’ai pas créé d’entreprise. » holds every stem of
 * « créer une entreprise » and would take in the complaints about creating one.
 */

/**
 * A negation word: « ne », « n’ » before a word, « pas », « jamais », « aucun(e)(s) », « rien »,
 * « sans », « ni ». « plus » is left out (« plus de personnel » asks for more), « non » too (« Non, il y
 * a trop de règles » answers a question; « non à l’emploi à vie » asks to end it), and so is
 * « manque », a stem already (a member must hold it to join a quote that has it).
 */
const NEGATION = /(?:^|[^\p{L}\p{N}])(?:n['’](?=\p{L})|(?:ne|pas|jamais|aucune?s?|rien|sans|ni)(?![\p{L}\p{N}]))/iu;

export function saysNot(text: string): boolean {
  return NEGATION.test(text);
}

/** Whether each statement says « not », read from its text the first time it is asked (a few thousand of a million are). */
export class Negations {
  private readonly text: (statement: number) => string;
  /** 0 not read yet, 1 no negation, 2 a negation. */
  private readonly known: Uint8Array;

  constructor(count: number, text: (statement: number) => string) {
    this.text = text;
    this.known = new Uint8Array(count);
  }

  of(statement: number): boolean {
    let known = this.known[statement] as number;
    if (known === 0) this.known[statement] = known = saysNot(this.text(statement)) ? 2 : 1;
    return known === 2;
  }
}
