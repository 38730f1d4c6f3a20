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
  const chapter = chapterError(error);
  if (chapter) {
    // A chapter the check could not read ahead (a value computed in braces): the author's to fix, not a bug to report.
    return `Un chapitre du livre blanc ne peut pas être construit :\n${chapter}\nLancez « livre-blanc check » pour voir les problèmes des chapitres avec leur ligne.\n`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Erreur inattendue de livre-blanc : ${detail}\nMerci de la signaler avec la commande lancée.\n`;
}

/** The message of a component's `ContentError` (src/site/filters.ts), wherever Astro wrapped it. */
function chapterError(error: unknown): string | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current.name === 'ContentError') return current.message;
  }
  return null;
}
