// Mounts the wizard's app (behind the input layer, as the CLI does) with a preset store in a temp folder and fake
// services, and records how it ends.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {StageSummary} from '@aws-sdk/client-ivs-realtime';
import type {StorageConfigurationChoice} from '../../source/ivs/ivs-api.js';
import type {Services} from '../../source/ivs/services.js';
import {openPresetStore, type PresetStore} from '../../source/presets/store.js';
import type {CreateStageRequest, CreateStageResponse} from '../../source/stage/request.js';
import {App, type AppProps} from '../../source/ui/app.js';
import type {WizardOutcome} from '../../source/wizard/outcome.js';
import type {Connection} from '../../source/wizard/wizard-state.js';
import {renderInk} from '../helpers/render-ink.js';
import {settle, waitForFrame} from '../helpers/wait-for.js';

export type FakeServices = Services & {
	created: Array<{request: CreateStageRequest; connection: Connection}>;
	copied: string[];
	/**
	 * What the next createStage does: answer, or fail with this error; before that, `unreachedFirst`
	 * calls fail as a refused connection does (nothing sent: the flow retries at once).
	 */
	next: {fail?: Error & {$fault?: string; $metadata?: {httpStatusCode?: number}}; unreachedFirst?: number; hold?: Promise<void>};
	storage: StorageConfigurationChoice[];
	/** The stages answered so far, as ListStages lists them. */
	stages: StageSummary[];
	/** Connections opened and not closed yet: every one the wizard opens, it closes. */
	open: number;
};

export function responseFor(request: CreateStageRequest): CreateStageResponse {
	return {
		stage: {arn: 'arn:aws:ivs:us-east-1:123456789012:stage/AbCdEf123456', name: request.name ?? '', tags: request.tags ?? {}},
		participantTokens: (request.participantTokenConfigurations ?? []).map((config, index) => ({
			participantId: `p${index}`,
			token: `token-${index}`,
			...(config.userId ? {userId: config.userId} : {}),
		})),
	};
}

export function serviceError(name: string, message: string, status = 400): Error & {$fault: string; $metadata: {httpStatusCode: number}} {
	return Object.assign(new Error(message), {name, $fault: status >= 500 ? 'server' : 'client', $metadata: {httpStatusCode: status}});
}

/** The services port with answers of the test's own: no SDK, no HTTP (the live table is not reached). */
export function fakeServices(): FakeServices {
	const unused = async () => {
		throw new Error('not called in component tests');
	};

	const services: FakeServices = {
		created: [],
		copied: [],
		next: {},
		storage: [],
		stages: [],
		open: 0,
		connect(connection) {
			services.open++;
			return {
				async createStage(request, options) {
					services.created.push({request, connection});
					options?.onAttempt?.({attempt: 1, method: 'POST', path: '/CreateStage'});
					if (services.next.unreachedFirst) {
						services.next.unreachedFirst--;
						throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {code: 'ECONNREFUSED'});
					}

					const {fail, hold} = services.next;
					services.next = {};
					await hold;
					if (fail) {
						throw fail;
					}

					const response = responseFor(request);
					services.stages.push({arn: response.stage!.arn, name: response.stage!.name, tags: response.stage!.tags});
					return response;
				},
				async listStages() {
					return {stages: [...services.stages]};
				},
				async listStorageConfigurations() {
					return services.storage;
				},
				async maxAttempts() {
					return 3;
				},
				getStage: unused,
				createStorageConfiguration: unused,
				deleteStage: unused,
				listParticipants: unused,
				createParticipantToken: unused,
				listStageSessions: unused,
				getParticipant: unused,
				listParticipantEvents: unused,
				importPublicKey: unused,
				getPublicKey: unused,
				listPublicKeys: unused,
				deletePublicKey: unused,
				call: unused,
				region: unused,
				close() {
					services.open--;
				},
			};
		},
		async copy(text) {
			services.copied.push(text);
		},
	};
	return services;
}

export type Mounted = {
	instance: ReturnType<typeof renderInk>;
	store: PresetStore;
	services: FakeServices;
	outcomes: WizardOutcome[];
	cleanup: () => void;
};

export function tempStore(now?: () => Date): {store: PresetStore; dir: string} {
	const dir = mkdtempSync(path.join(tmpdir(), 'ivs-wizard-ui-'));
	return {store: openPresetStore({configDir: dir, ...(now ? {now} : {})}), dir};
}

export function mountApp(props: Partial<AppProps> & {store?: PresetStore} = {}): Mounted {
	const {store, dir} = props.store ? {store: props.store, dir: undefined} : tempStore();
	const services = (props.services as FakeServices | undefined) ?? fakeServices();
	const outcomes: WizardOutcome[] = [];
	const instance = renderInk(
		<App
			request={{}}
			connection={{region: 'us-east-1'}}
			store={store}
			services={services}
			color={false}
			explicitOutput
			revealTokens={false}
			loadAwsConfig={async () => ({profiles: ['default', 'work'], regionOf: {default: 'us-east-1', work: 'eu-west-1'}})}
			onExit={outcome => outcomes.push(outcome)}
			{...props}
		/>,
	);
	return {
		instance,
		store,
		services,
		outcomes,
		cleanup() {
			instance.unmount();
			if (dir) {
				rmSync(dir, {recursive: true, force: true});
			}
		},
	};
}

/** Waits for the text, then lets the effects of that frame subscribe their key handlers. */
export async function ready(instance: {lastFrame: () => string | undefined}, text: string | RegExp): Promise<string> {
	const frame = await waitForFrame(instance, text);
	await settle();
	return frame;
}
