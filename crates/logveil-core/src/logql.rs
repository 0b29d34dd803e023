//! The LogQL subset logveil queries take, Loki-compatible where they overlap:
//!
//! ```text
//! query    := selector stage*
//! selector := '{' matcher (',' matcher)* '}'
//! matcher  := label ('=' | '!=' | '=~' | '!~') string
//! stage    := '|=' string | '!=' string | '|~' string | '!~' string    line filters
//!           | '|' 'json'                                             parse the line as JSON
//!           | '|' filter ((',' | 'and') filter)*                     field filters
//! filter   := field ('=' | '!=' | '=~' | '!~') string
//!           | field ('>' | '>=' | '<' | '<=' | '==' | '!=') number
//! string   := "double quoted, with \" \\ \n \t \r \u{...} escapes" | `raw`
//! ```
//!
//! Labels are `service`, `level` and the record's labels (`env`, `host`, …); a missing label
//! is "". Label regexes are anchored (as in Loki and Prometheus); line regexes search. At least
//! one matcher must not match the empty string, so a query names what it reads. `| json`
//! flattens nested keys with `_`; fields are looked up in the last `| json`, then in labels.
//! Errors carry the 1-based column (in characters) of the offending token.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use memchr::memmem;
use regex::{Regex, RegexBuilder};

use crate::LogRecord;

const MAX_QUERY_BYTES: usize = 16 << 10;
const REGEX_SIZE_LIMIT: usize = 1 << 20;
const JSON_DEPTH: usize = 32;

/// A query that does not parse: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("column {column}: {message}")]
pub struct ParseError {
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

impl ParseError {
    fn at(column: usize, message: impl Into<String>) -> Self {
        Self {
            column,
            message: message.into(),
        }
    }

    /// The query with a caret under the offending column.
    pub fn render(&self, query: &str) -> String {
        let line: String = query
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        format!(
            "{line}\n{}^ {}",
            " ".repeat(self.column.saturating_sub(1)),
            self.message
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchOp {
    Eq,
    Ne,
    Re,
    NotRe,
}

impl MatchOp {
    fn as_str(self) -> &'static str {
        match self {
            MatchOp::Eq => "=",
            MatchOp::Ne => "!=",
            MatchOp::Re => "=~",
            MatchOp::NotRe => "!~",
        }
    }
}

/// `name op "value"`, with its anchored regex compiled for `=~`/`!~`.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub name: String,
    pub op: MatchOp,
    pub value: String,
    regex: Option<Regex>,
}

impl PartialEq for Matcher {
    fn eq(&self, o: &Self) -> bool {
        self.name == o.name && self.op == o.op && self.value == o.value
    }
}

impl Matcher {
    pub fn matches(&self, v: &str) -> bool {
        match (self.op, &self.regex) {
            (MatchOp::Eq, _) => v == self.value,
            (MatchOp::Ne, _) => v != self.value,
            (MatchOp::Re, Some(r)) => r.is_match(v),
            (MatchOp::NotRe, Some(r)) => !r.is_match(v),
            (_, None) => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineOp {
    Contains,
    NotContains,
    Matches,
    NotMatches,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumOp {
    Gt,
    Ge,
    Lt,
    Le,
    Eq,
    Ne,
}

impl NumOp {
    fn as_str(self) -> &'static str {
        match self {
            NumOp::Gt => ">",
            NumOp::Ge => ">=",
            NumOp::Lt => "<",
            NumOp::Le => "<=",
            NumOp::Eq => "==",
            NumOp::Ne => "!=",
        }
    }
}

#[derive(Debug, Clone)]
enum Pred {
    Str(Matcher),
    Num(NumOp, f64, String),
}

#[derive(Debug, Clone)]
enum Stage {
    Line {
        op: LineOp,
        text: String,
        finder: Box<memmem::Finder<'static>>,
        regex: Option<Regex>,
    },
    Json,
    Filters(Vec<(String, Pred)>),
}

impl PartialEq for Stage {
    fn eq(&self, o: &Self) -> bool {
        match (self, o) {
            (Stage::Line { op: a, text: t, .. }, Stage::Line { op: b, text: u, .. }) => {
                a == b && t == u
            }
            (Stage::Json, Stage::Json) => true,
            (Stage::Filters(a), Stage::Filters(b)) => {
                a.len() == b.len()
                    && a.iter().zip(b).all(|((n, p), (m, q))| {
                        n == m
                            && match (p, q) {
                                (Pred::Str(x), Pred::Str(y)) => x == y,
                                (Pred::Num(o1, _, t1), Pred::Num(o2, _, t2)) => {
                                    o1 == o2 && t1 == t2
                                }
                                _ => false,
                            }
                    })
            }
            _ => false,
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    matchers: Vec<Matcher>,
    stages: Vec<Stage>,
}

pub fn parse(query: &str) -> Result<Query, ParseError> {
    if query.len() > MAX_QUERY_BYTES {
        return Err(ParseError::at(1, "query longer than 16 KiB"));
    }
    let tokens = lex(query)?;
    Parser {
        tokens,
        pos: 0,
        end_col: query.chars().count() + 1,
    }
    .query()
}

impl FromStr for Query {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}

// ------------------------------------------------------------------------------ lexer

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    LBrace,
    RBrace,
    Comma,
    Pipe,
    Op(&'static str),
    Str(String),
    Ident(String),
    Num(String),
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::LBrace => "'{'".into(),
        Tok::RBrace => "'}'".into(),
        Tok::Comma => "','".into(),
        Tok::Pipe => "'|'".into(),
        Tok::Op(o) => format!("'{o}'"),
        Tok::Str(_) => "a string".into(),
        Tok::Ident(i) => format!("'{}'", i.chars().take(40).collect::<String>()),
        Tok::Num(n) => format!("number {n}"),
    }
}

fn lex(q: &str) -> Result<Vec<(Tok, usize)>, ParseError> {
    let chars: Vec<char> = q.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let col = i + 1;
        let next = chars.get(i + 1).copied();
        let two = |t: &'static str| (Tok::Op(t), 2);
        let (tok, len) = match (c, next) {
            (c, _) if c.is_whitespace() => {
                i += 1;
                continue;
            }
            ('{', _) => (Tok::LBrace, 1),
            ('}', _) => (Tok::RBrace, 1),
            (',', _) => (Tok::Comma, 1),
            ('|', Some('=')) => two("|="),
            ('|', Some('~')) => two("|~"),
            ('|', _) => (Tok::Pipe, 1),
            ('!', Some('=')) => two("!="),
            ('!', Some('~')) => two("!~"),
            ('=', Some('~')) => two("=~"),
            ('=', Some('=')) => two("=="),
            ('=', _) => (Tok::Op("="), 1),
            ('>', Some('=')) => two(">="),
            ('>', _) => (Tok::Op(">"), 1),
            ('<', Some('=')) => two("<="),
            ('<', _) => (Tok::Op("<"), 1),
            ('"', _) => {
                let (s, len) = lex_quoted(&chars, i)?;
                (Tok::Str(s), len)
            }
            ('`', _) => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '`')
                    .ok_or_else(|| {
                        ParseError::at(col, "unterminated raw string: add a closing `")
                    })?;
                (
                    Tok::Str(chars[i + 1..i + 1 + end].iter().collect()),
                    end + 2,
                )
            }
            (c, _) if c.is_ascii_alphabetic() || c == '_' => {
                let n = chars[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '.')
                    .count();
                (Tok::Ident(chars[i..i + n].iter().collect()), n)
            }
            (c, _)
                if c.is_ascii_digit() || (c == '-' && next.is_some_and(|d| d.is_ascii_digit())) =>
            {
                let n = 1 + chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '.' || **c == '_')
                    .count();
                (Tok::Num(chars[i..i + n].iter().collect()), n)
            }
            (c, _) => return Err(ParseError::at(col, format!("unexpected character {c:?}"))),
        };
        out.push((tok, col));
        i += len;
    }
    Ok(out)
}

/// A double-quoted string starting at `start`; returns its value and length in characters.
fn lex_quoted(chars: &[char], start: usize) -> Result<(String, usize), ParseError> {
    let mut s = String::new();
    let mut i = start + 1;
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(ParseError::at(
                start + 1,
                "unterminated string: add a closing \"",
            ));
        };
        match c {
            '"' => return Ok((s, i + 1 - start)),
            '\\' => {
                let esc_col = i + 1;
                let bad = || {
                    ParseError::at(
                        esc_col,
                        "invalid escape: use \\\" \\\\ \\n \\t \\r or \\u{hex}",
                    )
                };
                match chars.get(i + 1) {
                    Some('"') => s.push('"'),
                    Some('\\') => s.push('\\'),
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    // Regex escapes (`\d`, `\.`) pass through, as Loki users write them.
                    Some(&c) if "dDwWsSbB.[](){}*+?^$|-/".contains(c) => {
                        s.push('\\');
                        s.push(c);
                    }
                    Some('u') => {
                        if chars.get(i + 2) != Some(&'{') {
                            return Err(bad());
                        }
                        let close = chars[i + 3..]
                            .iter()
                            .position(|&c| c == '}')
                            .ok_or_else(bad)?;
                        let hex: String = chars[i + 3..i + 3 + close].iter().collect();
                        let ch = u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or_else(bad)?;
                        s.push(ch);
                        i += 3 + close + 1;
                        continue;
                    }
                    _ => return Err(bad()),
                }
                i += 2;
            }
            c => {
                s.push(c);
                i += 1;
            }
        }
    }
}

// ------------------------------------------------------------------------------ parser

struct Parser {
    tokens: Vec<(Tok, usize)>,
    pos: usize,
    end_col: usize,
}

fn regex(pattern: &str, anchored: bool, col: usize) -> Result<Regex, ParseError> {
    let p = if anchored {
        format!("^(?:{pattern})$")
    } else {
        pattern.to_owned()
    };
    RegexBuilder::new(&p)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| {
            let why = match e {
                regex::Error::CompiledTooBig(_) => "regex too large".to_owned(),
                e => e
                    .to_string()
                    .lines()
                    .last()
                    .unwrap_or("invalid regex")
                    .trim()
                    .to_owned(),
            };
            ParseError::at(col, format!("invalid regex: {why}"))
        })
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos).map(|t| &t.0)
    }

    fn col(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end_col, |t| t.1)
    }

    fn next(&mut self) -> Option<(Tok, usize)> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn expected(&self, what: &str) -> ParseError {
        match self.peek() {
            Some(t) => ParseError::at(
                self.col(),
                format!("expected {what}, found {}", describe(t)),
            ),
            None => ParseError::at(
                self.end_col,
                format!("expected {what}, found the end of the query"),
            ),
        }
    }

    fn string(&mut self, what: &str) -> Result<(String, usize), ParseError> {
        match self.peek() {
            Some(Tok::Str(_)) => match self.next() {
                Some((Tok::Str(s), c)) => Ok((s, c)),
                _ => Err(self.expected(what)),
            },
            _ => Err(self.expected(what)),
        }
    }

    fn query(mut self) -> Result<Query, ParseError> {
        let matchers = self.selector()?;
        let mut stages = Vec::new();
        while self.peek().is_some() {
            stages.push(self.stage()?);
        }
        Ok(Query { matchers, stages })
    }

    fn selector(&mut self) -> Result<Vec<Matcher>, ParseError> {
        let open = self.col();
        if self.peek() != Some(&Tok::LBrace) {
            return Err(self.expected("a stream selector such as {service=\"api\"}"));
        }
        self.next();
        let mut matchers = Vec::new();
        if self.peek() == Some(&Tok::RBrace) {
            return Err(ParseError::at(
                self.col(),
                "empty selector: name a label, e.g. {service=\"api\"}",
            ));
        }
        loop {
            matchers.push(self.matcher()?);
            match self.peek() {
                Some(Tok::Comma) => {
                    self.next();
                }
                Some(Tok::RBrace) => {
                    self.next();
                    break;
                }
                _ => return Err(self.expected("',' or '}' after a matcher")),
            }
        }
        if matchers.iter().all(|m| m.matches("")) {
            return Err(ParseError::at(
                open,
                "the selector matches every stream: add a matcher that does not match the empty string, e.g. service=\"api\"",
            ));
        }
        Ok(matchers)
    }

    fn matcher(&mut self) -> Result<Matcher, ParseError> {
        let name = match self.peek() {
            Some(Tok::Ident(_)) => match self.next() {
                Some((Tok::Ident(n), _)) => n,
                _ => return Err(self.expected("a label name")),
            },
            _ => return Err(self.expected("a label name")),
        };
        let op = match self.peek() {
            Some(Tok::Op("=")) => MatchOp::Eq,
            Some(Tok::Op("!=")) => MatchOp::Ne,
            Some(Tok::Op("=~")) => MatchOp::Re,
            Some(Tok::Op("!~")) => MatchOp::NotRe,
            _ => return Err(self.expected("=, !=, =~ or !~")),
        };
        self.next();
        let (value, col) = self.string("a quoted value")?;
        let regex = match op {
            MatchOp::Re | MatchOp::NotRe => Some(regex(&value, true, col)?),
            _ => None,
        };
        Ok(Matcher {
            name,
            op,
            value,
            regex,
        })
    }

    fn stage(&mut self) -> Result<Stage, ParseError> {
        let op = match self.peek() {
            Some(Tok::Op("|=")) => Some(LineOp::Contains),
            Some(Tok::Op("!=")) => Some(LineOp::NotContains),
            Some(Tok::Op("|~")) => Some(LineOp::Matches),
            Some(Tok::Op("!~")) => Some(LineOp::NotMatches),
            Some(Tok::Pipe) => None,
            _ => return Err(self.expected("a pipeline stage (|= != |~ !~ or |)")),
        };
        self.next();
        if let Some(op) = op {
            let (text, col) = self.string("a quoted string after the line filter")?;
            let regex = match op {
                LineOp::Matches | LineOp::NotMatches => Some(regex(&text, false, col)?),
                _ => None,
            };
            let finder = Box::new(memmem::Finder::new(text.as_bytes()).into_owned());
            return Ok(Stage::Line {
                op,
                text,
                finder,
                regex,
            });
        }
        if let Some(Tok::Ident(i)) = self.peek() {
            // `| json` is the stage unless a comparison makes `json` a field name; `!=` after it
            // is read as a line filter, the likelier intent.
            let compared = matches!(
                self.tokens.get(self.pos + 1).map(|t| &t.0),
                Some(Tok::Op("=" | "=~" | ">" | ">=" | "<" | "<=" | "=="))
            );
            if i == "json" && !compared {
                self.next();
                return Ok(Stage::Json);
            }
        }
        let mut filters = vec![self.filter()?];
        loop {
            match self.peek() {
                Some(Tok::Comma) => {
                    self.next();
                }
                Some(Tok::Ident(i)) if i == "and" => {
                    self.next();
                }
                _ => break,
            }
            filters.push(self.filter()?);
        }
        Ok(Stage::Filters(filters))
    }

    fn filter(&mut self) -> Result<(String, Pred), ParseError> {
        let name = match self.peek() {
            Some(Tok::Ident(_)) => match self.next() {
                Some((Tok::Ident(n), _)) => n,
                _ => return Err(self.expected("json or a field filter such as status >= 500")),
            },
            _ => return Err(self.expected("json or a field filter such as status >= 500")),
        };
        let op_col = self.col();
        let op = match self.next() {
            Some((Tok::Op(o), _)) => o,
            _ => {
                self.pos -= 1;
                return Err(self.expected("a comparison (= != =~ !~ > >= < <= ==)"));
            }
        };
        match self.peek() {
            Some(Tok::Str(_)) => {
                let mop = match op {
                    "=" => MatchOp::Eq,
                    "!=" => MatchOp::Ne,
                    "=~" => MatchOp::Re,
                    "!~" => MatchOp::NotRe,
                    _ => {
                        return Err(ParseError::at(
                            op_col,
                            format!("'{op}' compares numbers; give a number"),
                        ))
                    }
                };
                let (value, col) = self.string("a value")?;
                let regex = match mop {
                    MatchOp::Re | MatchOp::NotRe => Some(regex(&value, true, col)?),
                    _ => None,
                };
                Ok((
                    name.clone(),
                    Pred::Str(Matcher {
                        name,
                        op: mop,
                        value,
                        regex,
                    }),
                ))
            }
            Some(Tok::Num(_)) => {
                let nop = match op {
                    ">" => NumOp::Gt,
                    ">=" => NumOp::Ge,
                    "<" => NumOp::Lt,
                    "<=" => NumOp::Le,
                    "==" | "=" => NumOp::Eq,
                    "!=" => NumOp::Ne,
                    _ => {
                        return Err(ParseError::at(
                            op_col,
                            format!("'{op}' takes a quoted string"),
                        ))
                    }
                };
                let col = self.col();
                let Some((Tok::Num(text), _)) = self.next() else {
                    return Err(self.expected("a number"));
                };
                let v: f64 = text
                    .parse()
                    .map_err(|_| ParseError::at(col, format!("not a number: {text}")))?;
                Ok((name, Pred::Num(nop, v, text)))
            }
            _ => Err(self.expected("a quoted string or a number")),
        }
    }
}

// ------------------------------------------------------------------------------ evaluation

fn label<'a>(rec: &'a LogRecord, name: &str) -> &'a str {
    match name {
        "service" => rec.service.as_str(),
        "level" => rec.level.as_str(),
        _ => rec.labels.get(name).map_or("", String::as_str),
    }
}

fn flatten(prefix: &str, v: &serde_json::Value, out: &mut BTreeMap<String, String>, depth: usize) {
    use serde_json::Value;
    match v {
        Value::Object(m) if depth < JSON_DEPTH => {
            for (k, v) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}_{k}")
                };
                flatten(&key, v, out, depth + 1);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        Value::Number(n) => {
            out.insert(prefix.to_owned(), n.to_string());
        }
        Value::Bool(b) => {
            out.insert(prefix.to_owned(), b.to_string());
        }
        _ => {}
    }
}

fn json_fields(line: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    match serde_json::from_str::<serde_json::Value>(line) {
        Ok(v @ serde_json::Value::Object(_)) => flatten("", &v, &mut out, 0),
        _ => {
            out.insert("__error__".to_owned(), "JSONParserErr".to_owned());
        }
    }
    out
}

impl Query {
    /// The selector's matchers.
    pub fn matchers(&self) -> &[Matcher] {
        &self.matchers
    }

    /// Values `label` is pinned to by `=` matchers; `None` when none pins it.
    pub fn pinned_values(&self, label: &str) -> Option<Vec<&str>> {
        let v: Vec<&str> = self
            .matchers
            .iter()
            .filter(|m| m.name == label && m.op == MatchOp::Eq)
            .map(|m| m.value.as_str())
            .collect();
        (!v.is_empty()).then_some(v)
    }

    /// Literal `|=` strings before any `| json`: every matching line contains each.
    pub fn required_substrings(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for s in &self.stages {
            match s {
                Stage::Line {
                    op: LineOp::Contains,
                    text,
                    ..
                } => out.push(text.as_str()),
                Stage::Json => break,
                _ => {}
            }
        }
        out
    }

    pub fn selector_matches(&self, rec: &LogRecord) -> bool {
        self.matchers.iter().all(|m| m.matches(label(rec, &m.name)))
    }

    pub fn pipeline_matches(&self, rec: &LogRecord) -> bool {
        let mut fields: Option<BTreeMap<String, String>> = None;
        for stage in &self.stages {
            let ok = match stage {
                Stage::Line {
                    op, finder, regex, ..
                } => match op {
                    LineOp::Contains => finder.find(rec.line.as_bytes()).is_some(),
                    LineOp::NotContains => finder.find(rec.line.as_bytes()).is_none(),
                    LineOp::Matches => regex.as_ref().is_some_and(|r| r.is_match(&rec.line)),
                    LineOp::NotMatches => regex.as_ref().is_some_and(|r| !r.is_match(&rec.line)),
                },
                Stage::Json => {
                    fields = Some(json_fields(&rec.line));
                    true
                }
                Stage::Filters(filters) => filters.iter().all(|(name, pred)| {
                    let v = fields
                        .as_ref()
                        .and_then(|f| f.get(name))
                        .map_or_else(|| label(rec, name), String::as_str);
                    match pred {
                        Pred::Str(m) => m.matches(v),
                        Pred::Num(op, want, _) => v.trim().parse::<f64>().is_ok_and(|x| match op {
                            NumOp::Gt => x > *want,
                            NumOp::Ge => x >= *want,
                            NumOp::Lt => x < *want,
                            NumOp::Le => x <= *want,
                            NumOp::Eq => x == *want,
                            NumOp::Ne => x != *want,
                        }),
                    }
                }),
            };
            if !ok {
                return false;
            }
        }
        true
    }

    pub fn matches(&self, rec: &LogRecord) -> bool {
        self.selector_matches(rec) && self.pipeline_matches(rec)
    }
}

fn quote(s: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if !s.contains('`') {
        return write!(f, "`{s}`");
    }
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\t' => f.write_str("\\t")?,
            '\r' => f.write_str("\\r")?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, m) in self.matchers.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}{}", m.name, m.op.as_str())?;
            quote(&m.value, f)?;
        }
        f.write_str("}")?;
        for s in &self.stages {
            match s {
                Stage::Line { op, text, .. } => {
                    let o = match op {
                        LineOp::Contains => "|=",
                        LineOp::NotContains => "!=",
                        LineOp::Matches => "|~",
                        LineOp::NotMatches => "!~",
                    };
                    write!(f, " {o} ")?;
                    quote(text, f)?;
                }
                Stage::Json => f.write_str(" | json")?,
                Stage::Filters(filters) => {
                    f.write_str(" | ")?;
                    for (i, (name, p)) in filters.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        match p {
                            Pred::Str(m) => {
                                write!(f, "{name}{}", m.op.as_str())?;
                                quote(&m.value, f)?;
                            }
                            Pred::Num(op, _, text) => write!(f, "{name} {} {text}", op.as_str())?,
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
