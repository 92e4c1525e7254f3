/**
 * The load generator of bench/slackLoad.ts as its own process (as Slack is): reads its options as JSON from
 * argv[2], prints the result as one JSON line. A client in the server's own process would share its event
 * loop and measure itself.
 */
import { runSlackLoad, type SlackLoadOptions } from './slackLoad.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as SlackLoadOptions;
const result = await runSlackLoad(options);
process.stdout.write(`${JSON.stringify(result)}\n`);
