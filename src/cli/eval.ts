// PLACEHOLDER — to be replaced by the helper owning this command.
export async function runEval(args: string[]): Promise<number> {
  void args;
  process.stderr.write('Commande « eval » pas encore disponible.\n');
  return 2;
}
