// The step-definition format. Steps and fields are plain data, so the Ink wizard and line mode
// (@inquirer/prompts) render the very same questions with the same defaults, limits and checks.
//
// Every field names where its value lives in the CreateStage request (`path`, from the top of the
// request, or from the item for fields inside a collection). What a field shows is derived from
// the request (`readField`); what the user picks is written back (`writeField`); problems come
// from the core validator through `problemsAt` on that same path.
import type {Path} from './paths.js';

/** A field shows only when this holds for the request (or for the item, inside a collection). */
export type Condition =
	| {path: Path; present: true}
	| {path: Path; equals: string | number | boolean};

export type QuickPick = {label: string; value: number};

export type Option<T extends string = string> = {value: T; label: string; help?: string};

type FieldBase = {
	/** Unique within its step; also names the field in drafts and tests. */
	id: string;
	label: string;
	/** One or two sentences for a newcomer: what it does, and the service's default. */
	help: string;
	path: Path;
	when?: Condition;
};

/** Free text. `input` in line mode. */
export type TextField = FieldBase & {
	kind: 'text';
	default: string;
	/** The service's maximum, shown as a counter (from the API model). */
	maxLength?: number;
	placeholder?: string;
	/** Shown instead of the raw regular expression when the pattern fails. */
	patternHint?: string;
	/** An empty answer leaves the member out of the request, as the AWS CLI would. */
	emptyMeans: 'omit' | 'empty-string';
	/** The wizard asks for a value even where the service would accept an empty one. */
	required?: {message: string};
	/** Where the UI may offer values to pick from instead of typing. */
	suggestions?: 'storage-configurations';
};

/** A whole number. `number` in line mode. */
export type NumberField = FieldBase & {
	kind: 'number';
	/** What the service uses when the member is left out. */
	default: number;
	min: number;
	max: number;
	unit: 'minutes' | 'seconds';
	quickPicks?: QuickPick[];
};

/** Yes or no. `confirm` in line mode. */
export type ToggleField = FieldBase & {
	kind: 'toggle';
	default: boolean;
	/**
	 * `value`: a boolean member. `presence`: on means the object at `path` exists (created from
	 * `whenOn`), off removes it with everything in it.
	 */
	binding: 'value' | 'presence';
	whenOn?: Record<string, unknown>;
};

/** One of a few values. `select` in line mode. */
export type ChoiceField = FieldBase & {
	kind: 'choice';
	options: Option[];
	default: string;
	/** The model holds the one value as a one-item list (mediaTypes). */
	storedAs: 'value' | 'single-item-list';
};

/** Any of a few values, stored as a list. `checkbox` in line mode; one toggle per option in Ink. */
export type ListField = FieldBase & {
	kind: 'list';
	options: Option[];
	default: string[];
};

/** Key-value pairs, stored as a map (tags, attributes). A loop of key and value in line mode. */
export type MapField = FieldBase & {
	kind: 'map';
	/** The API model's shape, to check an entry with the core validator before it joins the request. */
	shape: string;
	maxEntries?: number;
	maxKeyLength?: number;
	maxValueLength?: number;
	/** Total UTF-8 bytes of keys and values together (participant attributes). */
	maxBytes?: number;
	entryLabel: string;
};

/** A list of structures, each edited with `itemFields` (participant token configurations). */
export type ItemsField = FieldBase & {
	kind: 'items';
	/** The API model's shape of one item, to check it with the core validator while it is edited. */
	shape: string;
	maxItems: number;
	itemLabel: string;
	itemFields: Field[];
	/** What a new item starts as. */
	newItem: Record<string, unknown>;
};

export type Field = TextField | NumberField | ToggleField | ChoiceField | ListField | MapField | ItemsField;
export type FieldKind = Field['kind'];

export type StepId = 'name' | 'tags' | 'participants' | 'recording';

export type Step = {
	id: StepId;
	title: string;
	/** One line under the title. */
	intro: string;
	fields: Field[];
};
