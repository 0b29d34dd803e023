//! Reading lines of any size and content without holding more than a bounded amount in memory.

use std::io::{self, BufRead};

/// One line read from input, without its `\n` (and without a `\r` before it).
#[derive(Debug)]
pub enum Line<'a> {
    /// The whole line. `crlf` tells whether it ended with `\r\n`, `newline` whether it ended
    /// with a newline at all (the last line of a file may not).
    Full {
        bytes: &'a [u8],
        crlf: bool,
        newline: bool,
    },
    /// A line longer than the limit: its bytes were read and dropped, never kept.
    TooLong { len: u64, newline: bool },
}

/// Splits input into lines; lines over `max` bytes are skipped in bounded memory.
#[derive(Debug)]
pub struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    max: usize,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(inner: R, max: usize) -> Self {
        LineReader {
            inner,
            buf: Vec::with_capacity(4096),
            max,
        }
    }

    /// The next line, `None` at end of input.
    pub fn next_line(&mut self) -> io::Result<Option<Line<'_>>> {
        self.buf.clear();
        let mut too_long: Option<u64> = None;
        let mut newline = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            let (take, done) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            match too_long.as_mut() {
                Some(len) => *len += take as u64,
                None if self.buf.len() + take > self.max => {
                    too_long = Some((self.buf.len() + take) as u64);
                    self.buf.clear();
                }
                None => self.buf.extend_from_slice(&chunk[..take]),
            }
            let consumed = if done { take + 1 } else { take };
            self.inner.consume(consumed);
            if done {
                newline = true;
                break;
            }
        }
        if let Some(len) = too_long {
            return Ok(Some(Line::TooLong { len, newline }));
        }
        if !newline && self.buf.is_empty() {
            return Ok(None);
        }
        let crlf = self.buf.last() == Some(&b'\r');
        if crlf {
            self.buf.pop();
        }
        Ok(Some(Line::Full {
            bytes: &self.buf,
            crlf,
            newline,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(input: &[u8], max: usize) -> Vec<String> {
        let mut r = LineReader::new(io::BufReader::with_capacity(7, input), max);
        let mut out = Vec::new();
        while let Some(l) = r.next_line().unwrap_or(None) {
            out.push(match l {
                Line::Full {
                    bytes,
                    crlf,
                    newline,
                } => format!(
                    "{}{}{}",
                    String::from_utf8_lossy(bytes),
                    if crlf { "\\r" } else { "" },
                    if newline { "\\n" } else { "" }
                ),
                Line::TooLong { len, newline } => {
                    format!("<{len}>{}", if newline { "\\n" } else { "" })
                }
            });
        }
        out
    }

    #[test]
    fn splits_keeps_crlf_and_unterminated_last_line() {
        assert_eq!(collect(b"a\r\n\nbc", 100), vec!["a\\r\\n", "\\n", "bc"]);
        assert_eq!(collect(b"", 100), Vec::<String>::new());
    }

    #[test]
    fn long_lines_are_skipped_in_bounded_memory() {
        let mut input = vec![b'x'; 50];
        input.extend_from_slice(b"\nok\n");
        assert_eq!(collect(&input, 10), vec!["<50>\\n", "ok\\n"]);
    }
}
