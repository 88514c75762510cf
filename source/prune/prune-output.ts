// The result, `{"deleted": [...], "kept": [...], "failed": [...]}`, printed as the tool's own
// listings are (output/listing-output.ts): --output json|yaml|table|text and --query on the whole
// object, in the data's own order.
import {listingOutputFormats, type ListingOutputFormat, type ListingOutputOptions} from '../output/listing-output.js';
import {validateQuery} from '../output/query.js';
import {UsageError} from '../basics/errors.js';

export type PruneOutput = Omit<ListingOutputOptions, 'title'>;
export type PruneOutputFormat = ListingOutputFormat;

/** --output and --query checked while nothing is sent (252). */
export function checkOutputWords(output: string | undefined, query: string | undefined): void {
	if (output !== undefined && !(listingOutputFormats as readonly string[]).includes(output)) {
		// Sorted, as prune has always listed them.
		throw new UsageError(`argument --output: Invalid choice '${output}', valid choices are: ${[...listingOutputFormats].sort().join(', ')}`);
	}

	if (query !== undefined) {
		validateQuery(query);
	}
}
