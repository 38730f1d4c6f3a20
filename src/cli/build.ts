// PLACEHOLDER — to be replaced by the helper owning this command.
export async function runBuild(args: string[]): Promise<number> {
  void args;
  process.stderr.write('Commande « build » pas encore disponible.\n');
  return 2;
}
