/** Captures with tcpdump on many interfaces at once and reads the packets back, decoded. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceId } from '../../src/sim/model/types';
import {
  inNs,
  run,
  sleep,
  startBackground,
  stopBackground,
  waitFor,
  type Background,
} from './exec';
import { parseCapture, type CapturedPacket } from './tcpdumpParse';
import { parseArpHex, withArpBodies } from './arpBodies';

/** An interface to capture on. */
export interface CapturePoint {
  /** The simulated device it stands for. */
  readonly device: DeviceId;
  /** Kernel namespace name. */
  readonly ns: string;
  /** Interface name. */
  readonly ifname: string;
  /** Decode UDP as VXLAN when reading back (node uplinks). */
  readonly vxlan: boolean;
}

/**
 * No capture filter: every frame on every interface is kept, so that the comparison accounts for
 * each one (tests/conformance/accounting.ts) and names what it leaves out, instead of tcpdump
 * dropping frames unseen.
 */
export const CAPTURE_FILTER: readonly string[] = [];

/** The prefix of this process's capture folders in the temporary directory: "pnl-cap-<pid>-". */
export const CAPTURE_DIR_PREFIX = `pnl-cap-${process.pid}-`;

const openDirs = new Set<string>();

/** Removes the capture folders of sessions that never stopped (for exit and signal handlers). */
export function removeCaptureDirs(): void {
  for (const d of openDirs) rmSync(d, { recursive: true, force: true });
  openDirs.clear();
}

interface Running {
  readonly point: CapturePoint;
  readonly file: string;
  readonly proc: Background;
}

/** A set of running captures; stop() returns the packets seen on each device. */
export interface CaptureSession {
  /** Stops every capture and returns the decoded packets per device. */
  stop(): Promise<Map<DeviceId, CapturedPacket[]>>;
}

/** Starts tcpdump on every point and resolves once all of them are listening. */
export async function startCaptures(points: readonly CapturePoint[]): Promise<CaptureSession> {
  const dir = mkdtempSync(join(tmpdir(), CAPTURE_DIR_PREFIX));
  openDirs.add(dir);
  const running: Running[] = points.map((point, i) => {
    const file = join(dir, `${i}.pcap`);
    // -p: no promiscuous mode. A promiscuous cni0 makes the bridge pass every frame it forwards up
    // to its own device too (br_handle_frame_finish: local_rcv), which would show bridged pod-to-pod
    // traffic on cni0 although the kernel never routes it there.
    const argv = [
      'tcpdump',
      '-p',
      '-Z',
      'root',
      '-U',
      '--immediate-mode',
      '-nn',
      '-i',
      point.ifname,
      '-w',
      file,
    ];
    return { point, file, proc: startBackground(inNs(point.ns, [...argv, ...CAPTURE_FILTER])) };
  });
  const ready = await waitFor(
    () => running.every((r) => r.proc.stderr.includes('listening on')),
    8000,
  );
  if (!ready) {
    const bad = running.filter((r) => !r.proc.stderr.includes('listening on'));
    await Promise.all(running.map((r) => stopBackground(r.proc, 'SIGKILL')));
    rmSync(dir, { recursive: true, force: true });
    openDirs.delete(dir);
    const why = bad
      .map((r) => `${r.point.ns}/${r.point.ifname}: ${r.proc.stderr.trim()}`)
      .join('; ');
    throw new Error(`tcpdump did not start: ${why}`);
  }
  return {
    async stop() {
      await sleep(400);
      await Promise.all(running.map((r) => stopBackground(r.proc, 'SIGINT')));
      const out = new Map<DeviceId, CapturedPacket[]>();
      for (const r of running) {
        const opts = r.point.vxlan ? ['-T', 'vxlan'] : [];
        const text = run(['tcpdump', '-e', '-nn', '-v', ...opts, '-r', r.file]).stdout;
        const packets = parseCapture(text);
        // every ARP field (sender and target, MAC and address) from the frame's bytes
        const arp = packets.some((p) => p.ethertype === 'ARP')
          ? parseArpHex(run(['tcpdump', '-nn', '-xx', '-r', r.file, 'arp']).stdout)
          : [];
        out.set(r.point.device, withArpBodies(packets, arp));
      }
      rmSync(dir, { recursive: true, force: true });
      openDirs.delete(dir);
      return out;
    },
  };
}
