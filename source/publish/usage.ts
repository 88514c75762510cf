// `ivs-stage-wizard publish --help`. The create-stage options are the default command's (its --help
// lists them from the parser's own table); this says what publish adds and which form does what.
import {fitHelp} from '../basics/fit-help.js';

export const publishUsage = fitHelp(`Usage: ivs-stage-wizard publish (--token TOKEN | --stage-arn ARN [--user-id ID] | create-stage options | --preset NAME) [options]

Publishes a test stream into a stage over WHIP (H.264 and Opus over WebRTC), as a publisher with
that token would: the quickest way to see whether a stage takes video, and if not, why.

Where it publishes (one of):
  --token TOKEN        a participant token with PUBLISH; the stage and the WHIP URL come from it
  --stage-arn ARN      make a PUBLISH token for this stage first (CreateParticipantToken);
                       its name will do when exactly one stage of the region has it
  --user-id ID         with --stage-arn: the token's user ID (default publish-test)
  create-stage options, --preset NAME
                       create the stage first (--name, --participant-token-configurations, ...,
                       never twice when an answer is lost), name its ARN on stderr, then publish
                       as its first participant with PUBLISH; the stage is kept afterwards

Options:
  --source SOURCE      test-pattern (default: a looping 640x360 clip with a counter and a tone),
                       an Annex B .h264 FILE (looped), or - for Annex B H.264 on stdin
  --duration SECONDS   stop after this long (default: until Ctrl+C); both DELETE the WHIP session
  --cli-connect-timeout SECONDS
                       how long the WebRTC connection may take to come up (default 60; 0 waits)
  --region REGION, --profile NAME, --endpoint-url URL, ...
                       where the stage is made or the token is made (as the AWS CLI takes them)
  -h, --help           this text
`);
