/**
 * What the command line says when a command fails unexpectedly. One failure is known and has a
 * cause the user can act on: a Synthesis too large to be written as one JSON text (V8 strings stop
 * at about 536 million characters, reached near 700,000 items with today's item size).
 */
export function describeFailure(error: unknown): string {
  if (error instanceof RangeError && /invalid string length/i.test(error.message)) {
    return (
      'La synthèse est trop grande pour être écrite d’un seul bloc : Node limite une chaîne à environ 500 millions ' +
      'de caractères, ce qu’atteint une consultation d’environ 700 000 éléments. `check` fonctionne à cette taille ; ' +
      'pour publier, répartissez la consultation en plusieurs livres blancs (par exemple par enquête) ou signalez ' +
      'le besoin, avec la taille de la consultation.\n'
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Erreur inattendue de livre-blanc : ${detail}\nMerci de la signaler avec la commande lancée.\n`;
}
