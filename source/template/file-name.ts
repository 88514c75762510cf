// The file the wizard writes a template to: `<stage name>.template.yaml` in the working directory.
// The name comes from the user, so only letters, digits, `-` and `_` are kept (a valid stage name
// has nothing else, but the file name does not rely on that): no path separator, no leading dot,
// nothing a shell or another system reads specially. A taken name gets -2, -3 … before the suffix.
export const templateFormats = ['yaml', 'json'] as const;
export type TemplateFormat = (typeof templateFormats)[number];

/** Well under every file system's 255-byte limit, with the suffix and a counter. */
const maxBaseLength = 100;

export function templateFileName(stageName: string | undefined, format: TemplateFormat, attempt = 0): string {
	const base = (stageName ?? '').replaceAll(/[^\w-]/g, '-').replace(/^-+/, '').slice(0, maxBaseLength) || 'ivs-stage';
	const counter = attempt > 0 ? `-${attempt + 1}` : '';
	return `${base}${counter}.template.${format}`;
}
