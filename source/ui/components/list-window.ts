// Which slice of a long list to draw so the selected line stays in view (50 tags on 24 rows).

export type ListWindow = {start: number; end: number; above: number; below: number};

export function listWindow(count: number, cursor: number, height: number): ListWindow {
	if (count <= height) {
		return {start: 0, end: count, above: 0, below: 0};
	}

	// Two lines go to the "↑ n more" and "↓ n more" markers.
	const size = Math.max(1, height - 2);
	const start = Math.min(Math.max(0, cursor - Math.floor(size / 2)), count - size);
	const end = start + size;
	return {start, end, above: start, below: count - end};
}
