//! Progress on stderr for long CLI work: imports, exports, audit verification.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

/// A progress line on stderr, redrawn at most four times a second (a plain line every few
/// seconds when stderr is not a terminal, so logs of scripted runs stay readable).
pub struct Progress {
    started: Instant,
    last: Instant,
    tty: bool,
    what: &'static str,
    /// Whether a line was drawn before the end.
    shown: bool,
}

impl Progress {
    pub fn new(what: &'static str) -> Self {
        use std::io::IsTerminal;
        let now = Instant::now();
        Self {
            started: now,
            last: now,
            tty: std::io::stderr().is_terminal(),
            what,
            shown: false,
        }
    }

    pub fn show(&mut self, records: u64, bytes: u64, total_bytes: Option<u64>, done: bool) {
        if !done && self.last.elapsed() < self.every() {
            return;
        }
        self.last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let pct = percent(bytes, total_bytes);
        let line = format!(
            "{}: {records} records, {:.1} MB{pct}, {:.0} records/s",
            self.what,
            bytes as f64 / 1e6,
            records as f64 / secs
        );
        self.draw(&line, done);
    }

    /// Bytes through so far (of `total_bytes` when known); quick work (done before the first
    /// redraw) shows nothing, so short runs and scripts stay quiet.
    pub fn show_bytes(&mut self, bytes: u64, total_bytes: Option<u64>, done: bool) {
        if done && !self.shown {
            return;
        }
        if !done && self.last.elapsed() < self.every() {
            return;
        }
        self.last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let line = format!(
            "{}: {:.1} MB{}, {:.0} MB/s",
            self.what,
            bytes as f64 / 1e6,
            percent(bytes, total_bytes),
            bytes as f64 / 1e6 / secs
        );
        self.draw(&line, done);
    }

    fn every(&self) -> Duration {
        if self.tty {
            Duration::from_millis(250)
        } else {
            Duration::from_secs(5)
        }
    }

    fn draw(&mut self, line: &str, done: bool) {
        self.shown = true;
        if self.tty {
            eprint!("\r{line}\x1b[K");
            if done {
                eprintln!();
            }
        } else {
            eprintln!("{line}");
        }
    }
}

fn percent(bytes: u64, total_bytes: Option<u64>) -> String {
    total_bytes
        .filter(|t| *t > 0)
        .map(|t| format!(" ({:.0}%)", bytes as f64 * 100.0 / t as f64))
        .unwrap_or_default()
}

/// A reader or writer that shows the bytes passing through it.
pub struct Counted<T> {
    inner: T,
    bytes: u64,
    total: Option<u64>,
    progress: Progress,
}

impl<T> Counted<T> {
    pub fn new(what: &'static str, inner: T, total: Option<u64>) -> Self {
        Self {
            inner,
            bytes: 0,
            total,
            progress: Progress::new(what),
        }
    }

    /// Ends the progress line (when one was drawn).
    pub fn finish(mut self) -> T {
        self.progress.show_bytes(self.bytes, self.total, true);
        self.inner
    }

    fn count(&mut self, n: usize) {
        self.bytes += n as u64;
        self.progress.show_bytes(self.bytes, self.total, false);
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count(n);
        Ok(n)
    }
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count(n);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
