// Whether the terminal's locale can show the wizard's glyphs (›, ▮, ·, …). The C library's rule:
// the first of LC_ALL, LC_CTYPE and LANG that is set and not empty names the character set. A
// locale that names no UTF-8 (LANG=C, POSIX, en_US.ISO-8859-1) gets ASCII glyphs in both front ends.
// With none set at all we keep Unicode: that is a bare container or CI shell far more often than a
// terminal that cannot show it, and it is what the wizard has always drawn there.

export function unicodeLocale(env: NodeJS.ProcessEnv): boolean {
	const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find(value => value !== undefined && value !== '');
	return locale === undefined || /utf-?8/i.test(locale);
}
