// Run as a child process by live-table-color.test.tsx: chalk settles its colour level when it is
// first loaded, from the environment, so each colour setting needs a fresh process. Renders the
// table with a token 9 minutes from expiry and one expired, prints the first frame as JSON, exits.
import {renderInk} from '../../../helpers/render-ink.js';
import {createIvsClient} from '../../../../source/ivs/client.js';
import {defaultClientSettings} from '../../../../source/ivs/client-settings.js';
import {ivsApiOver} from '../../../../source/ivs/sdk-ivs-api.js';
import {LiveTable} from '../../../../source/ui/live-table/live-table.js';
import {waitForFrame} from './frames.js';

const now = Date.UTC(2025, 0, 1, 12, 0, 0);
const client = createIvsClient({
	...defaultClientSettings,
	region: 'us-west-2',
	// Nothing listens on port 9 (discard): polling fails at once, which the frame also shows.
	endpointUrl: 'http://127.0.0.1:9',
	credentials: {accessKeyId: 'test', secretAccessKey: 'test'},
	maxAttempts: 1,
});
const response = {
	stage: {arn: 'arn:aws:ivs:us-west-2:123456789012:stage/AbCdEfGhIjKl', name: 'colour', endpoints: {}},
	participantTokens: [
		{participantId: 'pA', userId: 'soon', capabilities: ['PUBLISH' as const], expirationTime: new Date(now + 9 * 60_000), token: 't'},
		{participantId: 'pB', userId: 'gone', capabilities: ['SUBSCRIBE' as const], expirationTime: new Date(now - 1000), token: 't'},
		{participantId: 'pC', userId: 'fine', capabilities: ['SUBSCRIBE' as const], expirationTime: new Date(now + 60 * 60_000), token: 't'},
	],
};
const color = process.argv[2] === 'off' ? false : undefined;
const view = renderInk(<LiveTable response={response} region="us-west-2" api={ivsApiOver(client)} now={() => now} color={color} onExit={() => {}} />);
const frame = await waitForFrame(view, 'Polling failed');
view.unmount();
client.destroy();
process.stdout.write(JSON.stringify(frame));
