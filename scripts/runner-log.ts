/**
 * The bundled action's stdout as a person reads it on the run's page, for
 * `npm start`: the runner executes workflow commands (`::group::`,
 * `::add-mask::`, `::warning file=…::`) instead of showing them, so here they
 * become what the runner would display: groups as headed, indented blocks,
 * annotations as `file:line:col: severity: message` (the CLI's form), masked
 * values as `***`, and text quarantined between `::stop-commands::TOKEN` and
 * `::TOKEN::` shown as it is.
 */

export interface HumanLine {
  text: string;
  /** True for a group's heading. */
  heading?: boolean;
  /** 0 outside groups, 1 inside. */
  depth: number;
}

/** @actions/core escapes `%`, CR and LF in messages, and also `:` and `,` in properties. */
function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/gi, ':').replace(/%2C/gi, ','));
}

function annotation(level: string, properties: string, message: string): string {
  const props = new Map<string, string>();
  for (const pair of properties.split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at > 0) props.set(pair.slice(0, at), unescapeProperty(pair.slice(at + 1)));
  }
  const file = props.get('file');
  const place = file ? [file, props.get('line'), props.get('col')].filter(Boolean).join(':') + ': ' : '';
  return `${place}${level}: ${message}`;
}

export function humanLog(stdout: string): HumanLine[] {
  const lines: HumanLine[] = [];
  const masks: string[] = [];
  let depth = 0;
  let stopToken: string | undefined;
  const push = (text: string, heading = false) => {
    const masked = masks.reduce((t, secret) => t.split(secret).join('***'), text);
    for (const line of masked.split(/\r\n|\r|\n/))
      lines.push({ text: line, depth: heading ? 0 : depth, ...(heading ? { heading } : {}) });
  };

  for (const raw of stdout.replace(/\r?\n$/, '').split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (raw.trim() === `::${stopToken}::`) stopToken = undefined;
      else push(raw);
      continue;
    }
    const command = /^\s*::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(raw);
    if (!command) {
      push(raw);
      continue;
    }
    const [, name, properties = '', data = ''] = command as unknown as [
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    const message = unescapeData(data);
    switch (name) {
      case 'add-mask':
        if (message.length > 0) masks.push(message);
        break;
      case 'group':
        push(message, true);
        depth = 1;
        break;
      case 'endgroup':
        depth = 0;
        break;
      case 'stop-commands':
        stopToken = message;
        break;
      case 'error':
      case 'warning':
      case 'notice':
        push(annotation(name, properties, message));
        break;
      case 'debug':
      case 'echo':
        break;
      default:
        push(`${name}: ${message}`);
    }
  }
  return lines;
}
