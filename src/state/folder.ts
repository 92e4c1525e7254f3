/** The state layer's default home: files in the state folder, for one instance on one host. */
import { FileLedger } from '../digest/fileLedger.ts';
import { readPreviousDigest } from '../digest/state.ts';
import { openFeedState } from '../feeds/fileState.ts';
import type { OpenStateOptions, StateLayer } from './layer.ts';
import { leadAlone } from './leadership.ts';
import path from 'node:path';

export function openFolderState(options: OpenStateOptions): StateLayer {
  const { log } = options;
  return {
    kind: 'folder',
    location: path.dirname(options.digestStateFile),
    digestLedger: ({ owner, keepMs }) =>
      new FileLedger({ file: options.digestStateFile, owner, log, keepMs }),
    previousDigest: () => readPreviousDigest(options.digestStateFile, log),
    feedState: async () => ({ state: await openFeedState(options.feedStateFile, log) }),
    // Bolt's own file store (one JSON file per workspace); no history copies, so the folder does not grow.
    // Imported on demand: the console need not load Bolt.
    installations: async () => {
      const { FileInstallationStore } = await import('@slack/bolt');
      return new FileInstallationStore({ baseDir: options.installationsDir, historicalDataEnabled: false });
    },
    lead: leadAlone,
    health: async () => ({ kind: 'folder', ok: true }),
    close: async () => {},
  };
}
