//! The engine (detection) and the masker (detection + rendering + keyed tokens).

use std::collections::HashSet;
use std::ops::Range;

use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input, PatternID};

use crate::config::RulesConfig;
use crate::keys::{KeyRule, KeyTable, ValueShape};
use crate::scan::StreamState;
use crate::span::{resolve, Rule, Span};
use crate::style::{render, MaskStyle, Token, TokenKey};
use crate::{scan, Kind, MaskError};

/// Custom patterns, compiled into one multi-pattern regex: one pass for all of them.
#[derive(Debug)]
struct CustomPatterns {
    re: Regex,
    /// Per pattern: its kind and whether it has a `value` capture group.
    rules: Vec<(Kind, bool)>,
    any_group: bool,
}

#[derive(Debug, Default)]
struct AllowList {
    values: HashSet<Box<[u8]>>,
    patterns: Option<Regex>,
}

impl AllowList {
    fn is_empty(&self) -> bool {
        self.values.is_empty() && self.patterns.is_none()
    }

    fn allows(&self, value: &[u8]) -> bool {
        self.values.contains(value)
            || self
                .patterns
                .as_ref()
                .is_some_and(|re| re.is_match(Input::new(value).anchored(Anchored::Yes)))
    }
}

/// The masking engine: finds sensitive values in a line. Build once, share freely (it is
/// immutable, `Send` and `Sync`); each call is one pass over the line.
#[derive(Debug)]
pub struct Engine {
    keys: KeyTable,
    custom: Option<CustomPatterns>,
    pattern_names: Vec<String>,
    key_rule_kinds: Vec<Kind>,
    allow: AllowList,
    /// Per kind id: turned off by config.
    disabled: Vec<bool>,
    custom_kinds: Vec<String>,
    styles: Vec<MaskStyle>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::builtin()
    }
}

fn kind_name_ok(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && name.len() <= 32
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl Engine {
    /// The engine with every built-in detector and the default styles.
    pub fn builtin() -> Self {
        // The name gazetteer's hot-word table is built once per process (a few ms): now, not
        // on a first line. A region's phone rules compile when a number first needs them
        // (about a millisecond each): a log with numbers of two countries pays for two, not
        // for the thirty regions tried for national numbers.
        crate::names::preload();
        Engine {
            keys: KeyTable::builtin(),
            custom: None,
            pattern_names: Vec::new(),
            key_rule_kinds: Vec::new(),
            allow: AllowList::default(),
            disabled: vec![false; usize::from(Kind::BUILTIN_COUNT)],
            custom_kinds: Vec::new(),
            styles: Kind::BUILTIN
                .iter()
                .map(|&k| MaskStyle::default_for(k))
                .collect(),
        }
    }

    /// The built-in engine extended by a rules file.
    pub fn new(config: &RulesConfig) -> Result<Self, MaskError> {
        let mut e = Engine::builtin();
        let rule_err = |rule: &str, reason: String| MaskError::Rule {
            rule: rule.to_string(),
            reason,
        };

        for name in &config.disable {
            let k = Kind::from_builtin_name(name).ok_or_else(|| {
                rule_err(
                    &format!("disable = [\"{name}\"]"),
                    format!(
                        "no built-in kind is called `{name}`; kinds are: {}",
                        builtin_names()
                    ),
                )
            })?;
            e.disabled[usize::from(k.id())] = true;
        }

        let mut regexes = Vec::new();
        let mut rules = Vec::new();
        for (i, p) in config.patterns.iter().enumerate() {
            let label = format!("[[pattern]] #{} `{}`", i + 1, p.name);
            if p.name.trim().is_empty() {
                return Err(rule_err(&label, "the pattern needs a name".into()));
            }
            let kind = e.kind_for_rule(&p.kind).map_err(|r| rule_err(&label, r))?;
            let single = Regex::new(&p.regex)
                .map_err(|err| rule_err(&label, format!("invalid regex: {err}")))?;
            if single.is_match("") {
                return Err(rule_err(
                    &label,
                    "the regex matches the empty string, so it would match everywhere".into(),
                ));
            }
            let has_group = single
                .group_info()
                .to_index(PatternID::ZERO, "value")
                .is_some();
            if let Some(style) = &p.style {
                let s = MaskStyle::parse(style).ok_or_else(|| {
                    rule_err(
                        &label,
                        format!("unknown style `{style}`; styles are redact, partial, token"),
                    )
                })?;
                e.set_style(kind, s);
            }
            regexes.push(p.regex.clone());
            rules.push((kind, has_group));
            e.pattern_names.push(p.name.clone());
        }
        if !regexes.is_empty() {
            let re = Regex::new_many(&regexes).map_err(|err| {
                rule_err(
                    "[[pattern]]",
                    format!("patterns do not compile together: {err}"),
                )
            })?;
            let any_group = rules.iter().any(|r| r.1);
            e.custom = Some(CustomPatterns {
                re,
                rules,
                any_group,
            });
        }

        for (i, k) in config.keys.iter().enumerate() {
            let label = format!("[[key]] #{} {:?}", i + 1, k.names);
            if k.names.is_empty() {
                return Err(rule_err(&label, "`names` is empty".into()));
            }
            let kind = e.kind_for_rule(&k.kind).map_err(|r| rule_err(&label, r))?;
            let index =
                u16::try_from(i).map_err(|_| rule_err(&label, "too many key rules".into()))?;
            let shape = shape_for(kind);
            for name in &k.names {
                if name.is_empty() || name.len() > crate::keys::MAX_KEY {
                    return Err(rule_err(
                        &label,
                        format!(
                            "key name `{name}` must be 1 to {} bytes",
                            crate::keys::MAX_KEY
                        ),
                    ));
                }
                if !name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
                {
                    return Err(rule_err(
                        &label,
                        format!(
                            "key name `{name}` may only hold letters, digits, `_`, `-` and `.`"
                        ),
                    ));
                }
                e.keys.insert_custom(
                    name,
                    KeyRule {
                        kind,
                        shape,
                        custom: Some(index),
                        suffix_ok: false,
                    },
                    "custom",
                );
            }
            e.key_rule_kinds.push(kind);
        }

        for v in &config.allow.values {
            e.allow
                .values
                .insert(v.as_bytes().to_vec().into_boxed_slice());
        }
        if !config.allow.patterns.is_empty() {
            let mut anchored = Vec::new();
            for (i, p) in config.allow.patterns.iter().enumerate() {
                let label = format!("[allow] patterns #{}", i + 1);
                Regex::new(p).map_err(|err| rule_err(&label, format!("invalid regex: {err}")))?;
                anchored.push(format!("^(?:{p})$"));
            }
            let re = Regex::new_many(&anchored)
                .map_err(|err| rule_err("[allow] patterns", err.to_string()))?;
            e.allow.patterns = Some(re);
        }

        for (kind_name, style) in &config.styles {
            let label = format!("[styles] {kind_name}");
            let kind = e
                .kind_by_name(kind_name)
                .ok_or_else(|| rule_err(&label, format!("no kind is called `{kind_name}`")))?;
            let s = MaskStyle::parse(style).ok_or_else(|| {
                rule_err(
                    &label,
                    format!("unknown style `{style}`; styles are redact, partial, token"),
                )
            })?;
            e.set_style(kind, s);
        }
        Ok(e)
    }

    /// A kind named by a rule: built-in, already declared, or declared now.
    fn kind_for_rule(&mut self, name: &str) -> Result<Kind, String> {
        if let Some(k) = self.kind_by_name(name) {
            return Ok(k);
        }
        if !kind_name_ok(name) {
            return Err(format!(
                "kind `{name}` is not a built-in kind, and a new kind's name must be lowercase \
                 letters, digits and `_`, starting with a letter (at most 32)"
            ));
        }
        let index = u16::try_from(self.custom_kinds.len())
            .ok()
            .filter(|&i| i < 1000)
            .ok_or_else(|| "too many custom kinds".to_string())?;
        self.custom_kinds.push(name.to_string());
        let kind = Kind::custom(index);
        self.disabled.push(false);
        self.styles.push(MaskStyle::Token);
        Ok(kind)
    }

    fn set_style(&mut self, kind: Kind, style: MaskStyle) {
        if let Some(s) = self.styles.get_mut(usize::from(kind.id())) {
            *s = style;
        }
    }

    /// The name of a kind (built-in or declared by this engine's rules).
    pub fn kind_name(&self, kind: Kind) -> &str {
        if let Some(n) = kind.builtin_name() {
            return n;
        }
        kind.custom_index()
            .and_then(|i| self.custom_kinds.get(i))
            .map_or("unknown", String::as_str)
    }

    /// The kind with this name, if the engine knows it.
    pub fn kind_by_name(&self, name: &str) -> Option<Kind> {
        Kind::from_builtin_name(name).or_else(|| {
            self.custom_kinds
                .iter()
                .position(|k| k == name)
                .and_then(|i| u16::try_from(i).ok())
                .map(Kind::custom)
        })
    }

    /// Every kind this engine can report.
    pub fn kinds(&self) -> impl Iterator<Item = Kind> + '_ {
        Kind::BUILTIN.iter().copied().chain(
            (0..self.custom_kinds.len())
                .filter_map(|i| u16::try_from(i).ok())
                .map(Kind::custom),
        )
    }

    /// The style a kind is masked with.
    pub fn style(&self, kind: Kind) -> MaskStyle {
        self.styles
            .get(usize::from(kind.id()))
            .copied()
            .unwrap_or(MaskStyle::Redact)
    }

    /// What a rule is, for `--explain`.
    pub fn describe(&self, rule: Rule) -> String {
        match rule {
            Rule::Shape(s) => format!("shape: {s}"),
            Rule::Key(syntax, k) => format!("sensitive key: {k} ({})", syntax.name()),
            Rule::Position(syntax, what) => format!("position: {what} ({})", syntax.name()),
            Rule::Context(c) => format!("context: {c}"),
            Rule::CustomPattern(i) => format!(
                "custom pattern: {}",
                self.pattern_names
                    .get(usize::from(i))
                    .map_or("?", String::as_str)
            ),
            Rule::CustomKey(syntax, i) => format!(
                "custom key rule #{} ({}, {})",
                i + 1,
                self.key_rule_kinds
                    .get(usize::from(i))
                    .map_or("?", |k| self.kind_name(*k)),
                syntax.name()
            ),
        }
    }

    /// Detects sensitive values in `line`: spans sorted, in bounds, non-overlapping.
    pub fn detect(&self, line: &[u8]) -> Vec<Span> {
        let mut spans = Vec::new();
        self.detect_into(line, &mut spans);
        spans
    }

    /// [`Engine::detect`] into a reused buffer (cleared first).
    pub fn detect_into(&self, line: &[u8], spans: &mut Vec<Span>) {
        self.detect_with(line, None, spans);
    }

    /// [`Engine::detect_into`] for one line of a stream: what earlier lines said counts too (a
    /// CSV header names the fields of the records after it). Keep one [`StreamState`] per
    /// input, and feed it every line in order.
    pub fn detect_in_stream(&self, line: &[u8], stream: &mut StreamState, spans: &mut Vec<Span>) {
        self.detect_with(line, Some(stream), spans);
    }

    fn detect_with(&self, line: &[u8], stream: Option<&mut StreamState>, spans: &mut Vec<Span>) {
        spans.clear();
        scan::scan(line, &self.keys, spans);
        if let Some(stream) = stream {
            stream.read(line, &self.keys, spans);
        }
        if let Some(c) = &self.custom {
            c.find(line, spans);
        }
        if self.disabled.iter().any(|&d| d) {
            spans.retain(|s| {
                !self
                    .disabled
                    .get(usize::from(s.kind.id()))
                    .copied()
                    .unwrap_or(false)
            });
        }
        if !self.allow.is_empty() {
            spans.retain(|s| !self.allow.allows(&line[s.start..s.end]));
        }
        resolve(spans);
    }
}

fn shape_for(kind: Kind) -> ValueShape {
    match kind {
        Kind::PERSON => ValueShape::Person,
        Kind::ADDRESS => ValueShape::Address,
        Kind::DATE_OF_BIRTH => ValueShape::Date,
        Kind::PASSWORD | Kind::SECRET | Kind::JWT => ValueShape::Secret,
        _ => ValueShape::Word,
    }
}

fn builtin_names() -> String {
    Kind::BUILTIN
        .iter()
        .filter_map(|k| k.builtin_name())
        .collect::<Vec<_>>()
        .join(", ")
}

impl CustomPatterns {
    fn find(&self, line: &[u8], out: &mut Vec<Span>) {
        let mut caps = if self.any_group {
            Some(self.re.create_captures())
        } else {
            None
        };
        for m in self.re.find_iter(line) {
            let pid = m.pattern();
            let Some(&(kind, has_group)) = self.rules.get(pid.as_usize()) else {
                continue;
            };
            let index = u16::try_from(pid.as_usize()).unwrap_or(u16::MAX);
            let mut range = m.range();
            if has_group {
                if let Some(caps) = caps.as_mut() {
                    let input = Input::new(line)
                        .range(m.range())
                        .anchored(Anchored::Pattern(pid));
                    self.re.search_captures(&input, caps);
                    match caps.get_group_by_name("value") {
                        Some(g) => range = g.range(),
                        None => continue,
                    }
                }
            }
            if range.start < range.end {
                out.push(Span::new(
                    range.start,
                    range.end,
                    kind,
                    Rule::CustomPattern(index),
                ));
            }
        }
    }
}

/// A masked span: where the value was, where its masked form is, and its keyed token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaskedSpan {
    /// The detected span in the original line.
    pub span: Span,
    /// Byte range of the masked form in [`MaskedLine::text`].
    pub masked_start: usize,
    pub masked_end: usize,
    /// The keyed token of the value (present for every span when the masker computes tokens
    /// always, otherwise only for token-styled kinds).
    pub token: Option<Token>,
}

impl MaskedSpan {
    pub fn masked_range(&self) -> Range<usize> {
        self.masked_start..self.masked_end
    }
}

/// A masked line and what was masked in it.
#[derive(Clone, Debug, Default)]
pub struct MaskedLine {
    pub text: Vec<u8>,
    pub spans: Vec<MaskedSpan>,
    detected: Vec<Span>,
    scratch: Vec<u8>,
}

impl MaskedLine {
    pub fn new() -> Self {
        Self::default()
    }
}

/// Detection, rendering and keyed tokens together: what `logveil mask` and the gateway's ingest
/// use. Holds the token key, so keep it out of logs (its `Debug` hides the key).
#[derive(Debug)]
pub struct Masker {
    engine: Engine,
    key: TokenKey,
    always_tokens: bool,
}

impl Masker {
    pub fn new(engine: Engine, key: TokenKey) -> Self {
        Masker {
            engine,
            key,
            always_tokens: false,
        }
    }

    /// Compute a keyed token for every span, not only token-styled ones (the gateway stores
    /// them so values can be searched without being shown).
    pub fn with_all_tokens(mut self, on: bool) -> Self {
        self.always_tokens = on;
        self
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn token_key(&self) -> &TokenKey {
        &self.key
    }

    /// Masks `line`.
    pub fn mask(&self, line: &[u8]) -> MaskedLine {
        let mut out = MaskedLine::new();
        self.mask_into(line, &mut out);
        out
    }

    /// Masks `line` into a reused buffer.
    pub fn mask_into(&self, line: &[u8], out: &mut MaskedLine) {
        self.engine.detect_into(line, &mut out.detected);
        self.render_into(line, out);
    }

    /// [`Masker::mask_into`] for one line of a stream (see [`Engine::detect_in_stream`]).
    pub fn mask_in_stream(&self, line: &[u8], stream: &mut StreamState, out: &mut MaskedLine) {
        self.engine
            .detect_in_stream(line, stream, &mut out.detected);
        self.render_into(line, out);
    }

    /// Writes `line` masked at the spans in `out.detected`.
    fn render_into(&self, line: &[u8], out: &mut MaskedLine) {
        out.text.clear();
        out.spans.clear();
        let mut last = 0;
        for &span in &out.detected {
            out.text.extend_from_slice(&line[last..span.start]);
            let value = &line[span.start..span.end];
            let style = self.engine.style(span.kind);
            let name = self.engine.kind_name(span.kind);
            let token = if self.always_tokens || style == MaskStyle::Token {
                Some(self.key.token(span.kind, name, value, &mut out.scratch))
            } else {
                None
            };
            let masked_start = out.text.len();
            render(style, span.kind, name, value, token.as_ref(), &mut out.text);
            out.spans.push(MaskedSpan {
                span,
                masked_start,
                masked_end: out.text.len(),
                token,
            });
            last = span.end;
        }
        out.text.extend_from_slice(&line[last..]);
    }
}
