import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../api/src/nodeFlags.js';

export interface ChildServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts one of ./servers/* in its own Node process (NODE_ENV=production), so that the server under test and
 * the load generator in this process each have a core, and waits for the address it reports.
 */
export async function startChildServer(
  entry: 'api' | 'reference' | 'jsonServer',
  env: Record<string, string>,
): Promise<ChildServer> {
  const file = fileURLToPath(new URL(`./servers/${entry}.ts`, import.meta.url));
  // BENCH_PROFILE_DIR: each server writes a CPU profile there when it stops, to see where its time goes.
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  // Our server runs with the flags npm start gives it; the references and the peer with Node's defaults.
  const flags = entry === 'api' ? SERVER_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...profile, ...flags, '--import', 'tsx', file], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const ready = once(child, 'message').then(([message]) => (message as { url: string }).url);
  const url = await Promise.race([
    ready,
    exited.then(([code]) => Promise.reject(new Error(`${entry} server exited with ${code} before listening`))),
  ]);
  // Writing a CPU profile at exit takes a while.
  return { url, stop: () => stopChild(child, exited, profile.length > 0 ? 120_000 : 10_000) };
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
