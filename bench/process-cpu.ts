import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time of a process, from /proc (Linux); NaN when it cannot be read. */
export function processCpuMicros(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks / TICKS_PER_SECOND) * 1_000_000;
  } catch {
    return Number.NaN;
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The CPU time PostgreSQL's backends spend on one database: the backends serving it, from
 * pg_stat_activity, and their CPU from /proc. Only for a server on this machine (a loopback URL);
 * elsewhere its processes are not in this /proc.
 */
export class DatabaseCpu {
  private constructor(
    private readonly admin: pg.Client,
    private readonly databaseName: string,
  ) {}

  /** Watches `databaseUrl`'s backends, asking through `serverUrl`; undefined when the server is not on this machine. */
  static async open(serverUrl: string, databaseUrl: string): Promise<DatabaseCpu | undefined> {
    if (!LOOPBACK_HOSTS.has(new URL(serverUrl).hostname)) return undefined;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    return new DatabaseCpu(admin, decodeURIComponent(new URL(databaseUrl).pathname.slice(1)));
  }

  /** CPU so far (µs) of each backend now connected to the database, by pid. */
  async sample(): Promise<Map<number, number>> {
    const { rows } = await this.admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`, [this.databaseName]);
    return new Map(rows.map(({ pid }) => [pid, processCpuMicros(pid)] as const).filter(([, micros]) => Number.isFinite(micros)));
  }

  close(): Promise<void> {
    return this.admin.end();
  }
}

/**
 * CPU used between two samples: a backend that connected in between counts from zero (a pooled
 * connection opened mid-run has done little else); one that closed in between is not counted.
 */
export function cpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let micros = 0;
  for (const [pid, now] of after) micros += now - (before.get(pid) ?? 0);
  return micros;
}
