// An AWS CLI drop-in's call (`get-stage`, `list-stages`, …): what `aws ivs-realtime OPERATION` does,
// byte for byte where it matters to scripts. As for create-stage, every setting that can fail and
// the input's every rule are checked first, so a bad one is refused with nothing sent; then the
// operation goes through the one port (IvsApi.call: the SDK's client over real HTTP) and its
// answer is printed as --output and --query ask.
import type {GlobalOptions} from '../args/options.js';
import {exitCodes} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {toCliError} from '../ivs/service-errors.js';
import {loadIvsModules} from '../ivs/services.js';
import {throwOnInputProblems} from './check-request.js';
import {type Connect, connectChecked} from './connect-checked.js';
import type {CliIo} from './io.js';
import {assertQueryFitsAnswer, printResponse} from './print-response.js';

export type OperationCall = {
	operationName: string;
	input: Record<string, unknown>;
	globals: GlobalOptions;
	settings: ClientSettings;
	io: CliIo;
	/** For tests: how the checked settings become an IvsApi (default: the real one). */
	connect?: Connect;
};

export async function callOperationOnce({operationName, input, globals, settings: resolved, io, connect}: OperationCall): Promise<number> {
	// The SDK loads while the settings are checked; nothing is sent before they pass.
	void loadIvsModules();
	throwOnInputProblems(operationName, input);
	const checked = await connectChecked(resolved, globals, io, connect);
	const {settings, ivs} = checked;
	const output = {...checked.output, operationName};
	assertQueryFitsAnswer(output, false);
	let response;
	try {
		response = await ivs.call(operationName, input);
	} catch (error) {
		throw toCliError(error, operationName, settings.endpointUrl);
	} finally {
		ivs.close();
	}

	await printResponse(response, output, io);
	return exitCodes.ok;
}
