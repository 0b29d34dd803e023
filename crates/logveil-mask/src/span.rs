//! Detected spans and the rules that produced them.

use crate::Kind;

/// Which rule found a span: what `--explain` shows to people tuning rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A validated shape (checksum, structure), named by what it checks.
    Shape(&'static str),
    /// The value of a sensitive key, named by the key entry (`password`, `user_id`…).
    Key(&'static str),
    /// A value marked by the words around it (`assigned to`, `invalid user`…).
    Context(&'static str),
    /// A custom pattern from the rules file (its index among `[[pattern]]` entries).
    CustomPattern(u16),
    /// A custom sensitive key from the rules file (its index among `[[key]]` entries).
    CustomKey(u16),
}

impl Rule {
    /// How certain the rule is; decides which of two overlapping spans names the kind.
    pub(crate) fn strength(self) -> u8 {
        match self {
            Rule::Shape(_) | Rule::CustomPattern(_) => 2,
            Rule::Key(_) | Rule::CustomKey(_) | Rule::Context(_) => 1,
        }
    }
}

/// A detected value: byte range `start..end` of the input line, its kind and the rule that
/// found it. Spans returned by the engine are sorted, in bounds and never overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub rule: Rule,
}

impl Span {
    pub(crate) fn new(start: usize, end: usize, kind: Kind, rule: Rule) -> Self {
        Span {
            start,
            end,
            kind,
            rule,
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Turns candidate spans (any order, overlapping) into sorted, non-overlapping spans.
///
/// Overlaps come from two rules seeing the same value (`"user": "jane@example.com"` is a user
/// key and an email shape) or from a key's value holding a shape. When a stronger rule's span
/// covers the other one all but a few bytes, its kind wins; otherwise the outer span is kept, so
/// nothing that either rule found is left in clear.
pub(crate) fn resolve(cands: &mut Vec<Span>) {
    if cands.len() < 2 {
        cands.retain(|s| s.start < s.end);
        return;
    }
    cands.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut w = 0;
    for r in 0..cands.len() {
        let c = cands[r];
        if c.start >= c.end {
            continue;
        }
        if w > 0 {
            let last = &mut cands[w - 1];
            if c.start < last.end {
                let near = |outer: &Span, inner: &Span| {
                    (inner.start - outer.start) + outer.end.saturating_sub(inner.end) <= 2
                };
                if c.end <= last.end {
                    if c.rule.strength() > last.rule.strength() && near(last, &c) {
                        last.kind = c.kind;
                        last.rule = c.rule;
                    }
                } else {
                    if c.rule.strength() > last.rule.strength() {
                        last.kind = c.kind;
                        last.rule = c.rule;
                    }
                    last.end = c.end;
                }
                continue;
            }
        }
        cands[w] = c;
        w += 1;
    }
    cands.truncate(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(start: usize, end: usize, kind: Kind, rule: Rule) -> Span {
        Span::new(start, end, kind, rule)
    }

    #[test]
    fn stronger_equal_span_names_the_kind() {
        let mut v = vec![
            sp(5, 20, Kind::USERNAME, Rule::Key("user")),
            sp(5, 20, Kind::EMAIL, Rule::Shape("email")),
        ];
        resolve(&mut v);
        assert_eq!(v, vec![sp(5, 20, Kind::EMAIL, Rule::Shape("email"))]);
    }

    #[test]
    fn outer_key_span_keeps_inner_shape_covered() {
        let mut v = vec![
            sp(10, 14, Kind::IPV4, Rule::Shape("ipv4")),
            sp(0, 40, Kind::ADDRESS, Rule::Key("address")),
        ];
        resolve(&mut v);
        assert_eq!(v, vec![sp(0, 40, Kind::ADDRESS, Rule::Key("address"))]);
    }

    #[test]
    fn partial_overlap_is_merged() {
        let mut v = vec![
            sp(0, 10, Kind::PERSON, Rule::Context("dear")),
            sp(8, 12, Kind::EMAIL, Rule::Shape("email")),
            sp(20, 22, Kind::PHONE, Rule::Shape("phone")),
        ];
        resolve(&mut v);
        assert_eq!(v.len(), 2);
        assert_eq!((v[0].start, v[0].end, v[0].kind), (0, 12, Kind::EMAIL));
    }
}
