// `stages --help` and `watch --help`.
import {fitHelp} from '../basics/fit-help.js';

export const stagesUsage = fitHelp(`Usage: ivs-stage-wizard stages [options]

The region's stages: name, ARN, active session, participants connected now, tags.

In a terminal, a screen: type to filter; Enter opens a stage's live table; a adds a
participant token to it; d deletes it (after asking); c copies its ARN; q quits.
The tokens added are printed when it ends (q or Ctrl+C), as j prints a stage.
With --plain (or TERM=dumb), the same as a menu of questions.

Without a terminal, or with --output, prints {"stages": [{"arn", "name",
"activeSessionId", "participantsConnected", "tags"}]}; every page of ListStages is
read, spaced inside the service's rate.

Options:
  --region, --profile, --endpoint-url, --no-verify-ssl, --ca-bundle,
  --cli-read-timeout, --cli-connect-timeout, --no-sign-request
                       where the calls go, as for create-stage
  --output FORMAT      json (default without a terminal), table, text or yaml
  --query EXPRESSION   a JMESPath expression over {"stages": [...]}
  --color on|off|auto  colour in the table and the screen
  --plain              line mode instead of the full screen
  --sandbox            the local emulator, in this process (it starts empty)
  --debug              log each request and answer to stderr (tokens redacted)
  -h, --help           this text
`);

export const watchUsage = fitHelp(`Usage: ivs-stage-wizard watch ARN|NAME [options]

The live table of an existing stage: who has joined, their states, the session.
A NAME is looked up through ListStages (no stage of that name: exit 254; more
than one: exit 252, give the ARN). Tokens this tool does not hold are not shown:
a participant appears by its user ID and state.

Keys: ↑/↓ select, Enter details, a add a participant token, c copy the selected
token, x export tokens (0600), ? keys, q quit. The tokens added are printed when
it ends (q or Ctrl+C), as j prints the stage. Needs a terminal.

Options:
  --region, --profile, --endpoint-url, --no-verify-ssl, --ca-bundle,
  --cli-read-timeout, --cli-connect-timeout, --no-sign-request
                       where the calls go, as for create-stage
  --color on|off|auto  colour
  --reveal-tokens      show the tokens added here unmasked
  --debug              log each request and answer to stderr (tokens redacted)
  -h, --help           this text
`);
