// The PostgreSQL store's table and targets (`npm run bench -- pg`).
import { PG_SCENARIO, type PgResult } from './pg.js';
import { num, ratio, table, type Verdict } from './support/format.js';

export function pgReport(result: PgResult): { text: string; verdicts: Verdict[] } {
  const s = (name: string) => result.scenarios[name];
  const rate = (name: string) => s(name)?.reqPerSec ?? Number.NaN;
  const rows = Object.values(result.scenarios).map((r) => [
    r.name,
    num(r.reqPerSec),
    Number.isNaN(r.p50) ? '' : num(r.p50),
    Number.isNaN(r.p99) ? '' : num(r.p99),
    r.unexpected ? String(r.unexpected) : '',
  ]);
  const putRatio = rate(PG_SCENARIO.put) / rate(PG_SCENARIO.ceilingWrite);
  const getRatio = rate(PG_SCENARIO.get) / rate(PG_SCENARIO.ceilingRead);
  const listP99 = s(PG_SCENARIO.list)?.p99 ?? Number.NaN;
  const text = [
    `### PostgreSQL store (autocannon, ${result.connections} connections, ${result.seconds} s × ${result.runs} runs, medians)`,
    'Each server in its own process, a pool of 10 connections; the ceilings are a bare `pg` client with the same pool ' +
      'doing the same row work (a 100 KB `bytea`) in this process. Two servers on two cores show correctness and ' +
      'overhead, not scale.',
    table(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'unexpected'], rows),
    table(
      ['ratio', 'value'],
      [
        ['PUT on PostgreSQL ÷ bare conditional UPDATE', ratio(putRatio)],
        ['GET on PostgreSQL ÷ bare SELECT', ratio(getRatio)],
        ['PUT on PostgreSQL ÷ PUT on files', ratio(rate(PG_SCENARIO.put) / rate(PG_SCENARIO.filePut))],
        ['two servers ÷ one, PUT', ratio(rate(PG_SCENARIO.twoServers) / rate(PG_SCENARIO.put))],
        ['50 PUTs holding one ETag over two servers: won', String(result.raceWinners)],
      ],
    ),
  ].join('\n\n');
  const verdicts: Verdict[] = [
    { target: 'PUT on PostgreSQL ≥ 0.7 × bare conditional UPDATE', measured: ratio(putRatio), met: putRatio >= 0.7 },
    { target: 'GET on PostgreSQL ≥ 0.7 × bare SELECT of the row', measured: ratio(getRatio), met: getRatio >= 0.7 },
    { target: 'list of 10,000 projects on PostgreSQL: p99 ≤ 20 ms', measured: `${num(listP99)} ms`, met: listP99 <= 20 },
    {
      target: 'two servers, 50 PUTs holding one ETag: exactly 1 wins',
      measured: String(result.raceWinners),
      met: result.raceWinners === 1,
    },
  ];
  return { text, verdicts };
}
