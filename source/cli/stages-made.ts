// What this process has made so far, for a second Ctrl+C: that one exits at once, without the
// output the first one was waiting to print, so the stages it leaves are named on stderr instead
// (their ARNs), and a CreateStage still out is named by its stage's name: it may have made one.
import {safeText} from '../output/safe-text.js';
import type {CreateStageResponse} from '../stage/request.js';

export class StagesMade {
	readonly arns: string[] = [];
	/** The stage whose CreateStage is out: its name, and n in a batch. */
	private inFlight: {name: string | undefined; n?: number} | undefined;

	sending(name: string | undefined, n?: number): void {
		this.inFlight = {name, ...(n === undefined ? {} : {n})};
	}

	made(response: CreateStageResponse): void {
		this.inFlight = undefined;
		if (response.stage?.arn) {
			this.arns.push(response.stage.arn);
		}
	}

	/** The request out has ended without a stage (a refusal). */
	settled(): void {
		this.inFlight = undefined;
	}

	/** The lines a second Ctrl+C leaves on stderr; none when nothing was made or sent. */
	lines(): string[] {
		const lines = this.arns.length === 0 ? [] : [`Interrupted: ${this.arns.length === 1 ? 'this stage exists' : `these ${this.arns.length} stages exist`}: ${this.arns.map(arn => safeText(arn)).join(' ')}`];
		if (this.inFlight) {
			const which = `${this.inFlight.n === undefined ? 'the stage' : `stage ${this.inFlight.n}`}${this.inFlight.name ? ` ${safeText(JSON.stringify(this.inFlight.name))}` : ''}`;
			lines.push(`Interrupted while ${which} was being created: it may exist too (aws ivs-realtime list-stages lists it)`);
		}

		return lines;
	}
}
