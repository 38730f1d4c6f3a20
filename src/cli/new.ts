// PLACEHOLDER — to be replaced by the helper owning this command.
export async function runNew(args: string[]): Promise<number> {
  void args;
  process.stderr.write('Commande « new » pas encore disponible.\n');
  return 2;
}
