//! A value found once is personal wherever it stands in the same line: `user=ximena.lopez`
//! makes `to User \"ximena.lopez\"` and `/home/ximena.lopez` personal too, although no key or
//! context marks them there.

use super::scanner::Scanner;
use crate::bytes::is_word;
use crate::span::{Rule, Span};

/// Values shorter than this are not looked for again: short ones repeat by chance.
const MIN_LEN: usize = 4;
/// At most this many values of a line are looked for again.
const MAX_VALUES: usize = 16;

impl Scanner<'_> {
    /// Adds a span for every other whole-token occurrence of each value found so far.
    pub(super) fn repeated_values(&mut self) {
        let line = self.line;
        let found = self.out.len();
        if found == 0 || line.len() < 2 * MIN_LEN {
            return;
        }
        let mut extra: [Option<Span>; 32] = [None; 32];
        let mut n_extra = 0;
        for i in 0..found.min(MAX_VALUES) {
            let sp = self.out[i];
            // Shapes are found wherever they stand; what a key or the words around found
            // once may stand elsewhere without them.
            if matches!(sp.rule, Rule::Shape(_)) {
                continue;
            }
            let value = &line[sp.start..sp.end];
            if value.len() < MIN_LEN || value.len() > 256 {
                continue;
            }
            for at in memchr::memchr_iter(value[0], line) {
                let end = at + value.len();
                if at == sp.start || end > line.len() || &line[at..end] != value {
                    continue;
                }
                // Whole tokens only: `ana` in `banana` is not `ana`.
                let bounded = (at == 0 || !is_word(line[at - 1]))
                    && (end == line.len() || !is_word(line[end]));
                let covered = self.out[..found]
                    .iter()
                    .any(|o| o.start <= at && o.end >= end);
                if bounded && !covered && n_extra < extra.len() {
                    extra[n_extra] = Some(Span::new(at, end, sp.kind, Rule::Context("same value")));
                    n_extra += 1;
                }
            }
        }
        self.out.extend(extra.iter().take(n_extra).flatten());
    }
}
