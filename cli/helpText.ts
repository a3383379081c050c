/**
 * Commander's help in the user's language: headings (Usage:, Options:…), the [options]/[command]
 * words, "choices"/"default", and every description (main.ts declares them in Vietnamese, from the catalogue's
 * `help` section; English is the same key's text).
 */
import { Command, CommanderError, Help } from 'commander';
import { messagesFor, say } from '../i18n';
import type { Lang } from './messages';

const VI = messagesFor('vi').help;
const EN = messagesFor('en').help;
type HelpKey = keyof typeof VI;

/** The help catalogue in `lang`, found by its English text (commander's) or, for descriptions, its Vietnamese one (main.ts's). */
function lookup(keys: readonly HelpKey[], from: Lang, text: string, to: Lang): string | undefined {
  const key = keys.find((k) => (from === 'en' ? EN : VI)[k] === text);
  return key && (to === 'en' ? EN : VI)[key];
}
const TITLES: readonly HelpKey[] = ['usageTitle', 'optionsTitle', 'commandsTitle', 'argumentsTitle', 'globalOptionsTitle'];
const WORDS: readonly HelpKey[] = ['optionsWord', 'commandWord', 'returnsWord'];
const DESCRIPTIONS = Object.keys(VI) as HelpKey[];

class LocalHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }
  override styleTitle(str: string): string {
    return lookup(TITLES, 'en', str, this.lang) ?? str;
  }
  override styleUsage(str: string): string {
    return this.words(super.styleUsage(str));
  }
  override styleSubcommandTerm(str: string): string {
    return this.words(super.styleSubcommandTerm(str));
  }
  override styleDescriptionText(str: string): string {
    // "description (choices: "vi", "en", default: "vi")": the description, then commander's extras.
    const m = /^(.*?)(?: \(((?:choices|default|preset): .*)\))?$/s.exec(str)!;
    const own = this.lang === 'en' ? (lookup(DESCRIPTIONS, 'vi', m[1], 'en') ?? m[1]) : m[1];
    if (!m[2]) return own;
    const extra = this.lang === 'en' ? m[2] : m[2].replace(EN.choices, VI.choices).replace(EN.default, VI.default);
    return `${own} (${extra})`;
  }
  private words(s: string): string {
    if (this.lang === 'en') return s;
    return WORDS.reduce((text, k) => text.split(EN[k]).join(VI[k]), s);
  }
}

/** Gives the program and each of its commands help in `lang`. */
export function localizeHelp(program: Command, lang: Lang): void {
  for (const cmd of [program, ...program.commands]) {
    cmd.createHelp = () => Object.assign(new LocalHelp(lang), cmd.configureHelp());
  }
}

/** Commander's own error messages, said in the user's language (never its English text). */
export function commanderErrorText(e: CommanderError, lang: Lang): string {
  const quoted = [...e.message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const allowed = /Allowed choices are (.*)\.$/.exec(e.message)?.[1];
  const [first = '', second = ''] = quoted;
  const code = e.code.replace(/^commander\./, '') as HelpKey;
  const vars = { first, second, allowed: allowed ? say(lang, 'help', 'allowed', { allowed }) : '' };
  return say(lang, 'help', COMMANDER_ERRORS.includes(code) ? code : 'badCommand', vars);
}

/** Commander's error codes (without "commander.") that have words of ours, under the same names. */
const COMMANDER_ERRORS: readonly HelpKey[] = [
  'missingArgument',
  'unknownOption',
  'unknownCommand',
  'optionMissingArgument',
  'invalidArgument',
  'excessArguments',
  'missingMandatoryOptionValue',
  'conflictingOption',
];
