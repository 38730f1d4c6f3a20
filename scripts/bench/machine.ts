/** The machine a bench ran on, for the report (figures mean little without it). */
import os from 'node:os';
import { decimal } from './decimal.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  platform: string;
  /** 1, 5 and 15-minute load averages when the bench started and ended: others share the machine. */
  loadStart: number[];
  loadEnd: number[];
  date: string;
}

export function describeMachine(date: string | undefined): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || 'inconnu',
    cores: cpus.length,
    ramGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    loadStart: os.loadavg(),
    loadEnd: os.loadavg(),
    date: date ?? new Date().toISOString().slice(0, 10),
  };
}

export function formatMachine(machine: Machine): string {
  const load = (values: number[]) => values.map((v) => decimal(v, 2)).join(' / ');
  return [
    `- Processeur : ${machine.cpu}, ${machine.cores} cœurs ; mémoire : ${decimal(machine.ramGb, 1)} Go`,
    `- Système : ${machine.platform} ; Node ${machine.node}`,
    `- Charge moyenne (1 / 5 / 15 min) au début : ${load(machine.loadStart)}, à la fin : ${load(machine.loadEnd)}` +
      ` — la machine est partagée : au-delà de ${machine.cores}, les temps sont gonflés d’autant`,
    `- Date : ${machine.date}`,
  ].join('\n');
}
