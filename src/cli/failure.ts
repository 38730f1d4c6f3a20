/**
 * What the command line says when a command fails unexpectedly. One failure has a cause worth
 * naming: a text longer than V8 allows (~536 million characters). Every large output (synthese.json,
 * CSV, corpus, cache, the hand-off to Astro) is written in pieces, checked at a million items; if a
 * consultation still reaches the limit somewhere, the user learns what happened and what to report.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof RangeError && /invalid string length/i.test(error.message)) {
    return (
      'La consultation est trop grande pour une étape qui écrit un texte d’un seul bloc : Node limite une chaîne à ' +
      'environ 500 millions de caractères. Les fichiers de livre-blanc sont écrits par morceaux et ont été vérifiés ' +
      'jusqu’à un million d’éléments ; signalez la commande lancée et la taille de la consultation. En attendant, ' +
      'répartissez-la en plusieurs livres blancs (par exemple par enquête).\n'
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Erreur inattendue de livre-blanc : ${detail}\nMerci de la signaler avec la commande lancée.\n`;
}
