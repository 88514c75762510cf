// The process's streams and environment, passed in so tests can run main() in-process.
export type CliIo = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
};

export function processIo(): CliIo {
	return {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env};
}

export {writeAll} from '../write-all.js';
