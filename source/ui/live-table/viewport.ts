// Which rows fit: with more tokens than lines, a window that keeps the selected row in view.
export type Viewport = {start: number; end: number};

export function viewport(total: number, selected: number, visible: number): Viewport {
	const size = Math.max(1, visible);
	if (total <= size) {
		return {start: 0, end: total};
	}

	// Centre the selection where possible, so the rows around it are visible in both directions.
	const start = Math.min(Math.max(0, selected - Math.floor(size / 2)), total - size);
	return {start, end: start + size};
}
