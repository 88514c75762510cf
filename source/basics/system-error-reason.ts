// Why a file or stream operation failed, as one reads it in a line: Node's
// `ENOSPC: no space left on device, write` becomes `no space left on device (ENOSPC)`.

export function systemErrorReason(error: unknown): string {
	const {code, syscall, message} = error as Partial<NodeJS.ErrnoException>;
	const text = String(message ?? error);
	const words = code ? text.replace(new RegExp(`^(${code}: )?(.*?)(, ${syscall ?? '[a-z]+'}.*)?$`), '$2') : text;
	return code ? `${words} (${code})` : words;
}
