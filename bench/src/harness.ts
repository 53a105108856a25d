import type { BenchOptions, WorkloadName } from './options.js';
import { ResultTable } from './report/resultTable.js';
import { ServerGroup } from './servers/ServerGroup.js';
import { ServerProcess } from './servers/ServerProcess.js';
import { OURS_LABEL, type ServerSetup } from './servers/targets.js';
import { clientAppWorkload } from './workloads/clientApp.js';
import { coldLoadWorkload } from './workloads/coldLoad.js';
import { durabilityWorkload } from './workloads/durability.js';
import { exportLatencyWorkload } from './workloads/exportLatency.js';
import { fanoutInstancesWorkload, fanoutWorkload } from './workloads/fanout.js';
import { connectionsWorkload, manyRoomsInstancesWorkload, manyRoomsWorkload } from './workloads/manyRooms.js';
import { memoryWorkload } from './workloads/memory.js';
import { versionCostWorkload } from './workloads/versionCost.js';
import type { Workload, WorkloadContext } from './workloads/workload.js';

export const WORKLOADS: Record<WorkloadName, Workload> = {
  fanout: fanoutWorkload,
  rooms: manyRoomsWorkload,
  cold: coldLoadWorkload,
  memory: memoryWorkload,
  durability: durabilityWorkload,
  client: clientAppWorkload,
  export: exportLatencyWorkload,
  versions: versionCostWorkload,
  'fanout-instances': fanoutInstancesWorkload,
  'rooms-instances': manyRoomsInstancesWorkload,
  connections: connectionsWorkload,
};

/**
 * Runs the selected workloads against every server, one server process at a time, and
 * returns one table per workload. A server that fails a workload gets empty cells (and the
 * error in the log) rather than ending the run.
 */
export async function runBench(options: BenchOptions, onTable: (table: ResultTable) => void = () => undefined): Promise<ResultTable[]> {
  const context: WorkloadContext = {
    sizes: options.sizes,
    log: options.log,
    startServer: (setup, dataDir) =>
      ServerProcess.start(setup, { profileDir: options.profileDir, log: options.log, ...(dataDir ? { dataDir } : {}) }),
    startGroup: (setup) => ServerGroup.start(setup, { profileDir: options.profileDir, log: options.log }),
  };
  const tables: ResultTable[] = [];
  for (const name of options.only) {
    const workload = WORKLOADS[name];
    const setups = workload.setups().filter((setup) => options.servers.includes(setup.target.kind));
    // Our ratio is to the best peer on one process; the groups of instances are compared in bench/README.md.
    const columns = setups.map((setup) => ({ label: setup.label, isPeer: setup.target.kind !== 'ours' && !setup.scaleOut }));
    const table = new ResultTable(workload.title(options.sizes), workload.notes, workload.metrics, columns, OURS_LABEL);
    for (let round = 0; round < options.rounds; round += 1) {
      // Rotate the order each round so that no server always runs first (cold machine) or last.
      for (const setup of rotate(setups, round)) {
        options.log(`${workload.name} · round ${round + 1}/${options.rounds} · ${setup.label}`);
        try {
          table.add(setup.label, await workload.measure(setup, context));
        } catch (error) {
          options.log(`  ${setup.label} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          table.add(setup.label, {});
        }
      }
    }
    onTable(table);
    tables.push(table);
  }
  return tables;
}

function rotate(setups: readonly ServerSetup[], by: number): ServerSetup[] {
  const shift = by % setups.length;
  return [...setups.slice(shift), ...setups.slice(0, shift)];
}
