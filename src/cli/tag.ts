// PLACEHOLDER — to be replaced by the helper owning this command.
export async function runTag(args: string[]): Promise<number> {
  void args;
  process.stderr.write('Commande « tag » pas encore disponible.\n');
  return 2;
}
