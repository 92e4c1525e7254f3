/** The state layer's default home: files in the state folder, for one instance on one host. */
import { FileAlertLedger } from '../alerts/fileLedger.ts';
import { FileLedger } from '../digest/fileLedger.ts';
import { readPreviousDigest, storyStateFile } from '../digest/state.ts';
import { openFeedState } from '../feeds/fileState.ts';
import { FileSubscriptionStore } from '../subscriptions/fileStore.ts';
import type { OpenStateOptions, StateLayer } from './layer.ts';
import { leadAlone } from './leadership.ts';
import path from 'node:path';

export function openFolderState(options: OpenStateOptions): StateLayer {
  const { log } = options;
  const subscriptions = new FileSubscriptionStore({ file: options.subscriptionsFile, log });
  return {
    kind: 'folder',
    location: path.dirname(options.digestStateFile),
    // One file per story: the configured file for the first, one beside it for each other story.
    digestLedger: ({ owner, keepMs, story }) =>
      new FileLedger({
        file: storyStateFile(options.digestStateFile, story.keyword, story.first),
        owner,
        log,
        keepMs,
      }),
    previousDigest: (story) =>
      readPreviousDigest(storyStateFile(options.digestStateFile, story.keyword, story.first), log),
    subscriptions: () => subscriptions,
    alertLedger: ({ keepMs }) => new FileAlertLedger({ file: options.alertStateFile, log, keepMs }),
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
