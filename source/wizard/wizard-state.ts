// The wizard's state and its reducer: pure, no Ink, no I/O. The Ink app and line mode both drive
// it with these named actions; every answer lands in `request`, the one thing that is sent.
import type {Connection} from '../ivs/client-settings.js';
import type {CreateStageRequest, CreateStageResponse, ParticipantTokenConfiguration} from '../stage/request.js';
import type {CreationProgress} from '../core/create-one-stage.js';
import {duplicateItem, removeEntry, removeItem, saveEntry, saveItem} from './collections.js';
import {applyFieldChange, type FieldChange} from './field-values.js';
import type {StepId} from './fields.js';
import type {NameTemplate} from './name-template.js';
import {getAt, setAt} from './paths.js';
import {participantsField, stepIds, tagsField} from './steps.js';

// Where the client goes: chosen on the start screen, over what the command line resolved.
export type {Connection} from '../ivs/client-settings.js';

export type Origin = {kind: 'new'} | {kind: 'preset'; name: string} | {kind: 'draft'};

export type Route = 'start' | StepId | 'review';

export const routes: Route[] = ['start', ...stepIds, 'review'];

/** Where a screen is among all of them (the start and the review count), the same in both modes: 2 of 6. */
export function routePosition(route: Route): {number: number; total: number} {
	return {number: routes.indexOf(route) + 1, total: routes.length};
}

export type Creation =
	| {status: 'idle'}
	/**
	 * `attempt`: the HTTP attempt out (0 before the first); `checking`: why the last one may have made
	 * the stage, while the flow looks for it; `adopting`: the ARN of the stage it found.
	 */
	| {status: 'creating'; attempt: number; checking?: string; adopting?: string}
	| {status: 'failed'; code: string; message: string}
	/** `adoption`: the line that says the stage was adopted after its answer was lost. */
	| {status: 'created'; response: CreateStageResponse; adoption?: string}
	/** A batch (count above 1), under way or done: what it made so far, in the order of n. */
	| BatchCreation;

export type BatchCreation = {
	status: 'batch';
	total: number;
	/** Epoch milliseconds the first request went out (for the rate and the time left). */
	startedAt: number;
	results: CreateStageResponse[];
	/** Set once the batch has ended: all made, stopped by a failure, or stopped by Ctrl+C. */
	ended?: {failure?: {n: number; code: string; message: string}; interrupted?: boolean};
	/** Ctrl+C was pressed: the stage in flight is finished, no other is started. */
	stopping?: boolean;
};

export type WizardState = {
	route: Route;
	request: CreateStageRequest;
	connection: Connection;
	/** How the user began; undefined while still on the start screen the first time. */
	origin?: Origin;
	/** Set while the request's name was expanded from a preset's template (see name-template.ts). */
	nameTemplate?: NameTemplate;
	creation: Creation;
	/** How many stages to create from the request: 1, or a batch (2–100) with {n} in the name. */
	count: number;
	/**
	 * Set after a try whose outcome was not known (the stage may exist): the stages there were
	 * before it, so the next try adopts what that one made instead of making it again.
	 */
	stagesBefore?: string[];
};

export type WizardAction =
	| {type: 'started'; request: CreateStageRequest; origin: Origin; route?: Route; connection?: Connection; nameTemplate?: NameTemplate; count?: number}
	| {type: 'countChanged'; count: number}
	| {type: 'batchStarted'; total: number; startedAt: number}
	| {type: 'batchStageCreated'; response: CreateStageResponse}
	| {type: 'batchStopRequested'}
	| {type: 'batchEnded'; failure?: {n: number; code: string; message: string} | undefined; interrupted?: boolean | undefined}
	| {type: 'routeChanged'; route: Route}
	| {type: 'nextStep'}
	| {type: 'previousStep'}
	| FieldChange
	| {type: 'tagSaved'; previousKey?: string; key: string; value: string}
	| {type: 'tagRemoved'; key: string}
	| {type: 'participantSaved'; index?: number; participant: ParticipantTokenConfiguration}
	| {type: 'participantDuplicated'; index: number}
	| {type: 'participantRemoved'; index: number}
	| {type: 'connectionChanged'; connection: Connection}
	| {type: 'creationStarted'}
	| {type: 'creationProgressed'; progress: CreationProgress}
	| {type: 'creationFailed'; code: string; message: string; stagesBefore?: string[] | undefined}
	| {type: 'creationSucceeded'; response: CreateStageResponse; adoption?: string | undefined}
	| {type: 'creationErrorDismissed'};

export function initialWizardState(request: CreateStageRequest, connection: Connection = {}, nameTemplate?: NameTemplate, count = 1): WizardState {
	return {route: 'start', request, connection, ...(nameTemplate ? {nameTemplate} : {}), creation: {status: 'idle'}, count};
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
	switch (action.type) {
		case 'started': {
			// A new stage goes on from what the command line gave, template and all; a draft or
			// another preset brings its own request, and so its own template or none.
			const {nameTemplate: _previous, ...rest} = state;
			const nameTemplate = action.nameTemplate ?? (action.origin.kind === 'new' ? state.nameTemplate : undefined);
			return {
				...rest,
				...(nameTemplate ? {nameTemplate} : {}),
				request: action.request,
				origin: action.origin,
				route: action.route ?? 'name',
				connection: {...state.connection, ...action.connection},
				creation: {status: 'idle'},
				// A preset brings its count; otherwise the command line's (--count) stands.
				count: action.count ?? state.count,
			};
		}

		case 'countChanged': {
			return action.count === state.count ? state : {...state, count: action.count};
		}

		case 'batchStarted': {
			return {...state, creation: {status: 'batch', total: action.total, startedAt: action.startedAt, results: []}};
		}

		case 'batchStageCreated': {
			return state.creation.status === 'batch' ? {...state, creation: {...state.creation, results: [...state.creation.results, action.response]}} : state;
		}

		case 'batchStopRequested': {
			return state.creation.status === 'batch' && !state.creation.ended ? {...state, creation: {...state.creation, stopping: true}} : state;
		}

		case 'batchEnded': {
			if (state.creation.status !== 'batch') {
				return state;
			}

			const ended = {...(action.failure ? {failure: action.failure} : {}), ...(action.interrupted ? {interrupted: true} : {})};
			// Nothing made: back to review with every answer kept, the failure shown there.
			if (state.creation.results.length === 0 && action.failure) {
				return {...state, route: 'review', creation: {status: 'failed', code: action.failure.code, message: action.failure.message}};
			}

			return {...state, creation: {...state.creation, ended}};
		}

		case 'routeChanged': {
			return {...state, route: action.route};
		}

		case 'nextStep': {
			return {...state, route: routes[Math.min(routes.indexOf(state.route) + 1, routes.length - 1)] ?? state.route};
		}

		case 'previousStep': {
			return {...state, route: routes[Math.max(routes.indexOf(state.route) - 1, 0)] ?? state.route};
		}

		case 'textChanged':
		case 'numberChanged':
		case 'toggleChanged':
		case 'choiceChanged':
		case 'listChanged': {
			return withRequest(state, applyFieldChange(state.request, action));
		}

		case 'tagSaved': {
			const tags = saveEntry(getAt(state.request, tagsField.path), action.previousKey, action.key, action.value);
			return withRequest(state, setAt(state.request, tagsField.path, tags));
		}

		case 'tagRemoved': {
			return withRequest(state, setAt(state.request, tagsField.path, removeEntry(getAt(state.request, tagsField.path), action.key)));
		}

		case 'participantSaved': {
			const list = saveItem(getAt(state.request, participantsField.path), action.index, action.participant);
			return withRequest(state, setAt(state.request, participantsField.path, list));
		}

		case 'participantDuplicated': {
			return withRequest(state, setAt(state.request, participantsField.path, duplicateItem(getAt(state.request, participantsField.path), action.index)));
		}

		case 'participantRemoved': {
			return withRequest(state, setAt(state.request, participantsField.path, removeItem(getAt(state.request, participantsField.path), action.index)));
		}

		case 'connectionChanged': {
			return {...state, connection: {...state.connection, ...action.connection}};
		}

		case 'creationStarted': {
			return {...state, creation: {status: 'creating', attempt: 0}};
		}

		case 'creationProgressed': {
			return state.creation.status === 'creating' ? {...state, creation: creatingAfter(state.creation, action.progress)} : state;
		}

		case 'creationFailed': {
			// Back to review with the request untouched: nothing typed is lost to a service error.
			const {stagesBefore: _earlier, ...rest} = state;
			return {
				...rest,
				...(action.stagesBefore ? {stagesBefore: action.stagesBefore} : {}),
				route: 'review',
				creation: {status: 'failed', code: action.code, message: action.message},
			};
		}

		case 'creationSucceeded': {
			const {stagesBefore: _served, ...rest} = state;
			return {...rest, creation: {status: 'created', response: action.response, ...(action.adoption ? {adoption: action.adoption} : {})}};
		}

		case 'creationErrorDismissed': {
			return state.creation.status === 'failed' ? {...state, creation: {status: 'idle'}} : state;
		}
	}
}

type Creating = Extract<Creation, {status: 'creating'}>;

function creatingAfter(creating: Creating, progress: CreationProgress): Creating {
	switch (progress.type) {
		case 'attempt': {
			return {status: 'creating', attempt: progress.attempt};
		}

		case 'checking': {
			return {status: 'creating', attempt: creating.attempt, checking: progress.reason};
		}

		case 'adopting': {
			return {status: 'creating', attempt: creating.attempt, adopting: progress.arn};
		}

		case 'listing':
		case 'listingFailed': {
			return creating;
		}
	}
}

function withRequest(state: WizardState, request: CreateStageRequest): WizardState {
	return request === state.request ? state : {...state, request};
}
