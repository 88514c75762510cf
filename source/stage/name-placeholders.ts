// Placeholders in a stage name, kept as typed (in a preset, a template, a `run` request, the
// wizard's name field) and expanded when a stage is created, so one request makes
// `show-2026-11-28`, `show-2026-12-05`, … The expanded name goes through the same validator as any
// typed name; an unknown placeholder is left as it is so that the validator's line shows it.
// {n} numbers the stages of a batch (1…N); outside a batch (no `n` given) it is left as it is.
import os from 'node:os';

export type PlaceholderContext = {now?: Date; user?: string; /** The stage's number in a batch, 1…N. */ n?: number};

export const namePlaceholders = ['date', 'time', 'user', 'n'] as const;

/** Whether a name numbers a batch's stages. */
export function hasCountPlaceholder(name: string | undefined): boolean {
	return typeof name === 'string' && name.includes('{n}');
}

const placeholderRegex = /\{([^{}]*)\}/g;

export function expandNamePlaceholders(name: string, context: PlaceholderContext = {}): string {
	if (!name.includes('{')) {
		return name;
	}

	const now = context.now ?? new Date();
	return name.replaceAll(placeholderRegex, (whole, key: string) => {
		switch (key) {
			case 'date': {
				return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
			}

			case 'time': {
				return `${pad(now.getHours())}${pad(now.getMinutes())}`;
			}

			case 'user': {
				return reduceUserName(context.user ?? currentUserName());
			}

			case 'n': {
				return context.n === undefined ? whole : String(context.n);
			}

			default: {
				return whole;
			}
		}
	});
}

/** `{foo}` in a name, which would otherwise reach the service as a literal and be refused. */
export function unknownPlaceholders(name: string): string[] {
	const known = new Set<string>(namePlaceholders);
	return [...name.matchAll(placeholderRegex)].map(match => match[1] ?? '').filter(key => !known.has(key));
}

/** A copy of the request with its stage name expanded; everything else is left alone. */
export function expandRequestPlaceholders<T extends {name?: string | undefined}>(request: T, context: PlaceholderContext = {}): T {
	return typeof request.name === 'string' && request.name.includes('{')
		? {...request, name: expandNamePlaceholders(request.name, context)}
		: request;
}

/** Stage names allow `[a-zA-Z0-9-_]`; a user name like `jean.dupont` or `CORP\bob` is cut down to that. */
export function reduceUserName(user: string): string {
	const reduced = user.replaceAll(/[^\w-]/g, '');
	return reduced === '' ? 'user' : reduced;
}

function currentUserName(): string {
	try {
		return os.userInfo().username;
	} catch {
		// No passwd entry (some containers): the environment is the next best source.
		return process.env.USER ?? process.env.LOGNAME ?? process.env.USERNAME ?? 'user';
	}
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}
