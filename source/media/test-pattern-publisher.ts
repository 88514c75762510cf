// The shipped test pattern, its picture and its tone, published as one participant: what the live
// table's `p` and `run --publish` start. Both import this module only when they publish, so
// werift (a chunk of its own) loads then and never before.
import {startPublishing, type Publisher} from './publisher.js';
import {openVideoSource, testPatternAudio} from './video-source.js';

export async function publishTestPattern(whipUrl: string, token: string): Promise<Publisher> {
	return startPublishing({whipUrl, token, video: openVideoSource('test-pattern'), audio: testPatternAudio()});
}
