import cliProgress from 'cli-progress';

/**
 * One progress bar for the whole run: each scenario reports steps of its own phases, and the
 * bar shows the scenario and phase. Without a TTY it prints one line per phase instead.
 */
export function createProgress() {
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: ' {bar} {percentage}% | {scenario} | {phase} {value}/{total} | {duration_formatted}', hideCursor: true, clearOnComplete: false, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let started = false;
  let scenario = '';
  return {
    scenario(name) {
      scenario = name;
    },
    phase(phase, total = 1) {
      if (!tty) {
        process.stderr.write(`[bench] ${scenario}: ${phase}\n`);
        return;
      }
      if (!started) {
        bar.start(total, 0, { scenario, phase });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(0, { scenario, phase });
      }
    },
    update(value) {
      if (tty && started) bar.update(value);
    },
    log(message) {
      if (tty && started) {
        process.stderr.write(`\r\x1b[2K${message}\n`);
        bar.render?.();
      } else process.stderr.write(`${message}\n`);
    },
    stop() {
      if (tty && started) bar.stop();
      started = false;
    },
  };
}
