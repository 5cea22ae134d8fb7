/** `npm start` shows the action's stdout as the runner displays it: commands executed, never printed. */
import { describe, expect, it } from 'vitest';
import { humanLog } from '../../scripts/runner-log.js';

const text = (stdout: string) =>
  humanLog(stdout).map((l) => `${l.heading ? '# ' : ''}${'  '.repeat(l.depth)}${l.text}`);

describe('humanLog', () => {
  it('turns groups into headed, indented blocks and drops masks, debug and echo commands', () => {
    expect(
      text(
        '::add-mask::s3cret\n::debug::internal\n::group::Reading post files\nChanged: 1 post file(s)\n::endgroup::\n::echo::off\nDone.\n',
      ),
    ).toEqual(['# Reading post files', '  Changed: 1 post file(s)', 'Done.']);
  });

  it('masks a registered value wherever it appears later, as the runner does', () => {
    expect(text('::add-mask::s3cret\nkey s3cret and again s3cret\n')).toEqual(['key *** and again ***']);
  });

  it("shows annotations as the CLI's file:line:col: severity: message, unescaping @actions/core's encoding", () => {
    expect(
      text(
        '::error file=posts/a%2Cb.md,line=3,col=5,title=buffer-gitops%3A too-long::Too long: 300 / 280%0Ashorten it (100%25)\n' +
          '::warning::Full reconcile\n::notice title=x::Nothing to do\n',
      ),
    ).toEqual([
      'posts/a,b.md:3:5: error: Too long: 300 / 280',
      'shorten it (100%)',
      'warning: Full reconcile',
      'notice: Nothing to do',
    ]);
  });

  it('shows text quarantined between stop-commands as it is, and resumes commands after the token', () => {
    expect(
      text('::stop-commands::abc-123\n::error::not a command, a file name\n::abc-123::\n::warning::a real one\n'),
    ).toEqual(['::error::not a command, a file name', 'warning: a real one']);
  });
});
