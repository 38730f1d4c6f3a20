// PLACEHOLDER — to be replaced by the helper owning this command.
export async function runExport(args: string[]): Promise<number> {
  void args;
  process.stderr.write('Commande « export » pas encore disponible.\n');
  return 2;
}
