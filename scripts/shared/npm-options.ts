/**
 * Options written without the `--` that hands them to a command (`npm run new post "Title" --language tl`)
 * are taken by npm as its own settings: the command never sees them, and npm only leaves a trace in
 * the environment (npm_config_language=true). A command that carried on would write a post in the
 * wrong language titled "Title tl", or refuse for want of the --force it was given, so it stops and
 * says where the -- goes.
 */

/** The options of Commfolio's commands (new, import, privacy, cv:pdf, check). */
const COMMAND_OPTIONS = [
  'language',
  'force',
  'include-email',
  'case-study',
  'map',
  'mapping',
  'date-order',
  'out',
  'since',
  'until',
  'time-zone',
  'include-replies',
  'include-reposts',
  'thread',
  'letter',
  'originals',
  'format',
];

/** The options npm took for itself, as the user typed them (--language). */
export function optionsTakenByNpm(environment: Record<string, string | undefined>): string[] {
  return COMMAND_OPTIONS.filter((name) => environment[`npm_config_${name.replaceAll('-', '_')}`] !== undefined).map((name) => `--${name}`);
}

/** A command of each script, written with its -- as the documentation writes it. */
const EXAMPLES: Record<string, string> = {
  new: 'npm run new -- post "Ang unang post" --language tl',
  import: 'npm run import -- linkedin export.zip --force',
  privacy: 'npm run privacy -- bake --originals ../commfolio-originals',
  'cv:pdf': 'npm run cv:pdf -- --letter',
  check: 'npm run check -- --format json',
};

/** What to tell the user when npm took `options`, for the npm script `script` (e.g. new). */
export function optionsTakenByNpmMessage(options: readonly string[], script: string): string {
  const them = options.length === 1 ? 'it' : 'them';
  const example = EXAMPLES[script] ? `, e.g. ${EXAMPLES[script]}` : '';
  return `npm kept ${options.join(' and ')} for itself, so the command never saw ${them} and did nothing. Write -- right after npm run ${script}, before the rest: npm run ${script} -- …${example}.`;
}

/** Stops the command, with the message above, when npm took any of its options. */
export function stopWhenNpmTookOptions(): void {
  const options = optionsTakenByNpm(process.env);
  if (options.length === 0) return;
  console.error(optionsTakenByNpmMessage(options, process.env.npm_lifecycle_event ?? 'new'));
  process.exit(2);
}
