/**
 * The example note `livre-blanc init` writes so that a new consultation passes `check` at once
 * (src/cli/init-files.ts): published like any note, it would put invented feedback in the white
 * paper. Said at every dry run while it is there, louder once real notes or surveys sit beside it.
 */
import type { Diagnostic } from '../model.ts';
import type { ConsultationInput } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';

/** The example note's file name, whatever its region folder. */
export const EXAMPLE_NOTE_NAME = 'exemple-a-supprimer.md';

export function exampleNoteDiagnostics(input: Pick<ConsultationInput, 'notes' | 'surveys'>): Diagnostic[] {
  const examples = input.notes.filter((note) => note.file.split('/').pop() === EXAMPLE_NOTE_NAME);
  if (examples.length === 0) return [];
  const ownData = input.notes.length - examples.length + input.surveys.length > 0;
  return examples.map((note) =>
    diagnostic({
      code: 'note-exemple',
      severity: 'warning',
      message: ownData
        ? 'La note d’exemple écrite par « livre-blanc init » est toujours là, à côté des notes et enquêtes de la consultation : ses retours inventés seraient publiés avec les vrais.'
        : 'La note d’exemple écrite par « livre-blanc init » est la seule donnée de la consultation : ses retours sont inventés.',
      hint: 'Supprimez ce fichier dès que la consultation a ses propres notes ou enquêtes.',
      file: note.file,
    }),
  );
}
